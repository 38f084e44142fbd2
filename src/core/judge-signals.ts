/**
 * What the judge knows of a question beyond its best sentence's features: how the question's words
 * meet the article (not at all, only through a distant relative, elsewhere than near the best
 * sentence), whether the kind of answer asked for is at hand, and how far ahead of the others the
 * best sentence is. The rules of engine.ts read the same things by hand; here each is a number the
 * judge (judge.ts) weighs, learned by `npm run train-ranker`. Pure: no state, no I/O.
 */
import type { CandidateFeatures } from './ranker.ts';
import type { AnalysedQuestion } from './question.ts';
import { KIND_FIGURES, NAME_KINDS } from './question.ts';
import { isTelling, type ResolvedWord } from './resolve.ts';
import type { ArticleIndex } from './search-index.ts';
import { tokenize } from './terms.ts';

/** The engine's candidate, as much of it as the judge reads. */
export interface JudgedCandidate {
  index: ArticleIndex;
  /** 0-based sentence index. */
  id: number;
  features: CandidateFeatures;
  score: number;
  /** Per question word: found in the sentence / in the sentence or those it leans on. */
  matched: boolean[];
  windowMatched: boolean[];
}

export interface QuestionSignals {
  /** Importance-weighted share of the question's telling words the article never has, in any form. */
  unseen: number;
  /** Share of telling words the article has only as a distant relative (WordNet "related"). */
  relatedOnly: number;
  /** Share of telling words the article has only reworded (synonym or relative), never as typed. */
  rewordedOnly: number;
  /** Share of telling words the article has, but not in the best sentence nor the sentences it leans on. */
  apart: number;
  /** Share of telling words met in the best sentence's window only through a distant relative. */
  windowRelated: number;
  /** Share of telling words written as typed (or spelt close) in the best sentence's paragraph neighbourhood. */
  windowLiteral: number;
  /** A number typed in the question is missing from the best sentence's window (1) or not (0). */
  numberApart: number;
  /** Share of the question's names missing from the best sentence's window. */
  nameApart: number;
  /** The question's rarest telling word is missing from the best sentence's window. */
  rarestApart: number;
  /** Share of the words of "the X of Y" (the attribute asked for) the article has only as a relative or not at all. */
  attributeUnseen: number;
  /** The question asks for a kind of answer (a figure, a person, a place...). */
  wantsKind: number;
  /** It does, and neither the best sentence nor one close to it in coverage holds that kind. */
  kindAbsent: number;
  /** "How many X": X (what is counted) is nowhere in the best sentence's window. */
  countedApart: number;
  /** "Which rocket", "what city": the word naming the kind of answer is missing from the window (0 when there is none). */
  focusApart: number;
  /** The question negates ("not", "never", "n't") and the best sentence's window negates nothing. */
  negationUnmatched: number;
  /** How far the best candidate's score leads the next one's, relative to it (0..1). */
  margin: number;
  /** The best candidate's coverage minus the best coverage among the others (-1..1). */
  coverageLead: number;
  /** log(1 + telling words) / log(10): long questions have more words to miss. */
  tellingWords: number;
  /**
   * Share of the question's specific telling words (those the article does not write all through:
   * not its topic) that the best sentence's window lacks, as written or reworded. "How many people
   * died in Georgia?" shares "people" and "died" with every passage about the storm; "Georgia" is
   * what tells whether this passage is the one. 0 when the question has no specific word.
   */
  specificApart: number;
  /** Share of the question's telling words that are the article's topic words (written in many of its sentences). */
  topicShare: number;
  /**
   * The question asks for a figure ("how many", "how much", "how long") and the best sentence gives
   * one of that kind right beside a word of the question: "212 branches" for "how many branches",
   * "a $500 million share buyback" for "how big is the buyback". A figure of the kind next to other
   * words ("31.4 points" for "how many assists") answers another question.
   */
  figureBesideAsked: number;
  /**
   * A name of the question is missing from the best sentence's window, which names someone or
   * something else instead (not a place): "How many aircraft does Baltica operate?" met by a sentence
   * about Nordvik's fleet. A passage speaking of the one asked about as "the company" names no other.
   */
  nameReplaced: number;
}

export const QUESTION_SIGNAL_NAMES = [
  'unseen',
  'relatedOnly',
  'rewordedOnly',
  'apart',
  'windowRelated',
  'windowLiteral',
  'numberApart',
  'nameApart',
  'rarestApart',
  'attributeUnseen',
  'wantsKind',
  'kindAbsent',
  'countedApart',
  'focusApart',
  'negationUnmatched',
  'margin',
  'coverageLead',
  'tellingWords',
  'specificApart',
  'topicShare',
  'figureBesideAsked',
  'nameReplaced',
] as const satisfies readonly (keyof QuestionSignals)[];

/** Negation in the passage; the question's own is read with the question (`negates`). */
const NEGATION = /\b(?:not|never|no|neither|nor|without)\b|n['’]t\b/i;
const LITERAL = new Set(['exact', 'acronym', 'alias', 'spelling']);
const NUMBER = /^\p{N}[\p{N},.]*$/u;
/** A candidate this close to the best one's coverage may hold the answer's kind for it. */
const CLOSE_COVERAGE = 0.8;
const CLOSE_DEPTH = 5;
/**
 * A word written in more than this share of the article's sentences is one of its topic words
 * ("Blinken", "budget", "hurricane"): finding it in a sentence says little about whether the sentence
 * answers, as most sentences have it.
 */
export const TOPIC_SHARE = 0.2;
/** Articles this short have no topic words to tell: every word is in a large share of few sentences. */
const TOPIC_MIN_SENTENCES = 5;
/** How many words either side of a figure still say what it counts or costs: "212 branches", "a $500 million share buyback". */
export const FIGURE_REACH = 3;
/** Characters read either side of a figure to find FIGURE_REACH words (long words and punctuation included). */
const FIGURE_REACH_CHARS = 40;

/** The best sentence and its neighbours in the paragraph. */
function windowOf(best: JudgedCandidate): number[] {
  const paragraph = best.index.facts[best.id]!.paragraph;
  return [best.id - 1, best.id, best.id + 1].filter((n) => best.index.facts[n]?.paragraph === paragraph);
}

export function questionSignals(question: AnalysedQuestion, resolved: readonly ResolvedWord[], best: JudgedCandidate, candidates: readonly JudgedCandidate[]): QuestionSignals {
  const telling = resolved.map((r, w) => ({ r, w })).filter(({ r }) => isTelling(r));
  const weightOf = ({ r }: { r: ResolvedWord }) => Math.max(r.importance, 1e-6);
  const total = telling.reduce((sum, t) => sum + weightOf(t), 0) || 1;
  const share = (test: (t: { r: ResolvedWord; w: number }) => boolean) => telling.reduce((sum, t) => sum + (test(t) ? weightOf(t) : 0), 0) / total;
  const windowIds = windowOf(best);
  const window = windowIds.map((n) => new Set(best.index.facts[n]!.terms));
  const inWindow = (term: string) => window.some((terms) => terms.has(term));
  const strongestInWindow = (r: ResolvedWord) => {
    const kinds = r.alternatives.filter((a) => inWindow(a.term)).map((a) => a.kind as string);
    return kinds.some((k) => LITERAL.has(k)) ? 'literal' : kinds.includes('synonym') ? 'synonym' : kinds.includes('related') ? 'related' : undefined;
  };
  const numbers = resolved.map((r, w) => ({ r, w })).filter(({ r }) => NUMBER.test(r.word.raw));
  const names = resolved.map((r, w) => ({ r, w })).filter(({ r }) => r.word.isName && !r.word.implied);
  const rarest = telling.reduce<{ r: ResolvedWord; w: number } | undefined>((top, t) => (!top || t.r.importance > top.r.importance ? t : top), undefined);
  const attribute = resolved.filter((r) => question.attribute?.includes(r.word.term));
  const wantsKind = KIND_FIGURES[question.kind].length > 0 || NAME_KINDS.has(question.kind);
  const close = candidates.slice(0, CLOSE_DEPTH).filter((c) => c.features.coverage >= best.features.coverage * CLOSE_COVERAGE);
  const kindAbsent = wantsKind && !best.features.kindMatch && !best.features.nameMatch && close.every((c) => !c.features.kindMatch && !c.features.nameMatch);
  const others = candidates.filter((c) => c !== best);
  const second = others.reduce((top, c) => Math.max(top, c.score), -Infinity);
  const margin = others.length && best.score > 0 ? Math.min(1, Math.max(0, (best.score - second) / best.score)) : 1;
  const otherCoverage = others.reduce((top, c) => Math.max(top, c.features.coverage), 0);
  const specific = telling.filter(({ r }) => !isTopicWord(best.index, r));
  const windowHas = (r: ResolvedWord) => r.alternatives.some((a) => a.kind !== 'related' && inWindow(a.term));
  const windowText = windowIds.map((n) => best.index.article.sentences[n]?.text ?? '').join(' ');
  return {
    unseen: share(({ r }) => r.alternatives.length === 0),
    relatedOnly: share(({ r }) => r.alternatives.length > 0 && r.alternatives.every((a) => a.kind === 'related')),
    rewordedOnly: share(({ r }) => r.alternatives.length > 0 && r.alternatives.every((a) => a.kind === 'related' || a.kind === 'synonym')),
    apart: share(({ r, w }) => r.alternatives.length > 0 && !best.windowMatched[w]),
    windowRelated: share(({ r }) => strongestInWindow(r) === 'related'),
    windowLiteral: share(({ r }) => strongestInWindow(r) === 'literal'),
    numberApart: numbers.some(({ r }) => !r.alternatives.some((a) => inWindow(a.term))) ? 1 : 0,
    nameApart: names.length ? names.filter(({ w }) => !best.windowMatched[w]).length / names.length : 0,
    rarestApart: rarest && !best.windowMatched[rarest.w] ? 1 : 0,
    attributeUnseen: attribute.length ? attribute.filter((r) => r.alternatives.every((a) => a.kind === 'related')).length / attribute.length : 0,
    wantsKind: wantsKind ? 1 : 0,
    kindAbsent: kindAbsent ? 1 : 0,
    countedApart: question.counted !== undefined && resolved.some((r) => r.word.term === question.counted) && !resolved.some((r) => r.word.term === question.counted && r.alternatives.some((a) => inWindow(a.term))) ? 1 : 0,
    focusApart: resolved.some((r) => r.word.focus) && !resolved.some((r) => r.word.focus && r.alternatives.some((a) => inWindow(a.term))) ? 1 : 0,
    negationUnmatched: question.negates && !NEGATION.test(windowText) ? 1 : 0,
    margin,
    coverageLead: Math.max(-1, Math.min(1, best.features.coverage - otherCoverage)),
    tellingWords: Math.log(1 + telling.length) / Math.log(10),
    specificApart: specific.length ? specific.filter(({ r }) => !windowHas(r)).length / specific.length : 0,
    topicShare: telling.length ? (telling.length - specific.length) / telling.length : 0,
    figureBesideAsked: figureBesideAsked(question, resolved, best) ? 1 : 0,
    nameReplaced: nameReplaced(resolved, best) ? 1 : 0,
  };
}

/** A name of the question is not in the window, and the window names something else that is no place. */
export function nameReplaced(resolved: readonly ResolvedWord[], best: JudgedCandidate): boolean {
  const names = resolved.map((r, w) => ({ r, w })).filter(({ r }) => r.word.isName && !r.word.implied);
  if (!names.some(({ w }) => !best.windowMatched[w])) return false;
  const asked = new Set(resolved.flatMap((r) => [r.word.term, ...r.alternatives.map((a) => a.term)]));
  return windowOf(best).some((n) => {
    const facts = best.index.facts[n]!;
    return facts.names.some((name) => !asked.has(name) && !facts.places.includes(name));
  });
}

/** The word is written, as typed or close to it, in more than TOPIC_SHARE of the article's sentences. */
export function isTopicWord(index: ArticleIndex, r: ResolvedWord): boolean {
  const sentences = index.facts.length;
  if (sentences < TOPIC_MIN_SENTENCES) return false;
  const written = r.alternatives.filter((a) => LITERAL.has(a.kind));
  return written.some((a) => index.frequency(a.term) > TOPIC_SHARE * sentences);
}

/**
 * A figure of the kind asked for, in the best sentence, with what is asked about within FIGURE_REACH
 * words of it: the counted word of "how many X", or else a telling word of the question that is no name.
 */
export function figureBesideAsked(question: AnalysedQuestion, resolved: readonly ResolvedWord[], best: JudgedCandidate): boolean {
  const wanted = KIND_FIGURES[question.kind];
  if (!wanted.length) return false;
  // "How many X" asks for a count of X; other questions for a figure of whatever they name.
  const askedWords = resolved.filter((r) => (question.counted ? r.word.term === question.counted : isTelling(r) && !r.word.isName));
  const asked = new Set(askedWords.flatMap((r) => [r.word.term, ...r.alternatives.filter((a) => a.kind !== 'related').map((a) => a.term)]));
  const text = best.index.article.text;
  const sentence = best.index.article.sentences[best.id]!;
  return best.index.figuresIn(best.id + 1).some((figure) => {
    if (!wanted.includes(figure.kind)) return false;
    const before = tokenize(text.slice(Math.max(sentence.start, figure.start - FIGURE_REACH_CHARS), figure.start)).slice(-FIGURE_REACH);
    const after = tokenize(text.slice(figure.end, Math.min(sentence.end, figure.end + FIGURE_REACH_CHARS))).slice(0, FIGURE_REACH);
    return [...before, ...after].some((token) => token.term !== undefined && asked.has(token.term));
  });
}
