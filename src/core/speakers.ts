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
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
// "Antony Blinken", "Blinken", "Donald Trump" — capitalised words in a row, not at a sentence start word like "The".
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`;
const SUBJECT_THEN_VERB = new RegExp(String.raw`(${NAME}|\b[Hh]e\b|\b[Ss]he\b|\b[Tt]hey\b)\s+(?:also\s+|then\s+|later\s+|again\s+)?(?:${SPEECH_VERBS})\b`, 'gu');
const VERB_THEN_SUBJECT = new RegExp(String.raw`[,”"]\s*(?:${SPEECH_VERBS})\s+(${NAME}|he|she|they)\b`, 'gu');
const NOT_PEOPLE = new Set(['The', 'A', 'An', 'It', 'This', 'That', 'These', 'Those', 'There', 'But', 'And', 'In', 'On', 'At', 'As', 'Officials', 'Police', 'Authorities', 'Reports', 'Critics', 'Experts', 'Analysts', 'Sources']);
const TITLES = /^(?:(?:U\.S\.|US|UK|Former|former|President|Prime|Minister|Secretary|of|State|Senator|Sen\.|Rep\.|Gov\.|Governor|General|Gen\.|Dr\.|Mr\.|Mrs\.|Ms\.|Chancellor|Foreign|Defense|Defence|Chief|Director|Judge|Justice|King|Queen|Pope|Mayor|Ambassador|Spokesman|Spokeswoman|Spokesperson)\s+)+/u;
const QUOTATION = /“([^”]*)”|"([^"]*)"/gu;

function cleanName(raw: string): string | undefined {
  const name = raw.trim().replace(TITLES, '').trim();
  if (!name || PRONOUNS.test(name)) return undefined;
  const first = name.split(/\s+/)[0] ?? '';
  if (NOT_PEOPLE.has(first)) return undefined;
  return name;
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
    for (const match of [...text.matchAll(SUBJECT_THEN_VERB), ...text.matchAll(VERB_THEN_SUBJECT)]) {
      const who = match[1] ?? '';
      if (PRONOUNS.test(who)) {
        pronoun = true;
        continue;
      }
      const name = cleanName(who);
      if (name && !isInsideQuotation(text, (match.index ?? 0) + match[0].lastIndexOf(who))) {
        named = fullName(name);
        break;
      }
    }
    // A quotation running on from the sentence before, unattributed, is still that speaker's.
    const previous = sentences[sentence.index - 2];
    const continues = !named && !pronoun && /^[“"]/.test(text) && previous?.paragraph === sentence.paragraph ? previous.speaker : undefined;
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
