/**
 * The words of every decline: a gate says which rule declined (its code) and what to name (the
 * words, the kind of answer...); this module alone turns that into the sentence a reader sees.
 */
import { KIND_DESCRIPTIONS, MAX_QUESTION_LENGTH, type AnswerKind, type DateUnit } from '../question.ts';

/** Every reason a question is declined for, one per gate, in the order the gates run. */
export const REASON_CODES = [
  'no-articles',
  'unknown-article',
  'too-long',
  'small-talk',
  'about-the-article',
  'only-link',
  'empty-question',
  'no-words',
  'figure-never-given',
  'only-numbers',
  'not-english',
  'named-by-mention',
  'pronoun-of-several',
  'no-subject',
  'nothing-matches',
  'pronoun-only',
  'touches-only',
  'placing-not-given',
  'unknown-name-or-number',
  'figure-given-otherwise',
  'unmentioned-event',
  'past-only-for-future',
  'future-only-for-past',
  'unmentioned-time',
  'attribute-missing',
  'speaker-not-quoted',
  'topic-not-quoted',
  'owner-elsewhere',
  'other-day',
  'place-elsewhere',
  'no-one-named',
  'none-besides',
  'role-not-named',
  'no-one-in-passage',
  'holder-not-named',
  'no-place-named',
  'no-name-given',
  'thing-not-named',
  'which-not-named',
  'no-cause-given',
  'no-telephone-number',
  'no-colour-given',
  'unlikely-kind-missing',
  'unlikely-found-apart',
  'unlikely-missing-and-shared',
  'unlikely-missing-words',
  'unlikely-shared-only',
  'unlikely',
  'opposite-said',
  'wanted-kind-missing',
  'restated-figure-only',
  'date-unit-missing',
  'reason-not-given',
  'owned-by-another',
  'ordinal-of-another',
  'negation-not-met',
  'counts-something-else',
  'figure-of-another',
  'sum-not-as-asked',
  'counts-other-event',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * Declines that speak of the question as asked (empty, too long, not English, about the article's
 * source...), not of what the article says: a reply must not open with "the article does not answer
 * this" for them, which would be untrue or beside the point.
 */
export const QUESTION_REASON_CODES: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  'no-articles',
  'unknown-article',
  'too-long',
  'about-the-article',
  'only-link',
  'empty-question',
  'no-words',
  'only-numbers',
  'not-english',
  'named-by-mention',
  'pronoun-of-several',
  'no-subject',
  'pronoun-only',
]);

/**
 * Declines that come from the judge finding the best passage unlikely to answer, not from a rule that
 * knows it does not: the article may still answer in words the question does not share, so a reply
 * says it found no sure answer and shows the closest passages for the reader to judge.
 */
export const UNSURE_REASON_CODES: ReadonlySet<ReasonCode> = new Set(REASON_CODES.filter((code) => code === 'unlikely' || code.startsWith('unlikely-')));

/** How a reply opens on a decline: nothing (it is about the question), a sure "does not answer", or an unsure one. */
export type DeclineLead = 'question' | 'not-answered' | 'unsure';

export function declineLead(reasonCode: ReasonCode | undefined, hasReason: boolean): DeclineLead {
  if (reasonCode !== undefined && QUESTION_REASON_CODES.has(reasonCode) && hasReason) return 'question';
  return reasonCode !== undefined && UNSURE_REASON_CODES.has(reasonCode) ? 'unsure' : 'not-answered';
}

/** What the closest passages shown after a decline are labelled. */
export function closestPassagesLabel(lead: DeclineLead): string {
  return lead === 'unsure' ? 'Closest passages — not a sure answer, check them:' : 'Closest passages — not an answer:';
}

/** What a reason names. */
export interface ReasonParams {
  /** Words of the question (or ids, figures, units) to list. */
  words?: readonly string[];
  /** A second list: the question's words found together when the others were found apart. */
  together?: readonly string[];
  kind?: AnswerKind;
  /** One thing quoted as it is: an article id, a figure, a time, a word. */
  text?: string;
  dateUnit?: DateUnit;
  /**
   * How many articles the question was asked of: a reason about all of them speaks of "the articles".
   * Reasons about the best passage speak of its article, the one the answer's source names.
   */
  articles?: number;
  /** The title of the best passage's article, when several were searched: "the article" alone would not say which. */
  article?: string;
  /** A question about the article asked of several: its gist, or where it comes from. */
  about?: 'gist' | 'source' | 'quotes' | 'figures';
  /** The topic asked about is in the article, only never beside the speaker's words. */
  mentioned?: boolean;
  /** The time asked about ("tomorrow") counts from the article's date, which it does not give. */
  undated?: boolean;
}

/** Words a reason names before it just counts the rest. */
export const LISTED_WORDS = 6;
/** A word longer than this is cut in a reason: a pasted 10,000-letter "word" is not echoed whole. */
export const LISTED_WORD_LENGTH = 40;

const TOUCHES_ONLY = 'The closest passages only touch on the question and do not answer it.';
const words = (p: ReasonParams) => p.words ?? [];
const theArticle = (p: ReasonParams) => ((p.articles ?? 1) > 1 ? 'the articles' : 'the article');
/** A title longer than this is cut in a reason. */
const TITLE_SHOWN = 80;
/** The best passage's article: named by its title when several articles were searched. */
const itsArticle = (p: ReasonParams) => (p.article ? `the article “${p.article.length > TITLE_SHOWN ? `${p.article.slice(0, TITLE_SHOWN - 1)}…` : p.article}”` : theArticle(p));
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const youAsked = (kind: AnswerKind) => `You asked ${KIND_DESCRIPTIONS[kind]}.`;

const WORDING: Record<ReasonCode, (p: ReasonParams) => string> = {
  'no-articles': () => 'No articles are loaded.',
  'unknown-article': (p) => `There is no article "${p.text}". Loaded: ${words(p).join(', ') || 'none'}.`,
  'too-long': () => `That is too long to be a question — ask about one thing, in under ${MAX_QUESTION_LENGTH} characters.`,
  'small-talk': (p) => `That is small talk, not a question about ${theArticle(p)}.`,
  'about-the-article': (p) =>
    p.text
      ? `That is about the article, not in it: ${p.text}. /article shows more; ask what it says, for example who said what, how much, or when.`
      : p.about === 'quotes'
        ? `/quote lists the direct quotations of ${theArticle(p)} with who said them; /quote with a name or some words keeps only those.`
        : p.about === 'figures'
          ? `/figures lists every figure of ${theArticle(p)} with its sentence; /figures with a kind keeps one kind (/figures money).`
          : p.about === 'source'
        ? 'Several articles are loaded, each from its own source: /article lists them with their titles, sources and dates.'
        : 'Several articles are loaded, so there is more than one to sum up: /article lists them with their sources. Pick one and ask again for its gist, or ask about something they say.',
  'only-link': (p) => `I do not open links. Ask something about ${theArticle(p)} in words, for example who said what, how much, or when.`,
  'empty-question': (p) => `The question is empty. Ask something about ${theArticle(p)}, for example who said what, how much, or when.`,
  'no-words': (p) =>
    p.text
      ? `“${p.text}” does not say what it asks about, and I read each question on its own: ask it whole, with the name, thing or event you mean.`
      : `The question has no words to look for. Ask about something ${theArticle(p)} might mention: a name, a place, a number, an event.`,
  'figure-never-given': (p) => `${capitalised(theArticle(p))} never give${(p.articles ?? 1) > 1 ? '' : 's'} ${words(p).join(' or ')}.`,
  'only-numbers': () => 'The question is only a number. Ask about it in words (for example “What happened in 2011?”), or list the article’s figures with /figures.',
  'not-english': () => 'I read questions in English only: please ask again in English.',
  'pronoun-only': (p) =>
    /^it$/i.test(p.text ?? '')
      ? `I read each question on its own, so I cannot tell what “${p.text}” is. Ask again with what you mean in its place.`
      : `I read each question on its own, so I cannot tell who “${p.text}” is. Ask again with their name in its place.`,
  'named-by-mention': (p) => `The question names someone by a Discord mention, and I cannot tell who that is: type their name as ${theArticle(p)} writes it.`,
  'pronoun-of-several': (p) =>
    /^it$/i.test(p.text ?? '')
      ? `${p.articles ?? 'Several'} articles are loaded, and I read each question on its own, so I cannot tell what “${p.text}” is. Ask again with what you mean in its place, or ask one article.`
      : `${p.articles ?? 'Several'} articles are loaded, and I read each question on its own, so I cannot tell who “${p.text}” is. Ask again with their name in its place, or ask one article.`,
  'no-subject': (p) => `The question does not say who or what it is about. Ask again with a name or a thing from ${theArticle(p)} in place of “he”, “she” or “it”.`,
  'nothing-matches': (p) => `Nothing in ${theArticle(p)} mentions ${listWords(words(p), 'or')}.`,
  'touches-only': () => TOUCHES_ONLY,
  // "10" typed bare is in "Aug. 10"; "$436 billion" is not "$436 million".
  'figure-given-otherwise': (p) =>
    /^[\d.,]+$/.test(p.text ?? '') ? `${capitalised(itsArticle(p))} writes ${p.text} only in ${listWords(words(p), 'and')}.` : `${capitalised(itsArticle(p))} gives ${listWords(words(p), 'and')}, not “${p.text}”.`,
  'unknown-name-or-number': (p) => `Nothing in ${itsArticle(p)} mentions ${listWords(words(p), 'or')}.`,
  'unmentioned-event': (p) => `Nothing in ${itsArticle(p)} mentions “${p.text}”, the event you asked the ${p.kind === 'reason' ? 'reason for' : 'time of'}.`,
  'past-only-for-future': () => 'You asked when something will happen, and the closest passage gives only a past date.',
  'future-only-for-past': () => 'You asked when something happened, and the closest passage gives only a time still to come.',
  'unmentioned-time': (p) =>
    p.undated
      ? `${capitalised(itsArticle(p))} gives no date to count ${p.text} from: ask about a day it names (“on Saturday”) instead.`
      : `${capitalised(itsArticle(p))} says nothing about ${p.text}.`,
  'attribute-missing': (p) => `Nothing in ${itsArticle(p)} mentions ${listWords(words(p), 'or')}, which is what you asked for.`,
  'speaker-not-quoted': (p) => `${capitalised(itsArticle(p))} does not quote ${listWords(words(p), 'and')} on that.`,
  'topic-not-quoted': (p) =>
    p.mentioned
      ? `${capitalised(itsArticle(p))} mentions ${listWords(words(p), 'and')}, but nowhere near anything ${listWords(p.together ?? [], 'and')} is reported saying.`
      : `Nothing in ${itsArticle(p)} mentions ${listWords(words(p), 'or')}, so it cannot say what ${listWords(p.together ?? [], 'and')} said about it.`,
  'owner-elsewhere': (p) => `${capitalised(itsArticle(p))} mentions ${listWords(words(p), 'and')}, but not in the passages that match the rest of the question.`,
  'other-day': (p) => `The closest passage speaks of ${p.text}, not ${listWords(words(p), 'or')}, so it does not answer that.`,
  'place-elsewhere': (p) => `${capitalised(itsArticle(p))} mentions ${listWords(words(p), 'and')}, but the passages that match the rest of the question are about another place.`,
  'ordinal-of-another': (p) => `The closest passage speaks of the ${p.text}, not the ${words(p)[0] ?? 'one you asked about'}.`,
  'owned-by-another': (p) => `The closest passage speaks of ${p.text}’s, not ${words(p)[0] ?? 'the one you asked about'}’s.`,
  'no-one-named': () => youAsked('person'),
  'none-besides': () => 'You asked who or what else, and the closest passage names only what your question names.',
  'no-one-in-passage': () => youAsked('person'),
  'placing-not-given': (p) => `You asked who came ${p.text ?? 'in that place'}, and the closest passage gives no one that place.`,
  'holder-not-named': () => 'You asked who holds that post or did that, and the closest passage names no one the article shows to be a person.',
  'role-not-named': (p) => `${capitalised(itsArticle(p))} mentions the ${words(p)[0] ?? 'person'} but never gives their name.`,
  'no-place-named': () => youAsked('place'),
  'no-name-given': () => youAsked('name'),
  'thing-not-named': () => youAsked('name'),
  'which-not-named': () => 'You asked which one, and the closest passage mentions it without naming it.',
  'no-cause-given': () => 'You asked what caused it, and the closest passage gives no cause.',
  'no-telephone-number': () => 'You asked for a telephone number, and the closest passage gives none.',
  'no-colour-given': () => 'You asked what colour, and the closest passage names none.',
  'unlikely-kind-missing': (p) => youAsked(p.kind ?? 'other'),
  'unlikely-found-apart': (p) =>
    // Only the closest passage was weighed: another passage may hold them all without answering.
    `The closest passage mentions ${listWords(p.together ?? [], 'and')} but not ${listWords(words(p), 'or')}, so it does not answer that.`,
  'unlikely-missing-and-shared': (p) => `Nothing in ${itsArticle(p)} mentions ${listWords(words(p), 'or')}; the closest passages only share ${listWords(p.together ?? [], 'and')} with the question.`,
  'unlikely-missing-words': (p) => `Nothing in ${itsArticle(p)} mentions ${listWords(words(p), 'or')}.`,
  'unlikely-shared-only': (p) => `The closest passages only share ${listWords(p.together ?? [], 'and')} with the question and do not answer it.`,
  unlikely: () => TOUCHES_ONLY,
  'opposite-said': (p) => `The closest passage says “${p.text ?? ''}”, not ${listWords(words(p), 'or')}, so it does not answer that.`,
  'wanted-kind-missing': (p) => youAsked(p.kind ?? 'other'),
  'restated-figure-only': (p) => `The closest passage only gives the figure you asked about (“${p.text}”), not the one you asked for.`,
  'date-unit-missing': (p) => `You asked for the ${p.dateUnit === 'day' ? 'date' : p.dateUnit}, and the closest passage does not give it.`,
  'reason-not-given': () => 'You asked why, and the closest passage tells what happened but gives no reason.',
  'negation-not-met': () => 'You asked about something that did not happen or is not so, and the closest passage tells only what did.',
  'counts-something-else': (p) =>
    p.kind === 'measure'
      ? `You asked how many ${p.text}; the closest passage gives only a measure (${listWords(words(p), 'and')}), no count of them.`
      : `You asked how many ${p.text}; the closest passage counts ${listWords(words(p), 'and')} instead.`,
  'figure-of-another': (p) => `You asked how much; the closest passage only counts ${listWords(words(p), 'and')}.`,
  'sum-not-as-asked': (p) => `You asked ${SUM_ASKED[words(p)[0] ?? 'cost'] ?? SUM_ASKED.cost}; the closest passage gives a sum, but not as that.`,
  'counts-other-event': (p) => `The closest passage gives a number of ${p.text}, but it does not say ${listWords(words(p), 'or')}, so it is not the number you asked for.`,
};

/** What "how much" asked for, by the verb `sum-not-as-asked` names. */
const SUM_ASKED: Readonly<Record<string, string>> = { cost: 'what something costs', spend: 'how much was spent', earn: 'what someone earns' };

/** The sentence a reader sees for a decline. */
export function reasonText(code: ReasonCode, params: ReasonParams = {}): string {
  return WORDING[code](params);
}

/** “mayor's” is named as “mayor”: that the article never mentions the mayor is what the reader needs to hear. */
const withoutPossessive = (word: string) => word.replace(/(?<=\p{L}{2})['’]s$/u, '');

/** "1 paragraph", "12 paragraphs": a count with its noun, singular or plural. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** “a”, “b” and “c”; a long list names the first few and counts the rest, so that a reason stays readable. */
export function listWords(list: readonly string[], conjunction: 'and' | 'or'): string {
  const quoted = list.map(withoutPossessive).map((w) => `“${w.length > LISTED_WORD_LENGTH ? `${w.slice(0, LISTED_WORD_LENGTH - 1)}…` : w}”`);
  if (quoted.length > LISTED_WORDS) return `${quoted.slice(0, LISTED_WORDS).join(', ')} ${conjunction} ${quoted.length - LISTED_WORDS} more words`;
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
