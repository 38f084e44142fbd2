/**
 * Direct speech: the passages in quotation marks and who said them.
 *
 * News attributes a quotation either in the same sentence ("..., he said." / "Blinken said ...")
 * or not at all, leaning on the previous sentence's subject. A pronoun is resolved to the person
 * most recently named as the subject of a statement outside parentheses, because an aside such as
 * "(Former President Donald Trump threatened ...)" does not change who "he" is in the next sentence.
 */
import type { Quotation, Sentence } from './types.ts';

const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|noted|notes|stated|states|explained|asked|asks|wrote|writes|declared|argued|argues|warned|warns|insisted|insists|announced|announces|described|describes|called|calls|urged|urges|praised|praises|underlined|underlines|stressed|stresses|emphasized|emphasised|acknowledged|admitted|claimed|claims|replied|remarked|observed|continued|concluded|closed|threatened|threatens|promised|pledged|vowed|suggested|recalled|tweeted|posted|responded|confirmed|denied|predicted|estimated|labelled|labeled|cautioned|conceded|joked|agreed';
const PRONOUNS = /^(he|she|they)$/i;
// A capitalised word or an initial ("Michael R. Osei").
const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}'’-]+|\.)`;
// "Antony Blinken", "Blinken", "Donald Trump" — capitalised words in a row, not at a sentence start word like "The".
// Long enough for a title before the name ("Cal Fire Battalion Chief Lena Morales"); the title is dropped later.
const NAME = String.raw`${NAME_WORD}(?:\s+(?:of\s+)?${NAME_WORD}){0,6}`;
const SUBJECT_THEN_VERB = new RegExp(String.raw`(${NAME}|\b[Hh]e\b|\b[Ss]he\b|\b[Tt]hey\b)\s+(?:also\s+|then\s+|later\s+|again\s+)?(?:${SPEECH_VERBS})\b`, 'gu');
// "Maria Okafor, a 34-year-old nurse from Oak Park, said": the name, an aside between commas, the verb.
// "Teravolt's CEO, Michael R. Osei, said": when the aside is itself a name, it is the speaker.
const APPOSITION_THEN_VERB = new RegExp(String.raw`(${NAME}),\s+(?<aside>[^,“”"]{1,80}),\s+(?:${SPEECH_VERBS})\b`, 'gu');
const WHOLE_NAME = new RegExp(String.raw`^${NAME}$`, 'u');
// "..., said resident Tom Becker": up to three lower-case words of role may come between verb and name.
const VERB_THEN_SUBJECT = new RegExp(String.raw`[,”"]\s*(?:${SPEECH_VERBS})\s+(?:(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}(${NAME})|(he|she|they)\b)`, 'gu');
const NOT_PEOPLE = new Set(['The', 'A', 'An', 'It', 'This', 'That', 'These', 'Those', 'There', 'But', 'And', 'In', 'On', 'At', 'As', 'Officials', 'Police', 'Authorities', 'Reports', 'Critics', 'Experts', 'Analysts', 'Sources', 'Several', 'Many', 'Some', 'Most', 'Both', 'Others', 'Residents', 'Witnesses', 'Neighbors', 'Neighbours', 'Supporters', 'Opponents', 'Members', 'Officers', 'Doctors', 'Workers', 'Scientists', 'Researchers', 'Investigators', 'Prosecutors', 'Lawyers', 'Economists', 'Forecasters']);
const TITLES = /^(?:(?:U\.S\.|US|UK|Former|former|President|Prime|Minister|Secretary|of|State|Senator|Sen\.|Rep\.|Gov\.|Governor|General|Gen\.|Dr\.|Mr\.|Mrs\.|Ms\.|Chancellor|Foreign|Defense|Defence|Chief|Director|Judge|Justice|King|Queen|Pope|Mayor|Ambassador|Spokesman|Spokeswoman|Spokesperson)\s+)+/u;
/**
 * Words that end a title before a name: "Chief Financial Officer Raj Patel", "Cal Fire Battalion
 * Chief Lena Morales". The name is what follows the last of them.
 */
const TITLE_ENDS = new Set(
  ('Chief Officer Executive Director President Minister Secretary State Senator Governor Mayor Chairman Chairwoman Chair ' +
    'Spokesman Spokeswoman Spokesperson Coach Captain Commander Commissioner Superintendent Sheriff Judge Justice ' +
    'Ambassador General Manager Economist Analyst Professor Councilwoman Councilman Councilmember Representative Treasurer ' +
    'Attorney Prosecutor Founder Chancellor Dr. Sen. Rep. Gov. Gen.').split(' '),
);
const QUOTATION = /“([^”]*)”|"([^"]*)"/gu;

function cleanName(raw: string): string | undefined {
  const words = raw.trim().split(/\s+/);
  const lastTitle = words.findLastIndex((word, i) => i < words.length - 1 && TITLE_ENDS.has(word));
  const name = words.slice(lastTitle + 1).join(' ').replace(TITLES, '').trim();
  if (!name || PRONOUNS.test(name)) return undefined;
  const first = name.split(/\s+/)[0] ?? '';
  if (NOT_PEOPLE.has(first)) return undefined;
  return name;
}

/**
 * Whether `text` reports something said by `name`, quoted or not: "Blinken closed by praising the
 * partnership", "..., said Webb". A name after a title or in an aside counts ("Chief Executive Jane Doe said").
 */
export function reportsSpeechBy(text: string, name: string): boolean {
  const word = new RegExp(String.raw`(?:^|\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\s|$)`, 'iu');
  return speechIn(text).some(({ who }) => word.test(` ${who} `));
}

/** Who speaks in `text` by each pattern that finds a speaker, in the order tried, with where they are named. */
function speechIn(text: string): { who: string; at: number }[] {
  return [...text.matchAll(SUBJECT_THEN_VERB), ...text.matchAll(APPOSITION_THEN_VERB), ...text.matchAll(VERB_THEN_SUBJECT)].map((match) => {
    const aside = match.groups?.aside;
    const who = aside !== undefined && WHOLE_NAME.test(aside) ? aside : (match[1] ?? match[2] ?? '');
    return { who, at: (match.index ?? 0) + match[0].lastIndexOf(who) };
  });
}

/** Finds the quotations in the sentences and attributes each to a speaker when the text allows. */
export function attributeSpeech(articleText: string, sentences: Sentence[]): Quotation[] {
  const quotations: Quotation[] = [];
  const knownNames: string[] = [];
  let lastSubject: string | undefined;

  const fullName = (name: string): string => {
    // A surname alone ("Blinken") refers back to the fullest name seen ("Antony Blinken").
    const fuller = knownNames.find((known) => known !== name && known.endsWith(` ${name}`));
    if (!knownNames.includes(name) && !fuller) knownNames.push(name);
    return fuller ?? name;
  };

  for (const sentence of sentences) {
    const text = sentence.text;
    const isAside = text.startsWith('(');
    let named: string | undefined;
    let pronoun = false;
    let groupSpeaks = false;
    for (const { who, at } of speechIn(text)) {
      if (PRONOUNS.test(who)) {
        // "they" is mostly a group ("Several residents ... they said"), not the last person named.
        if (/^they$/i.test(who)) groupSpeaks = true;
        else pronoun = true;
        continue;
      }
      const name = cleanName(who);
      if (name && !isInsideQuotation(text, at)) {
        named = fullName(name);
        break;
      }
    }
    // A quotation running on from the sentence before, unattributed, is still that speaker's.
    const previous = sentences[sentence.index - 2];
    const continues = !named && !pronoun && !groupSpeaks && /^[“"]/.test(text) && previous?.paragraph === sentence.paragraph ? previous.speaker : undefined;
    const speaker = named ?? (pronoun ? lastSubject : continues);
    if (named && !isAside) lastSubject = named;

    let found = false;
    for (const match of text.matchAll(QUOTATION)) {
      const inner = match[1] ?? match[2] ?? '';
      if (!inner.trim()) continue;
      found = true;
      const start = sentence.start + (match.index ?? 0);
      const end = start + match[0].length;
      quotations.push({
        article: sentence.article,
        text: articleText.slice(start, end),
        start,
        end,
        paragraph: sentence.paragraph,
        sentence: sentence.index,
        speaker,
      });
    }
    if (found && speaker) sentence.speaker = speaker;
  }
  return quotations;
}

function isInsideQuotation(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const opens = (before.match(/“/g) ?? []).length + ((before.match(/"/g) ?? []).length % 2);
  const closes = (before.match(/”/g) ?? []).length;
  return opens > closes;
}
