/**
 * Direct speech: the passages in quotation marks and who said them.
 *
 * News attributes a quotation either in the same sentence ("..., he said." / "Blinken said ...")
 * or not at all, leaning on the previous sentence's subject. A pronoun is resolved to the person
 * most recently named as the subject of a statement outside parentheses, because an aside such as
 * "(Former President Donald Trump threatened ...)" does not change who "he" is in the next sentence.
 */
import { DAY_OR_MONTH_NAME } from './figures.ts';
import { isPersonNoun } from './lexicon.ts';
import type { Quotation, Sentence } from './types.ts';

const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|noted|notes|stated|states|explained|asked|asks|wrote|writes|declared|argued|argues|warned|warns|insisted|insists|announced|announces|described|describes|called|calls|urged|urges|praised|praises|underlined|underlines|stressed|stresses|emphasized|emphasised|acknowledged|admitted|claimed|claims|replied|remarked|observed|continued|concluded|closed|threatened|threatens|promised|pledged|vowed|suggested|recalled|tweeted|posted|responded|confirmed|denied|predicted|estimated|labelled|labeled|cautioned|conceded|joked|agreed';
const PRONOUNS = /^(he|she|they)$/i;
/** How many sentences on a "he said" may still refer to the last person named speaking. */
const PRONOUN_REACH_SENTENCES = 8;
/** Titles written short with a full stop before a name: "Dr. Lorraine Okafor", "Sen. Maria Lopez". */
const DOTTED_TITLES = ['Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Rev', 'Hon'];
const DOTTED_TITLE = String.raw`(?:${DOTTED_TITLES.join('|')})\.`;
// A capitalised word, a short title or an initial ("Dr. Michael R. Osei").
const NAME_WORD = String.raw`(?:${DOTTED_TITLE}|\p{Lu}(?:[\p{L}'’-]+|\.))`;
// The lower-case words inside a surname ("Jan de Vries", "Ludwig van Beethoven", "Maria da Silva",
// "Vincent van der Berg"): without them a name would stop short at its last capitalised word.
const PARTICLE = String.raw`(?:de|van|von|der|den|da|das|dos|di|du|del|della|la|le|ter|ten|bin|ibn|zu|y)`;
// "Antony Blinken", "Blinken", "Donald Trump", "Castellan & Reed" — capitalised words in a row, not at a sentence start word like "The".
// Long enough for a title before the name ("Cal Fire Battalion Chief Lena Morales"); the title is dropped later.
// A surname may open with its particle ("“No,” de Vries said"), but only as a word of its own.
const NAME = String.raw`(?:(?<![\p{L}\p{N}'’-])${PARTICLE}\s+(?:${PARTICLE}\s+)?)?${NAME_WORD}(?:\s+(?:of\s+|&\s+|${PARTICLE}\s+(?:${PARTICLE}\s+)?)?${NAME_WORD}){0,6}`;
// "Marta Kowalczyk of the Institute for Baltic Studies said": the speaker is the person, not the body after "of the".
const AFFILIATED_THEN_VERB = new RegExp(String.raw`(${NAME})\s+(?:of|at|from|with)\s+the\s+[^,;:“”"]{1,60}?\s+(?:${SPEECH_VERBS})\b`, 'gu');
const SUBJECT_THEN_VERB = new RegExp(String.raw`(${NAME}|\b[Hh]e\b|\b[Ss]he\b|\b[Tt]hey\b)\s+(?:also\s+|then\s+|later\s+|again\s+)?(?:${SPEECH_VERBS})\b`, 'gu');
// "Maria Okafor, a 34-year-old nurse from Oak Park, said": the name, an aside between commas, the verb.
// "Teravolt's CEO, Michael R. Osei, said": when the aside is itself a name, it is the speaker.
// "Tom McGovern, 58, whose family has farmed here for generations, said": after an age, one more aside.
// An aside runs up to its closing comma: "a headache specialist at the University of Toronto who was not involved in the research".
const APPOSITION_THEN_VERB = new RegExp(String.raw`(${NAME}),\s+(?:\d{1,3},\s+(?:[^,“”"]{1,120},\s+)?|(?<aside>[^,“”"]{1,120}),\s+)(?:${SPEECH_VERBS})\b`, 'gu');
const WHOLE_NAME = new RegExp(String.raw`^${NAME}$`, 'u');
// "..., said resident Tom Becker", "said the council's president, Marc Thibodeau": up to three lower-case words of role may come between verb and name,
// after the body the role is held in ("said WTA spokesperson Hannah Keller", "said Polarsyn's chief
// technology officer, Henrik Aasland"). A particle is the start of the name ("said de Vries"), not a word of role.
// A word of a role is no preposition or conjunction: "said Smith on Tuesday" names Smith, not Tuesday.
const ROLE_WORD = String.raw`(?!${PARTICLE}\s+\p{Lu})(?!(?:on|in|at|to|from|of|by|for|with|after|before|during|since|until|and|or|but|as|than|when|while|who|that|which)\s)\p{Ll}[\p{L}-]*(?:['’]s)?`;
const VERB_THEN_SUBJECT = new RegExp(
  String.raw`[,”"]\s*(?:${SPEECH_VERBS})\s+(?:(?:the\s+)?(?:(?:${NAME_WORD}\s+){1,3}(?:${ROLE_WORD}\s+){0,2}${ROLE_WORD},?\s+|(?:${ROLE_WORD}\s+){0,2}(?:${ROLE_WORD},?\s+)?)(${NAME})|(he|she|they)\b)`,
  'gu',
);
const NOT_PEOPLE = new Set(['Nobody', 'Everyone', 'Everybody', 'Someone', 'Somebody', 'Anyone', 'No', 'The', 'A', 'An', 'It', 'This', 'That', 'These', 'Those', 'There', 'But', 'And', 'In', 'On', 'At', 'As', 'For', 'To', 'With', 'From', 'By', 'After', 'Among', 'Like', 'When', 'While', 'Officials', 'Police', 'Authorities', 'Reports', 'Critics', 'Experts', 'Analysts', 'Sources', 'Several', 'Many', 'Some', 'Most', 'Both', 'Others', 'Residents', 'Witnesses', 'Neighbors', 'Neighbours', 'Supporters', 'Opponents', 'Members', 'Officers', 'Doctors', 'Workers', 'Scientists', 'Researchers', 'Investigators', 'Prosecutors', 'Lawyers', 'Economists', 'Forecasters']);
const TITLES = /^(?:(?:U\.S\.|US|UK|Former|former|President|Prime|Minister|Secretary|of|State|Senator|Sen\.|Rep\.|Gov\.|Governor|General|Gen\.|Dr\.|Mr\.|Mrs\.|Ms\.|Chancellor|Foreign|Defense|Defence|Chief|Director|Judge|Justice|King|Queen|Pope|Mayor|Ambassador|Spokesman|Spokeswoman|Spokesperson)\s+)+/u;
/**
 * Words that end a title before a name: "Chief Financial Officer Raj Patel", "Cal Fire Battalion
 * Chief Lena Morales". The name is what follows the last of them.
 */
const TITLE_ENDS = new Set(
  ('Chief Officer Executive Director President Minister Secretary State Senator Governor Mayor Chairman Chairwoman Chair ' +
    'Spokesman Spokeswoman Spokesperson Coach Captain Commander Commissioner Superintendent Sheriff Judge Justice ' +
    'Ambassador General Manager Economist Analyst Professor Councilwoman Councilman Councilmember Representative Treasurer ' +
    'Attorney Prosecutor Founder Chancellor Inspector Detective Sergeant Constable Lieutenant Colonel Councillor Councilor ' +
    'Dean Principal Headteacher Bishop Chairperson Regent Trustee Challenger Grandmaster Famer Provost Rector Pastor Rabbi Imam CEO CFO COO CTO').split(' ').concat(DOTTED_TITLES.map((title) => `${title}.`)),
);

function cleanName(raw: string): string | undefined {
  const words = raw.trim().split(/\s+/);
  // A plural title counts too: "Councilmembers Ray Delgado and Priya Shah".
  const lastTitle = words.findLastIndex((word, i) => i < words.length - 1 && (TITLE_ENDS.has(word) || TITLE_ENDS.has(word.replace(/s$/, ''))));
  const named = words.slice(lastTitle + 1).join(' ').replace(TITLES, '').trim();
  // After a title, "of ..." is where the person works ("Analyst Tomas Reyes of Halverson Securities"),
  // not part of the name, as it may be of a body's ("Bank of America").
  const name = lastTitle >= 0 ? named.replace(/\s+of\s.*$/u, '') : named;
  // A title alone ("Professor of the History of the Church ... argued") names no one.
  if (!name || PRONOUNS.test(name) || TITLE_ENDS.has(name)) return undefined;
  const first = name.split(/\s+/)[0] ?? '';
  if (NOT_PEOPLE.has(first)) return undefined;
  return name;
}

/**
 * Whether `text` reports something said by `name`, quoted or not: "Blinken closed by praising the
 * partnership", "..., said Webb". A name after a title or in an aside counts ("Chief Executive Jane Doe said").
 */
export function reportsSpeechBy(text: string, name: string): boolean {
  const word = new RegExp(String.raw`(?:^|\s)${escapeForPattern(name)}(?:\s|$)`, 'iu');
  return speechIn(text).some(({ who }) => word.test(` ${who} `));
}

const SPEECH = new RegExp(String.raw`["“”]|\b(?:${SPEECH_VERBS})\b`, 'iu');

/** The sentence quotes or reports someone's words, whoever they are. */
export function reportsSpeech(text: string): boolean {
  return SPEECH.test(text);
}

/** The pronouns a sentence says are speaking: "he" in "“…,” he said", "she" in "she told reporters". */
export function pronounsSpeakingIn(text: string): string[] {
  return speechIn(text)
    .map(({ who }) => who.toLowerCase())
    .filter((who) => PRONOUNS.test(who));
}

/** The people a sentence says are speaking, as written ("Captain Maria Lopez said" gives "Captain Maria Lopez"); pronouns left out. */
export function speakersNamedIn(text: string): string[] {
  return speechIn(text)
    .map(({ who }) => who)
    .filter((who) => who !== '' && !PRONOUNS.test(who));
}

/** Who speaks in `text` by each pattern that finds a speaker, in the order tried, with where they are named. */
function speechIn(text: string): { who: string; at: number }[] {
  return [...text.matchAll(AFFILIATED_THEN_VERB), ...text.matchAll(SUBJECT_THEN_VERB), ...text.matchAll(APPOSITION_THEN_VERB), ...text.matchAll(VERB_THEN_SUBJECT)].map((match) => {
    const aside = match.groups?.aside;
    const who = aside !== undefined && WHOLE_NAME.test(aside) ? aside : (match[1] ?? match[2] ?? '');
    return { who, at: (match.index ?? 0) + match[0].lastIndexOf(who) };
  });
}


/**
 * The fuller name the article first gives for `name` ("Maria Lopez" for "Lopez"), title dropped, when
 * the article gives one and no other ("Juan Lopez" would make "Lopez" ambiguous). Nothing is made up:
 * the words are the article's, as written.
 */
function introducedName(name: string, sentences: readonly Sentence[]): string | undefined {
  const escaped = escapeForPattern(name);
  // "Ludwig van Beethoven" introduces "Beethoven", and "Jan de Vries" introduces "De Vries" opening a sentence.
  const initial = escaped[0]!;
  const written = `[${initial}${initial.toLowerCase()}]${escaped.slice(1)}`;
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(?:${NAME_WORD}\s+(?:${PARTICLE}\s+){0,2}){1,6}${written}(?![\p{L}\p{N}-])`, 'gu');
  const forms: string[] = [];
  const rest = name.slice(1);
  for (const sentence of sentences) {
    // The pattern is tried only where the name is written (its first letter in either case).
    if (!sentence.text.includes(rest)) continue;
    for (const match of sentence.text.matchAll(pattern)) {
      const form = cleanName(withoutOpeningWords(match[0]));
      if (form && form !== name && endsWithName(form, name) && !forms.includes(form)) forms.push(form);
    }
  }
  const first = forms[0];
  // Every form must be the same person's: "Maria Lopez" and "Captain Maria Lopez" are, "Juan Lopez" is not.
  return first !== undefined && forms.every((form) => first.endsWith(` ${form}`) || form === first) ? first : undefined;
}

/**
 * Whether `full` is a fuller form of `name`: "Antony Blinken" of "Blinken". A particle is capitalised
 * when it opens a sentence, so "Jan de Vries" is the fuller form of "De Vries" too.
 */
function endsWithName(full: string, name: string): boolean {
  return full.toLowerCase().endsWith(` ${name.toLowerCase()}`) && full.endsWith(name.slice(1));
}

/** "Héctor Carvajal, 49,": a person introduced with their age. */
const NAME_WITH_AGE = new RegExp(String.raw`(${NAME}),\s+\d{1,3},`, 'u');

/** The one person a sentence introduces with their age, when it does. */
function introducedWithAge(text: string): string | undefined {
  const match = NAME_WITH_AGE.exec(text);
  return match && !isInsideQuotation(text, match.index) ? cleanName(withoutOpeningWords(match[1]!)) : undefined;
}

/** "On Tuesday Maria Lopez", "For Lalu Ahmad Zainuddin": the capitalised words before a name are not part of it. */
function withoutOpeningWords(written: string): string {
  const words = written.split(/\s+/);
  const opening = words.findLastIndex((word, i) => i < words.length - 1 && (NOT_PEOPLE.has(word) || DAY_OR_MONTH_NAME.test(word)));
  return words.slice(opening + 1).join(' ');
}

/** Finds the quotations in the sentences and attributes each to a speaker when the text allows. */
export function attributeSpeech(articleText: string, sentences: Sentence[]): Quotation[] {
  const knownNames: string[] = [];
  let lastSubject: { name: string; sentence: number } | undefined;
  // Someone the sentence before introduces with their age without quoting them.
  let introducedBefore: { name: string; sentence: number } | undefined;
  const introductions = new Map<string, string | undefined>();
  const introduced = (name: string): string | undefined => {
    if (!introductions.has(name)) introductions.set(name, introducedName(name, sentences));
    return introductions.get(name);
  };

  const fullName = (name: string): string => {
    // A surname alone ("Blinken") refers back to the fullest name seen ("Antony Blinken"), or to the
    // name the article introduces the person by, wherever it does ("according to Captain Maria Lopez").
    const fuller = knownNames.find((known) => known !== name && endsWithName(known, name)) ?? introduced(name);
    if (!knownNames.includes(name) && !fuller) knownNames.push(name);
    if (fuller && !knownNames.includes(fuller)) knownNames.push(fuller);
    return fuller ?? name;
  };

  // Who each sentence says is speaking, outside its quotation marks: a name, or "he"/"she" for the last one named.
  const attributions = sentences.map((sentence) => {
    const text = sentence.text;
    let named: string | undefined;
    let pronoun = false;
    let group = false;
    for (const { who, at } of speechIn(text)) {
      if (PRONOUNS.test(who)) {
        // "they" is mostly a group ("Several residents ... they said"), not the last person named.
        if (/^they$/i.test(who)) group = true;
        else pronoun = true;
        continue;
      }
      const name = cleanName(who);
      if (name && !isInsideQuotation(text, at)) {
        named = fullName(name);
        break;
      }
    }
    // News introduces whom it quotes next: "The first miner out was Héctor Carvajal, 49. “We prayed,” he said."
    if (!named && pronoun && introducedBefore?.sentence === sentence.index - 1) named = introducedBefore.name;
    // "he said" twenty sentences on is no longer about the last one named.
    const recent = lastSubject !== undefined && sentence.index - lastSubject.sentence <= PRONOUN_REACH_SENTENCES;
    const speaker = named ?? (pronoun && recent ? lastSubject?.name : undefined);
    if (named && !text.startsWith('(')) lastSubject = { name: named, sentence: sentence.index };
    const introduced = named ? undefined : introducedWithAge(text);
    introducedBefore = introduced ? { name: fullName(introduced), sentence: sentence.index } : undefined;
    return { speaker, attributed: named !== undefined || pronoun || group };
  });

  const quotations: Quotation[] = [];
  for (const { start, end } of quotationSpans(articleText, sentences)) {
    const spanned = sentences.filter((sentence) => sentence.start < end && sentence.end > start);
    const opening = spanned[0];
    const closing = spanned.at(-1);
    if (!opening || !closing) continue;
    // "“..., ” she said." attributes at the close, "Pruitt said: “...”" at the opening.
    const byClose = attributions[closing.index - 1]!;
    const byOpening = attributions[opening.index - 1]!;
    // A quotation running on from the sentence before, unattributed, is still that speaker's.
    const previous = sentences[opening.index - 2];
    const continues =
      !byClose.attributed && !byOpening.attributed && start === opening.start && previous?.paragraph === opening.paragraph ? previous.speaker : undefined;
    const speaker = byClose.speaker ?? byOpening.speaker ?? continues;
    if (speaker) for (const sentence of spanned) sentence.speaker = speaker;
    quotations.push({ article: opening.article, text: articleText.slice(start, end), start, end, paragraph: opening.paragraph, sentence: opening.index, speaker });
  }
  const roles = new Map<string, string | undefined>();
  for (const quotation of quotations) {
    const { speaker } = quotation;
    if (!speaker) continue;
    if (!roles.has(speaker)) roles.set(speaker, roleOf(speaker, sentences));
    const role = roles.get(speaker);
    if (role) quotation.speakerRole = role;
  }
  return quotations;
}

/**
 * The post the article gives `name` where it names them: the words of role right before the name
 * ("Mayor Luis Ferreira", "Mayor Ferreira", "Head librarian Tom Abernathy"), or between commas right
 * after it ("Priya Natarajan, the foundation's director,"). The first the article gives.
 */
function roleOf(name: string, sentences: readonly Sentence[]): string | undefined {
  const words = name.split(/\s+/);
  const surname = escapeForPattern(words.at(-1)!);
  const given = words.length > 1 ? `(?:${escapeForPattern(words.slice(0, -1).join(' '))}\\s+)?` : '';
  const before = new RegExp(String.raw`((?:[\p{L}'’.-]+\s+){1,3}?)${given}${surname}(?![\p{L}'’-])`, 'gu');
  const after = new RegExp(String.raw`${surname},\s+(?:the\s+|an?\s+)?([^,;“”"]{2,50}?)[,.](?:\s|$)`, 'gu');
  const written = words.at(-1)!;
  for (const sentence of sentences) {
    // Most sentences do not name them: a plain search rules those out before the patterns are tried.
    if (!sentence.text.includes(written)) continue;
    for (const match of sentence.text.matchAll(before)) {
      const role = roleWordsEnding(match[1]!.trim().split(/\s+/));
      if (role) return role;
    }
    for (const match of sentence.text.matchAll(after)) {
      const phrase = match[1]!.trim().split(/\s+/);
      if (phrase.length <= ROLE_MAX_WORDS && isRoleWord(phrase.at(-1)!)) return phrase.join(' ');
    }
  }
  return undefined;
}

const ROLE_MAX_WORDS = 4;
/** Words that open no role: "said", "by", "the" before "Mayor Luis Ferreira". */
const NOT_ROLE_WORDS = new Set(['the', 'a', 'an', 'of', 'by', 'to', 'for', 'from', 'with', 'and', 'or', 'but', 'said', 'says', 'told', 'according', 'as', 'in', 'on', 'at', 'when', 'while', 'that', 'who']);

/** A post's word: one ending a title ("Mayor", "CEO", "director"), or a noun for a kind of person ("librarian"). */
function isRoleWord(word: string): boolean {
  const plain = word.replace(/['’]s$/, '');
  return TITLE_ENDS.has(plain) || TITLE_ENDS.has(plain[0]!.toUpperCase() + plain.slice(1)) || isPersonNoun(plain.toLowerCase());
}

/**
 * The run of words ending on a post's word, read back from the name: "by Mayor" gives "Mayor", "Greenleaf
 * CEO" and "Secretary of State" all of it. A courtesy title ("Dr.") is no post, and a verb ("defeating")
 * opens none.
 */
function roleWordsEnding(written: readonly string[]): string | undefined {
  const words = COURTESY_TITLE.test(written.at(-1) ?? '') ? written.slice(0, -1) : written;
  if (!words.length || !isRoleWord(words.at(-1)!)) return undefined;
  let from = words.length - 1;
  while (from > 0) {
    const word = words[from - 1]!;
    if (/[,.;:]$/.test(word) || VERB_FORM.test(word)) break;
    if (NOT_ROLE_WORDS.has(word.toLowerCase()) && !(word === 'of' && from > 1 && isRoleWord(words[from - 2]!))) break;
    from--;
  }
  return words.slice(from).join(' ');
}
const COURTESY_TITLE = /^(?:Dr|Mr|Mrs|Ms|Prof)\.$/;
const VERB_FORM = /^\p{Ll}+(?:ing|ed)$/u;

/** Text to match as written inside a regular expression. */
function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The spans of text in quotation marks, in order, each within one paragraph: a quotation may run over
 * several sentences ("“This is not a luxury. The boat is our only road,” she said."), and one left open
 * at the end of a paragraph ends there.
 */
function quotationSpans(articleText: string, sentences: Sentence[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const paragraphs = new Map<number, { start: number; end: number }>();
  for (const sentence of sentences) {
    const known = paragraphs.get(sentence.paragraph);
    paragraphs.set(sentence.paragraph, { start: known?.start ?? sentence.start, end: sentence.end });
  }
  for (const paragraph of paragraphs.values()) {
    let open = -1;
    for (let at = paragraph.start; at < paragraph.end; at++) {
      const char = articleText[at];
      if (char === '“' && open < 0) open = at;
      else if ((char === '”' || char === '"') && open >= 0 && (char === '"') === (articleText[open] === '"')) {
        if (articleText.slice(open + 1, at).trim()) spans.push({ start: open, end: at + 1 });
        open = -1;
      } else if (char === '"' && open < 0) open = at;
    }
    if (open >= 0 && articleText.slice(open + 1, paragraph.end).trim()) spans.push({ start: open, end: paragraph.end });
  }
  return spans;
}

function isInsideQuotation(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const opens = (before.match(/“/g) ?? []).length + ((before.match(/"/g) ?? []).length % 2);
  const closes = (before.match(/”/g) ?? []).length;
  return opens > closes;
}
