/**
 * Stage 1, retrieve: which sentences could answer. The question's words are resolved against each
 * article (resolve.ts): the word itself, an acronym, a corrected spelling, or a related word, each
 * with a weight showing how sure the match is. BM25 over sentences, plus every sentence of the best
 * paragraph, gives a pool of candidates, and each candidate gets the features the ranker reads: the
 * share of the question covered, the paragraph around it, word pairs kept together, and whether it
 * holds the kind of answer asked for (a number for "how many", a year for "when").
 */
import { AGED_OPENING, GIVES_CAUSE, nameBeforeAge, PERSONAL_PRONOUNS, type ArticleIndex, type ScoredIds } from '../search-index.ts';
import type { LibraryIndex } from '../library-index.ts';
import { WordScores } from '../word-scores.ts';
import { KIND_FIGURES, NAME_KINDS, namesThingItMentions, type AnalysedQuestion, type AnswerKind, type Naming } from '../question.ts';
import { isDictionaryWord, isPersonNoun, isPlaceName } from '../lexicon.ts';
import { isMeasureOf, type Dimension } from '../figures.ts';
import { sentenceTokens, termOf, type Token } from '../terms.ts';
import { aliases, aliasOf } from '../aliases.ts';
import { reportsSpeech, reportsSpeechBy } from '../speakers.ts';
import { isLightWord, isMentioned, isTelling, looseTerms, NAME_WEIGHT, resolveWord, type ResolvedWord, type SpellingCorrector } from '../resolve.ts';
import type { CandidateFeatures } from '../ranker.ts';
import type { Figure } from '../types.ts';
import { startsWithCapital } from '../characters.ts';

/** Candidates rescored by the ranker, best by BM25 first. */
export const RERANK_DEPTH = 12;
/** Paragraphs whose every sentence is a candidate, best by paragraph BM25 first. */
export const PARAGRAPH_DEPTH = 1;
/** How far, in sentences, a pronoun may refer back, and how much such a match counts. */
export const PRONOUN_REACH = 3;
export const PRONOUN_WEIGHT = 0.7;
/** What the article's subject counts for in a sentence calling it "the group", and the share of paragraphs that makes a name its subject. */
export const DESCRIBED_WEIGHT = 0.5;
export const SUBJECT_SHARE = 0.4;
/** How many sentences giving the kind of figure asked for join the candidates of a question that names nothing else. */
export const KIND_ALONE_CANDIDATES = 3;
/** What the word asking for a measure ("warm", "far") counts for in a sentence giving that measure. */
export const MEASURE_WEIGHT = 0.7;
/** Articles ranked in full for a question asked of a whole library. */
export const ROUTED_ARTICLES = 4;
/** How many characters after an age the person it belongs to may be named ("a 71-year-old man in Port St. Joe"). */
const AGE_NAME_REACH = 25;
export const NO_TERMS: ReadonlySet<string> = new Set();

/** A sentence that could answer, with what the ranker and the judge read of it. */
export interface Candidate {
  index: ArticleIndex;
  /** The sentence's position in the article (0-based). */
  id: number;
  features: CandidateFeatures;
  /** The question's words as this candidate's article resolved them. */
  resolved: ResolvedWord[];
  /** For each question word: found in the sentence / in the sentence or one it leans on. */
  matched: boolean[];
  windowMatched: boolean[];
  /** For each question word, the strongest of its forms the sentence itself writes (-1: none). */
  formRank: Int32Array;
}

export interface ArticleRanking {
  index: ArticleIndex;
  resolved: ResolvedWord[];
  candidates: Candidate[];
}

/**
 * The candidates of the articles asked of (the articles routed to, when asked of the whole library).
 * Across articles, one that knows every name asked about beats one that lacks some.
 */
export function retrieve(library: LibraryIndex, question: AnalysedQuestion, scope: readonly ArticleIndex[], wholeLibrary: boolean): ArticleRanking[] {
  const routed = wholeLibrary ? routeToArticles(library, question) : scope;
  const ranked = routed.map((index) => rankArticle(index, question, library));
  if (ranked.length === 1) return ranked;
  return ranked.some(knowsNames) ? ranked.filter(knowsNames) : ranked;
}

/** Every name the question gives is in the article, and every word no dictionary holds ("velorimab" typed lower-case) too. */
function knowsNames(ranking: ArticleRanking): boolean {
  return ranking.resolved.every((w) => w.alternatives.length > 0 || !(w.word.isName || isCoinedWord(w.word.raw)));
}

/** A word of letters no dictionary holds: a brand, a drug, a name typed in lower case. */
function isCoinedWord(raw: string): boolean {
  return raw.length >= 4 && /^\p{L}+$/u.test(raw) && !isDictionaryWord(raw) && !isLightWord(raw);
}

/**
 * With many articles, only those sharing the question's rarest words are ranked in full: a word
 * found in few articles says more about which article is meant than one found in all of them. The
 * library's index lists the articles holding each word, so routing costs the same however many
 * articles are loaded.
 */
function routeToArticles(library: LibraryIndex, question: AnalysedQuestion): readonly ArticleIndex[] {
  const all = library.indexes;
  if (all.length <= ROUTED_ARTICLES) return all;
  const scores = new Float64Array(all.length);
  const matching: number[] = [];
  const credit = (term: string, weight: number): boolean => {
    const holders = library.articlesWith(term);
    const idf = Math.log(1 + all.length / holders.length);
    for (const at of holders) {
      if (scores[at] === 0) matching.push(at);
      scores[at]! += weight * idf;
    }
    return holders.length > 0;
  };
  for (const word of question.words) {
    // Names say most about which article is meant.
    const weight = word.isName ? NAME_WEIGHT * 2 : 1;
    let found = false;
    for (const term of [word.term, word.raw.toUpperCase(), aliasOf(word.term) ?? []].flat()) found = credit(term, weight) || found;
    // A word no article writes as typed is looked for as it was probably meant: corrected, or reworded.
    if (!found) for (const loose of looseTerms(word, library)) credit(loose.term, weight * loose.weight);
  }
  matching.sort((a, b) => scores[b]! - scores[a]! || a - b);
  // Nothing anywhere comes near the question: any article will say so.
  return (matching.length ? matching.slice(0, ROUTED_ARTICLES) : [0]).map((at) => all[at]!);
}

/** Reused by every article and question: ranking is synchronous and nothing keeps them past it. */
const SENTENCE_SCORES = new WordScores();
const PARAGRAPH_SCORES = new WordScores();

/** The article's candidate pool, each candidate with its features, in pool order (best by BM25 first). */
export function rankArticle(index: ArticleIndex, question: AnalysedQuestion, spelling: SpellingCorrector): ArticleRanking {
  // Loops rather than closures, here and in what it calls: every question ranks every article it asks.
  const resolved: ResolvedWord[] = [];
  for (const word of question.words) resolved.push(resolveWord(index, word, spelling));
  const wordCount = resolved.length;
  const sentenceScores = SENTENCE_SCORES.reset(index.facts.length, wordCount);
  const paragraphScores = PARAGRAPH_SCORES.reset(index.article.paragraphs.length, wordCount);
  for (let w = 0; w < wordCount; w++) {
    const { word, wording, alternatives } = resolved[w]!;
    for (const alternative of alternatives) {
      const weight = alternative.weight * wording;
      // "Who won?" is not met by the "Defeat" of "the Global Coalition to Defeat ISIS": a paraphrase
      // meets a word only where the sentence does not write it as part of a name.
      if (!word.isName && (alternative.kind === 'synonym' || alternative.kind === 'related')) accumulateOutsideNames(sentenceScores, index, alternative.term, w, weight);
      else accumulate(sentenceScores, index.sentenceScores(alternative.term), w, weight);
      accumulate(paragraphScores, index.paragraphScores(alternative.term), w, weight);
    }
  }
  creditSpeakers(index, resolved, sentenceScores);
  carryNamesForward(index, resolved, sentenceScores);
  creditDescribedNames(index, resolved, sentenceScores);
  if (question.measures) creditMeasures(index, resolved, sentenceScores, question.measures);
  let importanceSum = 0;
  for (const r of resolved) importanceSum += r.importance;
  const totalImportance = importanceSum || 1;
  const pool: { id: number; base: number }[] = [];
  const inPool = new Set<number>();
  for (const { id, total } of sentenceScores.best(RERANK_DEPTH)) {
    pool.push({ id, base: total });
    inPool.add(id);
  }
  // The answer may share no word with the question while its paragraph shares many ("at Levi's Stadium"
  // after a sentence naming the game), so the sentences of the best paragraphs are candidates too.
  for (const { id: paragraph } of paragraphScores.best(PARAGRAPH_DEPTH)) {
    for (const id of index.paragraphSentences[paragraph] ?? []) {
      if (!inPool.has(id)) pool.push({ id, base: sentenceScores.total(id) });
      inPool.add(id);
    }
  }
  // "What was the final score?" names nothing but the kind of answer: the article's first sentences giving one are candidates too.
  if (asksKindAlone(question, resolved)) {
    let added = 0;
    for (let id = 0; id < index.facts.length && added < KIND_ALONE_CANDIDATES; id++) {
      if (inPool.has(id) || !kindMatches(question.kind, index.facts[id]!, NO_TERMS, index.article.sentences[id]!.text, question.lengthToo)) continue;
      pool.push({ id, base: sentenceScores.total(id) });
      inPool.add(id);
      added++;
    }
  }
  const topBase = pool[0]?.base ?? 1;
  // Only an answer given by a name is told from the question's own words (`kindMatches`).
  const questionTerms = NAME_KINDS.has(question.kind) ? termsOf(resolved) : NO_TERMS;
  const uses = usesByTerm(index, resolved);
  let rarest = 0;
  let missingNames = 0;
  const askedNameWords: number[] = [];
  for (let w = 0; w < wordCount; w++) {
    const { word, importance, alternatives } = resolved[w]!;
    if (importance > (resolved[rarest]?.importance ?? -1)) rarest = w;
    if (word.isName && !alternatives.length) missingNames++;
    if (word.isName && !word.implied && !word.owner) askedNameWords.push(w);
  }
  const askedNames = askedNameTerms(resolved);
  // "How old is Blinken?" asks Blinken's age: ages in his quotations are other people's.
  const agesSomeoneNamed = question.kind === 'age' && asksAgeOfName(question, resolved);
  const candidates: Candidate[] = [];
  for (const { id, base } of pool) {
    const facts = index.facts[id]!;
    const leaned = leanedOn(index, id);
    const matched = new Array<boolean>(wordCount);
    const windowMatched = new Array<boolean>(wordCount);
    let windowShare = 0;
    for (let w = 0; w < wordCount; w++) {
      const here = sentenceScores.get(id, w) > 0;
      let near = here;
      for (let k = 0; !near && k < leaned.length; k++) near = sentenceScores.get(leaned[k]!, w) > 0;
      matched[w] = here;
      windowMatched[w] = near;
      if (near) windowShare += resolved[w]!.importance;
    }
    const match = matchSentence(wordCount, matched, uses, facts.termIds);
    let coverage = 0;
    for (let w = 0; w < wordCount; w++) {
      const r = resolved[w]!;
      if (matched[w]) coverage += r.importance * (r.alternatives[match.formRank[w]!]?.weight ?? 1);
    }
    const holdsKind =
      (question.measures === 'speed' || kindMatches(question.kind, facts, questionTerms, index.article.sentences[id]!.text, question.lengthToo)) &&
      (question.kind !== 'age' || ageOfAsked(index, id, askedNames, agesSomeoneNamed)) &&
      (question.measures === undefined || givesMeasureOf(index, id, question.measures));
    const features: CandidateFeatures = {
      bm25: base / totalImportance,
      relativeBm25: base / topBase,
      coverage: coverage / totalImportance,
      windowCoverage: windowShare / totalImportance,
      paragraph: paragraphScores.total(facts.paragraph) / totalImportance,
      kindMatch: KIND_FIGURES[question.kind].length && holdsKind ? 1 : 0,
      nameMatch: NAME_KINDS.has(question.kind) && holdsKind ? 1 : 0,
      reasonMatch: question.kind === 'reason' && holdsKind ? 1 : 0,
      asksKind: question.kind === 'other' ? 0 : 1,
      pairs: match.pairs,
      novelty: Math.min(10, match.otherTerms) / 10,
      length: Math.log1p(facts.terms.length),
      missingNames,
      proximity: match.proximity,
      previousCoverage: neighbourShare(index, sentenceScores, resolved, id, id - 1) / totalImportance,
      nextCoverage: neighbourShare(index, sentenceScores, resolved, id, id + 1) / totalImportance,
      opensParagraph: index.facts[id - 1]?.paragraph === facts.paragraph ? 0 : 1,
      rarestMatched: matched[rarest] ? 1 : 0,
      namesMissed: askedNameWords.length ? countUnmatched(askedNameWords, windowMatched) / askedNameWords.length : 0,
    };
    candidates.push({ index, id, features, resolved, matched, windowMatched, formRank: match.formRank });
  }
  return { index, resolved, candidates };
}

/**
 * The question's words only say what kind of figure is wanted ("what was the final score?"): the
 * article's own subject is what it asks about, and the first sentence giving that kind answers.
 */
export function asksKindAlone(question: AnalysedQuestion, resolved: readonly ResolvedWord[]): boolean {
  if (!KIND_FIGURES[question.kind].length || !resolved.length || !resolved.every((r) => r.word.focus || r.word.implied)) return false;
  // "How heavy is he?" is about someone the question does not name, not about the article's subject.
  return !standInPronoun(question);
}

/**
 * The pronoun a question stands on for someone or something it does not name: "he", "she", "they",
 * or an "it" of which no measurement is asked ("how far down is it", "how hot was it" measure the
 * article's subject, or the weather, while "how big is it" may be about anything).
 */
export function standInPronoun(question: AnalysedQuestion): Token | undefined {
  return question.tokens.find((token) => PERSONAL_PRONOUNS.has(token.raw.toLowerCase()) || (/^it$/i.test(token.raw) && question.measures === undefined));
}

/** Every term the question's words were typed or resolved as. */
function termsOf(resolved: readonly ResolvedWord[]): Set<string> {
  const terms = new Set<string>();
  for (const r of resolved) {
    terms.add(r.word.term);
    for (const a of r.alternatives) terms.add(a.term);
  }
  return terms;
}

/** How many of the words (by position) are not matched. */
function countUnmatched(words: readonly number[], matched: readonly boolean[]): number {
  let unmatched = 0;
  for (const w of words) if (!matched[w]) unmatched++;
  return unmatched;
}

/** The importance of the question words found in `other`, a sentence of the same paragraph as `id` (0 otherwise). */
function neighbourShare(index: ArticleIndex, sentenceScores: WordScores, resolved: ResolvedWord[], id: number, other: number): number {
  if (index.facts[other]?.paragraph !== index.facts[id]!.paragraph || !sentenceScores.has(other)) return 0;
  let share = 0;
  for (let w = 0; w < resolved.length; w++) if (sentenceScores.get(other, w) > 0) share += resolved[w]!.importance;
  return share;
}

interface TermUse {
  word: number;
  /** Its place among the word's forms, strongest first. */
  rank: number;
}

/**
 * Which question words (by position), as which of their forms, each term stands for, by the term's
 * number in the article (`ArticleIndex.termId`): every term of every candidate is looked up, and a
 * number is read from an array where a string would be hashed.
 */
interface TermUses {
  /** Per term number, its place in `lists`, or -1. */
  slots: Int32Array;
  lists: TermUse[][];
}
/** Kept from one question to the next, sized to the largest article; only the slots given are cleared. */
let termSlots = new Int32Array(0);
let slotted: number[] = [];

function usesByTerm(index: ArticleIndex, resolved: ResolvedWord[]): TermUses {
  for (const number of slotted) termSlots[number] = -1;
  if (termSlots.length < index.termCount) termSlots = new Int32Array(index.termCount).fill(-1);
  slotted = [];
  const lists: TermUse[][] = [];
  for (let word = 0; word < resolved.length; word++) {
    const { alternatives } = resolved[word]!;
    for (let rank = 0; rank < alternatives.length; rank++) {
      const number = index.termId(alternatives[rank]!.term);
      if (number < 0) continue;
      let slot = termSlots[number]!;
      if (slot < 0) {
        slot = termSlots[number] = lists.length;
        lists.push([]);
        slotted.push(number);
      }
      lists[slot]!.push({ word, rank });
    }
  }
  return { slots: termSlots, lists };
}

interface SentenceMatch {
  /** Share of the question's consecutive word pairs that stand side by side (either order) in the sentence. */
  pairs: number;
  /** Terms of the sentence that are none of the question's. */
  otherTerms: number;
  /** Matched words per word of the span they occupy (1 when side by side). */
  proximity: number;
  /** For each question word, the strongest of its forms found in the sentence (-1: none). */
  formRank: Int32Array;
}

/** Everything the ranker reads off the sentence's terms, in one pass over them. */
let firstAtScratch = new Int32Array(64);
let pairFoundScratch = new Uint8Array(64);

function matchSentence(wordCount: number, matched: readonly boolean[], uses: TermUses, termIds: Int32Array): SentenceMatch {
  const formRank = new Int32Array(wordCount).fill(-1);
  // Scratch rows, reused from one candidate to the next (only the first `wordCount` cells count).
  if (firstAtScratch.length < wordCount) {
    firstAtScratch = new Int32Array(wordCount);
    pairFoundScratch = new Uint8Array(wordCount);
  }
  const firstAt = firstAtScratch.fill(-1, 0, wordCount);
  const pairFound = pairFoundScratch.fill(0, 0, wordCount);
  let otherTerms = 0;
  let previous: TermUse[] | undefined;
  const { slots, lists } = uses;
  for (let at = 0; at < termIds.length; at++) {
    const slot = slots[termIds[at]!]!;
    const current = slot >= 0 ? lists[slot] : undefined;
    if (!current) {
      otherTerms++;
      previous = undefined;
      continue;
    }
    for (const { word, rank } of current) {
      if (formRank[word] === -1 || rank < formRank[word]!) formRank[word] = rank;
      if (matched[word] && firstAt[word] === -1) firstAt[word] = at;
      if (previous) for (const left of previous) if (Math.abs(left.word - word) === 1) pairFound[Math.min(left.word, word)] = 1;
    }
    previous = current;
  }
  let pairs = 0;
  for (let w = 0; w + 1 < wordCount; w++) pairs += pairFound[w]!;
  let first = Infinity;
  let last = -1;
  let distinct = 0;
  for (let w = 0; w < wordCount; w++) {
    const at = firstAt[w]!;
    if (at < 0 || firstAt.indexOf(at) < w) continue;
    distinct++;
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  return {
    pairs: wordCount < 2 ? 0 : pairs / (wordCount - 1),
    otherTerms,
    proximity: distinct < 2 ? distinct : distinct / (last - first + 1),
    formRank,
  };
}

/** Keeps, for question word `w`, the best weighted score each sentence (or paragraph) gets from any of its forms. */
function accumulate(scores: WordScores, scored: ScoredIds, w: number, weight: number): void {
  for (let i = 0; i < scored.ids.length; i++) scores.raise(scored.ids[i]!, w, scored.scores[i]! * weight);
}

/** As `accumulate`, for the sentences that do not write `term` in a name. */
function accumulateOutsideNames(scores: WordScores, index: ArticleIndex, term: string, w: number, weight: number): void {
  const scored = index.sentenceScores(term);
  for (let i = 0; i < scored.ids.length; i++) {
    const id = scored.ids[i]!;
    if (!index.facts[id]!.names.includes(term)) scores.raise(id, w, scored.scores[i]! * weight);
  }
}

/** A quotation answers "what did Blinken say" even when it only says "he said": its speaker counts, at a discount. */
function creditSpeakers(index: ArticleIndex, resolved: ResolvedWord[], sentenceScores: WordScores): void {
  for (let w = 0; w < resolved.length; w++) {
    const r = resolved[w]!;
    if (!r.word.isName) continue;
    for (const alternative of r.alternatives) {
      for (const id of index.speakerSentences.get(alternative.term) ?? []) {
        if (sentenceScores.get(id, w) > 0) continue;
        sentenceScores.raise(id, w, index.idf(alternative.term) * alternative.weight * PRONOUN_WEIGHT);
      }
    }
  }
}

/**
 * "Blinken urged the coalition to deny the terror group new recruits" is about ISIS: a name the
 * question asks about that the article's first paragraph writes counts, at a discount, in a sentence
 * that speaks of "the group", "the company"... without writing the name.
 */
function creditDescribedNames(index: ArticleIndex, resolved: ResolvedWord[], sentenceScores: WordScores): void {
  const lede = index.paragraphSentences[0] ?? [];
  for (let w = 0; w < resolved.length; w++) {
    if (!resolved[w]!.word.isName) continue;
    let inLede = 0;
    let ledeSentence = -1;
    for (const id of lede) {
      const score = sentenceScores.get(id, w);
      if (score > inLede) [inLede, ledeSentence] = [score, id];
    }
    if (!(inLede > 0)) continue;
    // Only the article's subject: a name its title gives, or most paragraphs mention, not one of the
    // two teams of a final; or the name the words call it by ("the project" of "the Desert Bloom Solar
    // Project"). Only the sentences scored so far can have the name: the others need not be looked at.
    let calledAs: string | undefined;
    if (!inTitle(index, resolved[w]!)) {
      const enough = index.article.paragraphs.length * SUBJECT_SHARE;
      const paragraphs = new Set<number>();
      for (const id of sentenceScores.ids) {
        if (sentenceScores.get(id, w) > 0) paragraphs.add(index.facts[id]!.paragraph);
        if (paragraphs.size >= enough) break;
      }
      if (paragraphs.size < enough) {
        calledAs = nameEndingIn(index, ledeSentence, resolved[w]!);
        if (calledAs === undefined) continue;
      }
    }
    for (const id of describingSentences(index)) {
      if (calledAs !== undefined && index.facts[id]!.describedAs !== calledAs) continue;
      if (!(sentenceScores.get(id, w) > 0)) sentenceScores.raise(id, w, inLede * DESCRIBED_WEIGHT);
    }
  }
}

/**
 * The term of the last word of the capitalised name the sentence writes `word` in ("project" for
 * "Bloom" in "the Desert Bloom Solar Project"), when that name ends on a word a sentence may call it by.
 */
function nameEndingIn(index: ArticleIndex, id: number, word: ResolvedWord): string | undefined {
  const tokens = sentenceTokens(index.article.sentences[id]!.text);
  const terms = new Set(word.alternatives.map((a) => a.term));
  const at = tokens.findIndex((t) => t.term !== undefined && terms.has(t.term) && startsWithCapital(t.raw));
  if (at < 0) return undefined;
  let last = at;
  while (last + 1 < tokens.length && startsWithCapital(tokens[last + 1]!.raw) && tokens[last + 1]!.start - tokens[last]!.end === 1) last++;
  const term = last > at ? tokens[last]!.term : undefined;
  return term !== undefined && index.facts.some((facts) => facts.describedAs === term) ? term : undefined;
}

/**
 * "How warm is the planet?" is answered by "around 15 degrees Celsius", "how far is it" by "41
 * light-years": the word asking for the measure is met by a measure of what it asks, in a sentence
 * that never writes the word.
 */
function creditMeasures(index: ArticleIndex, resolved: ResolvedWord[], sentenceScores: WordScores, dimension: Dimension): void {
  for (let w = 0; w < resolved.length; w++) {
    const r = resolved[w]!;
    if (!r.word.focus || r.word.isName) continue;
    for (const figure of index.article.figures) {
      if (!isMeasureOf(figure, dimension)) continue;
      const id = figure.sentence - 1;
      if (!(sentenceScores.get(id, w) > 0)) sentenceScores.raise(id, w, r.importance * MEASURE_WEIGHT);
    }
  }
}

/** The article's title writes the word, in a form the article has ("Hurricane Delia slams Florida"). */
function inTitle(index: ArticleIndex, word: ResolvedWord): boolean {
  for (const alternative of word.alternatives) if (alternative.kind !== 'related' && alternative.kind !== 'synonym' && index.titleTerms.has(alternative.term)) return true;
  return false;
}

const describing = new WeakMap<ArticleIndex, readonly number[]>();

/** The sentences speaking of "the group", "the company"... (`describedAs`), in reading order; found once per article. */
function describingSentences(index: ArticleIndex): readonly number[] {
  let ids = describing.get(index);
  if (!ids) {
    ids = index.facts.flatMap((facts, id) => (facts.describedAs !== undefined ? [id] : []));
    describing.set(index, ids);
  }
  return ids;
}

/**
 * "He came to power by uniting the tribes" is about the person named in the sentence before it.
 * Names the question asks about count, at a discount, in the pronoun sentences that follow a
 * sentence naming them within the paragraph.
 */
function carryNamesForward(index: ArticleIndex, resolved: ResolvedWord[], sentenceScores: WordScores): void {
  const names: number[] = [];
  for (let w = 0; w < resolved.length; w++) if (resolved[w]!.word.isName) names.push(w);
  if (!names.length) return;
  for (const id of sentenceScores.idsInOrder()) {
    const paragraph = index.facts[id]!.paragraph;
    for (let next = id + 1, step = 0; step < PRONOUN_REACH; next++, step++) {
      const facts = index.facts[next];
      if (!facts || facts.paragraph !== paragraph || !facts.refersBack) break;
      for (const w of names) {
        const carried = sentenceScores.get(id, w);
        if (!(carried > 0) || sentenceScores.get(next, w) > 0) continue;
        sentenceScores.raise(next, w, carried * PRONOUN_WEIGHT);
      }
    }
  }
}

/**
 * Sentences an answer may lean on: its neighbours in the paragraph, and the sentence before it when
 * it opens its paragraph speaking of "he" or "they" ("“It just can’t persist,” he said.").
 */
export function leanedOn(index: ArticleIndex, id: number): number[] {
  const near = neighbours(index, id);
  const facts = index.facts[id]!;
  const previous = index.facts[id - 1];
  if (facts.refersBack && previous && previous.paragraph !== facts.paragraph) near.unshift(id - 1);
  return near;
}

/** The sentence and the sentences it leans on: the passage an answer there stands in. */
export function passageOf(index: ArticleIndex, id: number): number[] {
  return [id, ...leanedOn(index, id)];
}

function neighbours(index: ArticleIndex, id: number): number[] {
  const paragraph = index.facts[id]!.paragraph;
  const near: number[] = [];
  if (index.facts[id - 1]?.paragraph === paragraph) near.push(id - 1);
  if (index.facts[id + 1]?.paragraph === paragraph) near.push(id + 1);
  return near;
}

const REASON_WORDS = /\b(?:because|due to|amid|owing to|in order to|so that|as a result|since|after|for fear)\b/i;

/**
 * "How old is Melnyk?": when the sentence names someone asked about, one of its ages must be theirs:
 * the run of capitalised words just before it names them ("Melnyk, 21,", "Calder Chief Executive
 * Raymond Okafor, 57," for "the CEO of Calder"), or no name comes before it and theirs follows closely
 * ("a 71-year-old man in Port St. Joe"). "Melnyk's coach, Andriy Koval, 45," is Koval's age. A
 * sentence naming no one asked about keeps any age it has, unless the question asks the age of
 * someone it names (`mustName`: "How old is Blinken?" is not answered by the ages he spoke of).
 */
function ageOfAsked(index: ArticleIndex, id: number, askedNames: ReadonlySet<string>, mustName: boolean): boolean {
  const sentence = index.article.sentences[id]!;
  const tokens = sentenceTokens(sentence.text);
  // "How old is the CEO?" asks about the words "Chief executive" of "Chief executive Rebecca Lindqvist, 54".
  const aliased = new Set(aliases(tokens).flatMap((a) => (askedNames.has(a.alias) ? a.covers : [])));
  const asked = (t: Token) => t.term !== undefined && (askedNames.has(t.term) || aliased.has(t.term));
  if (agedAfterNaming(index, id, askedNames)) return true;
  // "How old is the new state chess champ?" names no one whose age it asks: names it shares with the
  // sentence ("Minnesota State Chess Championship") are not the person the age belongs to.
  if (!mustName) return true;
  if (!tokens.some(asked)) return false;
  // A capital opening the sentence ("Among the dead...") is no name unless it is one asked about.
  const names = tokens.filter((t, i) => t.term !== undefined && startsWithCapital(t.raw) && (i > 0 || asked(t)));
  return index.figuresIn(sentence.index).some((figure) => {
    if (figure.kind !== 'age') return false;
    const [start, end] = [figure.start - sentence.start, figure.end - sentence.start];
    // The whole run of capitalised words before it, with the roles among them: "Calder Chief Executive
    // Officer Raymond Okafor, 57", "Rovers manager Elaine Corrigan, 47".
    const run: Token[] = [];
    // Only a name right before the age, as in "Okafor, 57": "Vestergaard finished second, while 31-year-old
    // Luca Ferraresi..." gives Ferraresi's age, after it.
    const nearest = nameBeforeAge(names, sentence.text, start);
    for (let i = nearest ? tokens.indexOf(nearest) : -1; i >= 0; i--) {
      const t = tokens[i]!;
      if (run.length && run.at(-1)!.start - t.end > 1) break;
      if (!names.includes(t) && !(run.length && /^\p{Ll}/u.test(t.raw) && isPersonNoun(t.raw))) break;
      run.push(t);
    }
    if (run.length) return run.some(asked);
    return names.some((t) => asked(t) && t.start >= end && t.start - end <= AGE_NAME_REACH);
  });
}

/** "Ruth Chepkemoi won... The 24-year-old pulled away": the sentence opens on the age of someone the sentence before names. */
export function agedAfterNaming(index: ArticleIndex, id: number, names: ReadonlySet<string>): boolean {
  return id > 0 && AGED_OPENING.test(index.article.sentences[id]!.text) && namedFirst(index.article.sentences[id - 1]!.text, names);
}

/**
 * The sentence names one of `names` before anyone else: "The 27-year-old..." after "Britain's Thomas
 * Ashworth finished fifth, 1:22 down on Ríos" is Ashworth, not Ríos. Datelines and agencies in
 * capitals ("LONDON (AP) —"), places, and a sentence's (or dash's) opening word are nobody.
 */
function namedFirst(text: string, names: ReadonlySet<string>): boolean {
  const tokens = sentenceTokens(text);
  const at = tokens.findIndex((t) => t.term !== undefined && names.has(t.term));
  if (at < 0) return false;
  let first = at;
  while (first > 0 && startsWithCapital(tokens[first - 1]!.raw) && tokens[first]!.start - tokens[first - 1]!.end <= 1) first--;
  for (let i = 0; i < first; i++) {
    const t = tokens[i]!;
    const opening = i === 0 || /[—–-]\s*$/.test(text.slice(tokens[i - 1]!.end, t.start));
    if (t.term !== undefined && startsWithCapital(t.raw) && !opening && t.raw !== t.raw.toUpperCase() && !isPlaceName(t.raw.replace(/['’]s$/, ''))) return false;
  }
  return true;
}

/** The sentence itself (not only its neighbours or its speaker) writes one of `terms`. */
export function writesAny(index: ArticleIndex, id: number, terms: ReadonlySet<string>): boolean {
  return sentenceTokens(index.article.sentences[id]!.text).some((t) => t.term !== undefined && terms.has(t.term));
}

/** The article's terms for the names of the people the question asks about: not Ward in "Ward's father". */
export function askedNameTerms(resolved: ResolvedWord[]): Set<string> {
  const terms = new Set<string>();
  for (const r of resolved) if (r.word.isName && !r.word.owner) for (const a of r.alternatives) terms.add(a.term);
  return terms;
}

/** What `namingOfAskedThing` found of each candidate: a gate and the judge both ask it of the best one. */
const namings = new WeakMap<Candidate, Naming>();

/** "What is the name of the ferry?": whether the candidate names the thing asked about, only mentions it, or neither. */
export function namingOfAskedThing(question: AnalysedQuestion, candidate: Candidate): Naming | undefined {
  if (!question.nameOf) return undefined;
  // A candidate belongs to one question: what it names stays the same.
  let naming = namings.get(candidate);
  if (naming === undefined) {
    const facts = candidate.index.facts[candidate.id]!;
    const asked = new Set(question.words.map((w) => w.term));
    naming = namesThingItMentions(candidate.index.article.sentences[candidate.id]!.text, question.nameOf, asked, facts.names, facts.places, candidate.index.speakingTerms(candidate.id), question.asksSeveral);
    namings.set(candidate, naming);
  }
  return naming;
}

export function kindMatches(kind: AnswerKind, facts: ArticleIndex['facts'][number], questionTerms: ReadonlySet<string>, text: string, lengthToo = false): boolean {
  // "How many years did he serve?": a lone year answers "when", not this (see tellsHowLong).
  if (kind === 'duration') return facts.tellsHowLong || (lengthToo && facts.givesLength);
  const wanted = KIND_FIGURES[kind];
  // Loops rather than closures: asked of every candidate.
  if (wanted.length) {
    for (const k of wanted) if (facts.figureKinds.has(k)) return true;
    return false;
  }
  // "Who" is answered by a name not written as a place: "in Niger and Mali" names nobody.
  if (kind === 'person') {
    for (const n of facts.names) if (!questionTerms.has(n) && !facts.places.includes(n)) return true;
    return false;
  }
  if (kind === 'name' || kind === 'place') {
    for (const n of kind === 'name' ? facts.names : facts.places) if (!questionTerms.has(n)) return true;
    return false;
  }
  // "attributed to a spike in steel prices", "caused by flooding": a cause the index records is a reason too.
  if (kind === 'reason') return REASON_WORDS.test(text) || facts.terms.includes(GIVES_CAUSE);
  return false;
}

/** A year as a figure gives it: 2019 as a number, a month or a day of one from its year ("2024-08", "2024-08-15"). */
function yearOfFigure(figure: Figure): number | undefined {
  return typeof figure.value === 'number' ? figure.value : typeof figure.value === 'string' && /^\d{4}(?:-|$)/.test(figure.value) ? Number(figure.value.slice(0, 4)) : undefined;
}

/** Where a time lies from the article's own: "two years ago", "in 2019" of a 2021 article are before; "next spring", "in 2030" after. */
function timeFromArticle(figure: Figure, articleYear: number | undefined): 'before' | 'after' | 'unknown' {
  if (/\b(?:ago|last|yesterday)\b/i.test(figure.text)) return 'before';
  if (/\b(?:next|coming|tomorrow|upcoming)\b/i.test(figure.text)) return 'after';
  const year = yearOfFigure(figure);
  if (articleYear === undefined || year === undefined || year === articleYear) return 'unknown';
  return year < articleYear ? 'before' : 'after';
}

/** The times (dates, years, days, times of day) the candidate's sentence gives. */
function timesIn(candidate: Candidate): Figure[] {
  return candidate.index.figuresIn(candidate.id + 1).filter((f) => KIND_FIGURES.time.includes(f.kind));
}

/** Every time the sentence gives lies on one side of the article's own, and it gives some. */
export function givesOnlyTimes(candidate: Candidate, side: 'before' | 'after'): boolean {
  const times = timesIn(candidate);
  const year = candidate.index.article.meta.year;
  return times.length > 0 && times.every((f) => timeFromArticle(f, year) === side);
}

/** The sentence (id) gives a measurement of that kind: "how heavy" wants kilograms or pounds, not kilometres or dollars. */
export function givesMeasureOf(index: ArticleIndex, id: number, dimension: Dimension): boolean {
  // "How fast can the barrier go up?" is answered by how long it takes: "raised in 20 minutes".
  return index.figuresIn(index.article.sentences[id]!.index).some((figure) => isMeasureOf(figure, dimension) || (dimension === 'speed' && figure.kind === 'duration'));
}

/** "How old is Blinken?", "how old is antony blinken": the age of someone the article names, not of anyone. */
function asksAgeOfName(question: AnalysedQuestion, resolved: ResolvedWord[]): boolean {
  const subject = question.asksAgeOf;
  return subject !== undefined && resolved.some((r) => r.word.raw === subject && r.word.isName);
}

/**
 * Every word naming the speaker asked about (or a short form standing for it, "CEO") is in or next to
 * the sentence. Not a word the article has only relatives of: "the governor" is not named by "had not
 * ruled anything out".
 */
export function speakerNamedNear(candidate: Candidate, resolved: ResolvedWord[]): boolean {
  // Loops rather than closures: this is asked of every question, and most name no speaker.
  for (let w = 0; w < resolved.length; w++) {
    const r = resolved[w]!;
    if (!r.word.speaker || !isTelling(r) || (candidate.windowMatched[w] && isMentioned(r))) continue;
    let coveredNear = false;
    for (let o = 0; o < resolved.length && !coveredNear; o++) {
      const other = resolved[o]!;
      coveredNear = other.word.implied?.includes(r.word.term) === true && Boolean(candidate.windowMatched[resolved.indexOf(other)]);
    }
    if (!coveredNear) return false;
  }
  return true;
}

/**
 * "What did Haaland say?" is not answered by "Haaland opened the scoring": a sentence naming the
 * speaker asked about answers only if someone's words are reported in it, or it is their own words.
 */
export function speaksAsAsked(candidate: Candidate): boolean {
  // Most questions name no speaker: the sentence is read only for those that do.
  if (!candidate.resolved.some(namesAskedSpeaker)) return true;
  const sentence = candidate.index.article.sentences[candidate.id]!;
  if (sentence.speaker !== undefined) return quotesAskedSpeaker(candidate) || candidate.resolved.some((r) => namesAskedSpeaker(r) && reportsSpeechBy(sentence.text, r.word.raw));
  if (!reportsSpeech(sentence.text)) return false;
  // "Prosecutors did not say whether they would retry", after a sentence naming Voss: the words
  // reported are Voss's only if the sentence names him too, or speaks of a "he" or "she" who may be him.
  return candidate.resolved.every((r, w) => !namesAskedSpeaker(r) || candidate.formRank[w]! >= 0) || SINGULAR_PERSON.test(sentence.text);
}

const SINGULAR_PERSON = /\b(?:he|she)\b/i;

/** "mayor" in "What did the mayor say?", "Sorensen" in "What did Sorensen say?": a word of the speaker asked about. */
export function namesSpeaker(r: ResolvedWord): boolean {
  return r.word.speaker === true && isTelling(r);
}

/** "Sorensen" in "What did Sorensen say?": a name of the speaker asked about. */
function namesAskedSpeaker(r: ResolvedWord): boolean {
  return r.word.isName && namesSpeaker(r);
}

/**
 * A quotation answers "What did Sorensen say?" only when Sorensen is its speaker: a neighbour naming
 * her does not make Wieczorek's words hers. Other names asked about must describe the speaker in the
 * quotation's own sentences ("Teravolt's CEO, Michael R. Osei, said", "a spokesman for AEMET").
 */
export function quotesAskedSpeaker(candidate: Candidate): boolean {
  const { index, id } = candidate;
  const sentences = index.article.sentences;
  const speaker = sentences[id]!.speaker;
  if (speaker === undefined) return false;
  const speakerTerms = speaker.split(/\s+/).map(termOf);
  // The sentences one quotation runs over, or that go on quoting the same person.
  let first = id;
  let last = id;
  while (sentences[first - 1]?.speaker === speaker) first--;
  while (sentences[last + 1]?.speaker === speaker) last++;
  return candidate.resolved.every((r) => {
    if (!namesAskedSpeaker(r)) return true;
    return r.alternatives.some(({ term }) => {
      if (speakerTerms.includes(term)) return true;
      for (let n = first; n <= last; n++) if (index.facts[n]!.terms.includes(term)) return true;
      return false;
    });
  });
}

/** A passage that negates, refuses, lacks, stops or sets one thing against another: what a negated question can be answered by. */
const PASSAGE_NEGATES =
  /\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|less|refus\w*|declin\w*|fail\w*|reluctant\w*|unable|lack\w*|den(?:y|ies|ied)|absent|except\w*|instead|rather|only|oppos\w*|suspend\w*|stop\w*|cancel\w*|replac\w*|but|while|whereas|although|however|un\w{4,}|non-?\w+)\b|n['’]t\b/i;

/** The sentence or one it leans on negates something: "Who did not plead guilty?" may be answered there. */
export function negatesNear(index: ArticleIndex, id: number): boolean {
  return passageOf(index, id).some((n) => PASSAGE_NEGATES.test(index.article.sentences[n]?.text ?? ''));
}
