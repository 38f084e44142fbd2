/**
 * Stage 2, rerank: the ranker orders the candidates by what BM25 cannot see, then a few declared
 * rules may promote a runner-up to best, when the top sentence plainly misses what was asked.
 */
import { KIND_FIGURES, type AnalysedQuestion, type AnswerKind, type DateUnit } from '../question.ts';
import { rankingScore } from '../ranker.ts';
import { reportsSpeechBy } from '../speakers.ts';
import type { FigureKind } from '../types.ts';
import { writesTelephoneNumber } from '../figures.ts';
import { sentenceTokens } from '../terms.ts';
import { asksKindAlone, namesSpeaker, negatesNear, quotesAskedSpeaker, speakerNamedNear, type ArticleRanking, type Candidate } from './retrieve.ts';
import { passesProbability, spellsOut } from './judge.ts';
import { countsAskedThing, givesDateUnit, writesPlacing } from './gates.ts';

/** How far down, and how close in coverage, a sentence holding the kind of figure asked for may be promoted from. */
export const RUNNER_UP_DEPTH = 4;
export const RUNNER_UP_COVERAGE = 0.75;
/** How far down a quotation of the speaker asked about ("what did Webb say") may be promoted from. */
export const SPEAKER_DEPTH = 5;
/** Kinds of answer that one kind of figure answers best, though others will do. */
const EXACT_FIGURE: Partial<Record<AnswerKind, FigureKind>> = { duration: 'duration', percent: 'percent' };

export interface ScoredCandidate extends Candidate {
  /** The ranker's score: higher is better. */
  score: number;
}

export interface RerankRule {
  id: string;
  /** When it promotes, in one line. */
  when: string;
  /** The candidate to promote over the top one, if any. */
  promote(ranked: readonly ScoredCandidate[], question: AnalysedQuestion): ScoredCandidate | undefined;
}

/** Tried in order: the first rule that promotes a candidate makes it the best. */
export const RERANK_RULES: readonly RerankRule[] = [
  {
    id: 'prefer-asked-speaker',
    when: '"what did X say": the top sentence does not quote X, one of the next few does',
    promote: (ranked, question) => (question.words.some((w) => w.speaker) ? preferAskedSpeaker(ranked, question) : undefined),
  },
  {
    id: 'prefer-spelled-out',
    when: '"what does NPWS stand for", "what is AEMET": the sentence that writes out what the abbreviation stands for',
    promote: (ranked, question) => (question.abbreviation ? firstSpellingOut(ranked, question.abbreviation) : undefined),
  },
  {
    id: 'prefer-introduction',
    when: '"who is X", "X?" of a name: the sentence that first writes it, where news says who or what it is',
    promote: (ranked, question) => (question.asksWhoNamedIs ? firstNaming(ranked) : undefined),
  },
  {
    id: 'prefer-current-event',
    when: 'a question not about the past: the top sentence opens on a year gone by ("In 2007, a quake killed..."), a close runner-up in the lede does not',
    // Whether the question asks about the past is read only when there is a background year to pass over.
    promote: (ranked, question) => {
      const current = preferCurrentEvent(ranked);
      return current && !question.asksAboutPast ? current : undefined;
    },
  },
  {
    id: 'prefer-placing',
    when: '"who came third": the top sentence writes no third place, a close runner-up does',
    promote: (ranked, question) => (question.placing !== undefined ? preferPlacing(ranked, question.placing) : undefined),
  },
  {
    id: 'prefer-first-of-kind',
    when: '"what was the final score?": a question naming only the kind of figure it wants is answered by the first sentence giving one',
    promote: (ranked, question) => (asksKindAlone(question, ranked[0]?.resolved ?? []) ? firstOfKind(ranked) : undefined),
  },
  {
    id: 'prefer-telephone-number',
    when: '"what is the hotline number": the top sentence gives no telephone number, one of the next few does',
    promote: (ranked, question) => (question.asksTelephoneNumber ? preferTelephoneNumber(ranked) : undefined),
  },
  {
    id: 'prefer-negation',
    when: '"who did not plead guilty": the top sentence negates nothing, a close runner-up does',
    promote: (ranked, question) => (question.negates ? preferNegation(ranked) : undefined),
  },
  {
    id: 'prefer-counted-thing',
    when: '"how many coins": the top sentence counts nothing asked about, a close runner-up counts the coins',
    promote: (ranked, question) => preferCountedThing(ranked, question),
  },
  {
    id: 'prefer-wanted-kind',
    when: '"how old", "how long": the top sentence lacks the figure asked for, a close runner-up has it; "how much": the top sentence only counts things',
    promote: (ranked, question) => preferWantedKind(ranked, question.kind),
  },
  {
    id: 'prefer-date-unit',
    when: '"what\'s the new launch date", "which month": the top sentence gives no such part of a date, a close runner-up does',
    promote: (ranked, question) => (question.dateUnit !== undefined ? preferDateUnit(ranked, question.dateUnit) : undefined),
  },
  {
    id: 'prefer-holder-named',
    when: '"who is the mayor": the top sentence names no one, a close runner-up writes the post beside a name ("Mayor Denise Okafor")',
    promote: (ranked, question) => (question.holderTerm !== undefined ? preferHolderNamed(ranked, question.holderTerm) : undefined),
  },
  {
    id: 'prefer-past-deed',
    when: '"why was the bridge closed": the top sentence tells of the deed still to come ("will be closed again"), a close runner-up of it done',
    promote: (ranked, question) => (question.pastTense && !question.futureTense && question.predicateTerms.length ? preferPastDeed(ranked, question.predicateTerms) : undefined),
  },
  {
    id: 'prefer-reason',
    when: '"why": the top sentence gives no reason, a close runner-up does',
    promote: (ranked, question) => (question.kind === 'reason' ? preferReason(ranked) : undefined),
  },
];

export interface Reranked {
  /** Every candidate, best by the ranker first. */
  ranked: ScoredCandidate[];
  /** The ranker's first, or the candidate a rule promoted; undefined when nothing matched at all. */
  best: ScoredCandidate | undefined;
}

/** Scores the candidates with the ranker, keeping their order among equals. */
export function scoreCandidates(candidates: readonly Candidate[]): ScoredCandidate[] {
  // Written out rather than spread: every candidate keeps one shape, which keeps reading them fast.
  const scored = candidates.map((c) => ({ index: c.index, id: c.id, features: c.features, resolved: c.resolved, matched: c.matched, windowMatched: c.windowMatched, formRank: c.formRank, score: rankingScore(c.features) }));
  return scored.sort((a, b) => b.score - a.score);
}

export function rerank(rankings: readonly ArticleRanking[], question: AnalysedQuestion): Reranked {
  const ranked = scoreCandidates(rankings.flatMap((r) => r.candidates));
  let best = ranked[0];
  for (const rule of RERANK_RULES) {
    const promoted = rule.promote(ranked, question);
    if (promoted) {
      best = promoted;
      break;
    }
  }
  return { ranked, best };
}

/**
 * "What did Webb say about his missed shot?" is answered by Webb's words, not by the sentence
 * about the shot: among the closest few, the first that quotes the speaker asked about wins.
 */
function preferAskedSpeaker(candidates: readonly ScoredCandidate[], question: AnalysedQuestion): ScoredCandidate | undefined {
  const top = candidates[0];
  if (!top || quotesAsked(top)) return undefined;
  // "What did McGovern say about being partners?": his words on partners beat a report of other words of his.
  if (reportsAsked(top)) return speaksOfTopic(top, question) ? undefined : candidates.slice(1, SPEAKER_DEPTH).find((c) => answersAsSpeaker(c) && speaksOfTopic(c, question));
  return candidates.slice(1, SPEAKER_DEPTH).find(answersAsSpeaker);
}

/** The sentence itself writes a word of what the speaker was asked to have said something about; true when nothing was. */
function speaksOfTopic(c: Candidate, question: AnalysedQuestion): boolean {
  const topic = question.saidAbout;
  return !topic || c.resolved.some((r, w) => topic.includes(r.word.term) && !r.word.speaker && c.matched[w] === true);
}

/** The earliest sentence of the top one's article that gives the kind of figure asked for, if not the top one. */
function firstOfKind(candidates: readonly ScoredCandidate[]): ScoredCandidate | undefined {
  return earliestInTopArticle(candidates, (c) => c.features.kindMatch === 1);
}

/** The first sentence of the top one's article that writes out the abbreviation, if not the top one. */
function firstSpellingOut(candidates: readonly ScoredCandidate[], abbreviation: string): ScoredCandidate | undefined {
  return earliestInTopArticle(candidates, (c) => spellsOut(c, abbreviation));
}

/**
 * "Who is Blinken?" is answered where the article first names him ("U.S. Secretary of State Antony
 * Blinken called on..."), not by the sentence that mentions him most tightly ("Blinken closed by...").
 */
function firstNaming(candidates: readonly ScoredCandidate[]): ScoredCandidate | undefined {
  return earliestInTopArticle(candidates, writesEveryName);
}

/** The candidate of the top one's article that comes first in it and `holds`, when that is not the top one. */
function earliestInTopArticle(candidates: readonly ScoredCandidate[], holds: (c: Candidate) => boolean): ScoredCandidate | undefined {
  const top = candidates[0];
  let first: ScoredCandidate | undefined;
  for (const c of candidates) {
    if (c.index !== top?.index || (first && c.id >= first.id) || !holds(c)) continue;
    first = c;
  }
  return first === top ? undefined : first;
}

/** The sentence itself writes every word of the question: in "who is X", the words of the name. */
function writesEveryName(c: Candidate): boolean {
  for (let w = 0; w < c.resolved.length; w++) if (!(c.formRank[w]! >= 0)) return false;
  return true;
}

function quotesAsked(c: Candidate): boolean {
  return c.resolved.some(namesSpeaker) && quotesAskedSpeaker(c) && speakerNamedNear(c, c.resolved);
}

/** Only a quotation that would itself pass as an answer; a weak one would turn an answer into a refusal. */
function answersAsSpeaker(c: Candidate): boolean {
  return quotesAsked(c) && passesProbability(c);
}

/** A sentence reporting the speaker's words without quoting them ("Blinken closed by praising...") answers too. */
function reportsAsked(c: Candidate): boolean {
  return c.resolved.some((r) => r.word.speaker && r.word.isName && reportsSpeechBy(c.index.article.sentences[c.id]!.text, r.word.raw));
}

/** What may come before the year or date a sentence of background opens on: "In", "Back in", "In early". */
const BEFORE_OPENING_YEAR = /^(?:back\s+)?(?:in\s+)?(?:(?:early|late|mid-?)\s*)?$/i;
/** How a year or date figure may open that the sentence is set then: not "since 2011" or "after 2019". */
const OPENING_YEAR_TEXT = /^(?!since|after|before)/i;

/**
 * "How many people were killed?" of a quake story asks about this quake, which its lede reports:
 * where the best sentence is background set in a year gone by and a close runner-up in the first
 * paragraph is not, the runner-up wins.
 */
function preferCurrentEvent(candidates: readonly ScoredCandidate[]): ScoredCandidate | undefined {
  const top = candidates[0];
  if (!top || !opensOnAYear(top)) return undefined;
  return candidates.slice(1, RUNNER_UP_DEPTH).find((c) => c.index.facts[c.id]!.paragraph === 0 && coversNearly(c, top) && !opensOnAYear(c) && passesProbability(c));
}

/**
 * "In 2007, a magnitude 8.0 quake...", "Back in March 2022, ...", "By 2019 ...": a sentence of
 * background, set in a year gone by (before the article's own, when the article gives its year).
 */
function opensOnAYear(c: Candidate): boolean {
  const { article } = c.index;
  const sentence = article.sentences[c.id]!;
  return c.index.figuresIn(c.id + 1).some(
    (f) =>
      (f.kind === 'year' || f.kind === 'date') &&
      OPENING_YEAR_TEXT.test(f.text) &&
      BEFORE_OPENING_YEAR.test(article.text.slice(sentence.start, f.start)) &&
      !(f.kind === 'year' && typeof f.value === 'number' && article.meta.year !== undefined && f.value >= article.meta.year),
  );
}

/**
 * "What is the hotline number?": few sentences give a telephone number, so the first of the closest
 * few that does answers, however little else of the question it shares.
 */
function preferTelephoneNumber(candidates: readonly ScoredCandidate[]): ScoredCandidate | undefined {
  const top = candidates[0];
  if (!top || givesTelephoneNumber(top)) return undefined;
  return candidates.slice(1, RUNNER_UP_DEPTH).find(givesTelephoneNumber);
}

/** The candidate's sentence gives a telephone number. */
export function givesTelephoneNumber(c: Candidate): boolean {
  return writesTelephoneNumber(c.index.article.sentences[c.id]!.text);
}

/** A runner-up that covers the question nearly as well as the top sentence, counting its neighbours. */
function coversNearly(runnerUp: Candidate, top: Candidate): boolean {
  return runnerUp.features.windowCoverage >= top.features.windowCoverage * RUNNER_UP_COVERAGE;
}

/** How much of the top sentence's coverage a runner-up writing the place asked about needs. */
const PLACING_COVERAGE = 0.5;

/** "Who came third in the men's race?" is answered where the third place is written: "Carvalho, 31, was third in 2:06:10". */
function preferPlacing(candidates: readonly ScoredCandidate[], placing: number): ScoredCandidate | undefined {
  const top = candidates[0];
  if (!top || writesPlacing(top, placing)) return undefined;
  // The place is what tells the answer apart: a runner-up writing it need not cover the question as nearly.
  return candidates.slice(1, RUNNER_UP_DEPTH).find((c) => writesPlacing(c, placing) && c.features.windowCoverage >= top.features.windowCoverage * PLACING_COVERAGE);
}

/** "Who did not plead guilty?" is not answered by who did: a close runner-up that negates wins. */
function preferNegation(candidates: readonly ScoredCandidate[]): ScoredCandidate | undefined {
  const top = candidates[0];
  if (!top || negatesNear(top.index, top.id)) return undefined;
  return candidates.slice(1, RUNNER_UP_DEPTH).find((c) => coversNearly(c, top) && negatesNear(c.index, c.id));
}

/**
 * "How many coins were recovered?" is answered by "23 silver coins", not by the sentence counting
 * cannons, nor by one counting nothing: only when every count of the top sentence says what it counts
 * ("two of them" may be the coins).
 */
function preferCountedThing(candidates: readonly ScoredCandidate[], question: AnalysedQuestion): ScoredCandidate | undefined {
  const top = candidates[0];
  if (!top || !question.counted) return undefined;
  const topCounts = top.index.figuresIn(top.id + 1).filter((f) => f.kind === 'count' || f.kind === 'number');
  if (topCounts.some((f) => f.unit === null) || countsAsked(top, question)) return undefined;
  return candidates.slice(1, RUNNER_UP_DEPTH).find((c) => coversNearly(c, top) && countsAsked(c, question));
}

function countsAsked(c: Candidate, question: AnalysedQuestion): boolean {
  return countsAskedThing(question, c.index, c.index.figuresIn(c.id + 1));
}

/** "What's the new launch date?" is answered by "no earlier than April 8", not by "would confirm the new launch date". */
function preferDateUnit(candidates: readonly ScoredCandidate[], unit: DateUnit): ScoredCandidate | undefined {
  const top = candidates[0];
  const gives = (c: Candidate) => c.index.figuresIn(c.id + 1).some((f) => givesDateUnit(f, unit));
  if (!top || gives(top)) return undefined;
  return candidates.slice(1, RUNNER_UP_DEPTH).find((c) => c.features.windowCoverage >= top.features.windowCoverage * DATE_UNIT_COVERAGE && gives(c));
}

/** Least share of the top sentence's coverage a runner-up giving the part of a date asked for must have: the date says most of it. */
const DATE_UNIT_COVERAGE = 0.5;

/**
 * "Why was the bridge closed?" asks about the closing that happened ("was closed in March after
 * inspectors found corrosion"), not the one to come ("will be closed again for one night").
 */
function preferPastDeed(candidates: readonly ScoredCandidate[], predicate: readonly string[]): ScoredCandidate | undefined {
  const top = candidates[0];
  if (!top || deedAhead(top, predicate) !== true) return undefined;
  return candidates.slice(1, RUNNER_UP_DEPTH).find((c) => coversNearly(c, top) && deedAhead(c, predicate) === false);
}

/** Words that put the verb after them in time to come: "will be closed". Not "would", which reported speech puts in the past. */
const AHEAD = /^(?:will|shall|'ll|’ll)$/i;
/** How many words back from the verb such a word may stand: "will be closed", "will not be fully closed". */
const AHEAD_REACH = 3;

/** Whether the sentence writes the question's verb as still to come; undefined when it does not write it. */
function deedAhead(c: Candidate, predicate: readonly string[]): boolean | undefined {
  const tokens = sentenceTokens(c.index.article.sentences[c.id]!.text);
  const at = tokens.findIndex((t) => t.term !== undefined && predicate.includes(t.term));
  if (at < 0) return undefined;
  return tokens.slice(Math.max(0, at - AHEAD_REACH), at).some((t) => AHEAD.test(t.raw));
}

/**
 * "Who is the mayor of Millbrook?" is answered by "Mayor Denise Okafor cut the ribbon", not by the lede
 * naming Millbrook's bridge: when the top sentence names no one the article shows to be a person.
 */
function preferHolderNamed(candidates: readonly ScoredCandidate[], post: string): ScoredCandidate | undefined {
  const top = candidates[0];
  if (!top || namesAPerson(top)) return undefined;
  return candidates.slice(1, RUNNER_UP_DEPTH).find((c) => coversNearly(c, top) && holdsPostNamed(c, post));
}

/** The sentence names someone the article shows to be a person (a speaker, a name beside a post or an age). */
function namesAPerson(c: Candidate): boolean {
  return c.index.facts[c.id]!.names.some((name) => c.index.isPerson(name));
}

/** The sentence writes the post asked about ("mayor") and names someone the article shows to be a person. */
export function holdsPostNamed(c: Candidate, post: string): boolean {
  return c.index.facts[c.id]!.terms.includes(post) && namesAPerson(c);
}

/** "Why are European nations hesitant?" is answered by "reluctant ..., amid concerns about terrorism", not by who is willing. */
function preferReason(candidates: readonly ScoredCandidate[]): ScoredCandidate | undefined {
  const top = candidates[0];
  if (!top || top.features.reasonMatch) return undefined;
  return candidates.slice(1, RUNNER_UP_DEPTH).find((c) => c.features.reasonMatch && coversNearly(c, top));
}

/**
 * "How old are the child soldiers?": among the closest few, the first sentence that holds the kind of
 * figure asked for wins, if it covers the question nearly as well as the best one.
 */
function preferWantedKind(candidates: readonly ScoredCandidate[], kind: AnswerKind): ScoredCandidate | undefined {
  const top = candidates[0];
  const wanted = KIND_FIGURES[kind];
  if (!top || !wanted.length) return undefined;
  if (top.features.kindMatch) {
    // "How much did Blinken pledge?": "10,000 ISIS fighters" counts people, which no "how much" asks;
    // a close runner-up giving a sum, a measure or a share answers it.
    if (kind === 'amount' && countsOnly(top)) return candidates.slice(1, RUNNER_UP_DEPTH).find((c) => !countsOnly(c) && c.features.kindMatch && coversNearly(c, top));
    // "How long will the refit take?": a date ("in October") is a figure of the kind, a duration ("about eight months") is the one asked for.
    const exact = EXACT_FIGURE[kind];
    if (!exact || holdsFigureOf(top, exact)) return undefined;
    return candidates.slice(1, RUNNER_UP_DEPTH).find((c) => holdsFigureOf(c, exact) && coversNearly(c, top));
  }
  // "How old is Katrin Vogel?" is answered by "Vogel, 54," however little else of the question it has.
  return candidates.slice(1, RUNNER_UP_DEPTH).find((c) => c.features.kindMatch && ((kind === 'age' && matchesAName(c)) || coversNearly(c, top)));
}

/** The sentence's only figures of an amount are counts of things it names ("10,000 fighters"). */
function countsOnly(c: Candidate): boolean {
  const amounts = c.index.figuresIn(c.id + 1).filter((f) => KIND_FIGURES.amount.includes(f.kind));
  return amounts.length > 0 && amounts.every((f) => f.kind === 'count' && f.unit !== null);
}

function holdsFigureOf(c: Candidate, kind: FigureKind): boolean {
  return c.index.figuresIn(c.id + 1).some((f) => f.kind === kind);
}

function matchesAName(c: Candidate): boolean {
  return c.resolved.some((r, w) => r.word.isName && c.matched[w]);
}
