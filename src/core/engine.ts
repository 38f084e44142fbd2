/**
 * The answer engine: a question in, an `Answer` out.
 *
 * 1. The question's words are resolved against each article (resolve.ts): the word itself, an
 *    acronym, a corrected spelling, or a related word, each with a weight showing how sure the match is.
 * 2. BM25 over sentences finds candidates; a ranker rescores them with what BM25 cannot see: the
 *    share of the question covered, the paragraph around the sentence, word pairs kept together, and
 *    whether the sentence holds the kind of answer asked for (a number for "how many", a year for "when").
 * 3. The engine decides whether the best sentence really answers, and when it does not, says why
 *    in words: which of the question's names the article never mentions, which words never meet,
 *    or which kind of answer is missing.
 */
import type { ArticleIndex, ScoredIds } from './search-index.ts';
import { LibraryIndex } from './library-index.ts';
import { WordScores } from './word-scores.ts';
import { analyseQuestion, KIND_DESCRIPTIONS, KIND_FIGURES, type AnalysedQuestion, type AnswerKind, type DateUnit } from './question.ts';
import { isInflectedVerb, isPersonNoun } from './lexicon.ts';
import { termOf, tokenize, type Token } from './terms.ts';
import { aliasOf } from './aliases.ts';
import { isLightWord, looseTerms, NAME_WEIGHT, relatedTerms, resolveWord, wordingWeight, type ResolvedWord, type SpellingCorrector } from './resolve.ts';
import { rankingScore, answerProbability, type CandidateFeatures } from './ranker.ts';
import { reportsSpeechBy } from './speakers.ts';
import { judgeAnswers } from './judge.ts';
import { extractFigures } from './figures.ts';
import type { Answer, AnswerSource, Article, AskOptions, Figure, FigureKind, Quote, Sentence } from './types.ts';

export const DEFAULT_QUOTE_LIMIT = 10;
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
/** Least share of the question a sentence must cover when its figure and names vouch for it. */
export const FIGURE_BACKED_COVERAGE = 0.3;
/** Articles ranked in full for a question asked of a whole library. */
export const ROUTED_ARTICLES = 4;
/** How far down, and how close in coverage, a sentence holding the kind of figure asked for may be promoted from. */
export const RUNNER_UP_DEPTH = 4;
export const RUNNER_UP_COVERAGE = 0.75;
/** How far down a quotation of the speaker asked about ("what did Webb say") may be promoted from. */
export const SPEAKER_DEPTH = 5;
/** "How old is Melnyk?", "how old was the CEO": the age of someone the question names. */
const AGE_OF = /\bhow old (?:is|was|are|were) (?:the )?/iu;
/** How many characters after an age the person it belongs to may be named ("a 71-year-old man in Port St. Joe"). */
const AGE_NAME_REACH = 25;
/** Below this probability the engine declines rather than answer. */
export const ANSWER_THRESHOLD = 0.3;

interface Candidate {
  index: ArticleIndex;
  id: number;
  features: CandidateFeatures;
  score: number;
  matched: boolean[];
  windowMatched: boolean[];
}

const SMALL_TALK_REASON = 'That is small talk, not a question about the article.';
const EMPTY_REASON = 'The question is empty. Ask something about the article, for example who said what, how much, or when.';
const NO_WORDS_REASON = 'The question has no words to look for. Ask about something the article might mention: a name, a place, a number, an event.';
const ONLY_NUMBERS_REASON = 'The question is only a number. Ask about it in words (for example “What happened in 2011?”), or list the article’s figures with /figures.';
/** Kinds of answer given by a name rather than a figure. */
const NAME_KINDS: ReadonlySet<AnswerKind> = new Set(['person', 'name', 'place']);
const QUESTION_WORD = /\b(?:what|when|where|who|whom|whose|which|why|how)\b/i;
const NUMBER_WORD = /^(?:\p{N}[\p{N},.]*|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)$/iu;
/** Words a reason names before it just counts the rest. */
const LISTED_WORDS = 6;
/** A word longer than this is cut in a reason: a pasted 10,000-letter "word" is not echoed whole. */
const LISTED_WORD_LENGTH = 40;

export class AnswerEngine {
  readonly articles: readonly Article[];
  private readonly library: LibraryIndex;
  private readonly indexes = new Map<string, ArticleIndex>();

  constructor(articles: readonly Article[]) {
    this.articles = articles;
    this.library = new LibraryIndex(articles);
    for (const index of this.library.indexes) this.indexes.set(index.article.id, index);
  }

  /** Misspellings remembered with their corrections, across every article. */
  get spellingCacheSize(): number {
    return this.library.spellingCacheSize;
  }

  getArticle(id: string): Article | undefined {
    return this.indexes.get(id)?.article;
  }

  /** Every candidate sentence of one article with the features the ranker saw, best first: the engine's own explanation. */
  candidates(question: string, articleId: string): { sentence: Sentence; features: CandidateFeatures; score: number }[] {
    const index = this.indexes.get(articleId);
    if (!index) return [];
    const analysed = analyseQuestion(question);
    return rankArticle(index, analysed, this.library)
      .candidates.sort((a, b) => b.score - a.score)
      .map((c) => ({ sentence: index.article.sentences[c.id]!, features: c.features, score: c.score }));
  }

  ask(question: string, options: AskOptions = {}): Answer {
    const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_QUOTE_LIMIT, 50));
    const analysed = analyseQuestion(typeof question === 'string' ? question : '');
    const scope: readonly ArticleIndex[] = options.article === undefined ? this.library.indexes : [this.indexes.get(options.article)].filter((i): i is ArticleIndex => Boolean(i));
    const decline = (reason: string, quotes: Quote[] = []): Answer => ({ question, answered: false, reason, quotes, answering: 0, figures: [], sources: sourcesOf(quotes, scope, this.indexes) });

    if (scope.length === 0) {
      const known = [...this.indexes.keys()];
      return decline(options.article === undefined ? 'No articles are loaded.' : `There is no article "${options.article}". Loaded: ${known.join(', ') || 'none'}.`);
    }
    if (analysed.smallTalk) return { ...decline(SMALL_TALK_REASON), smallTalk: analysed.smallTalk };
    if (!analysed.text) return decline(EMPTY_REASON);
    if (analysed.words.length === 0) return decline(NO_WORDS_REASON);
    // "$436 million" alone asks where the article gives it; "What was the $436 million for?" asks more.
    if (!QUESTION_WORD.test(analysed.text)) {
      const onlyNumbers = analysed.words.every((w) => NUMBER_WORD.test(w.raw));
      const places = onlyNumbers || /\d/.test(analysed.text) ? placesOfFigure(question, analysed.text, scope, this.indexes, limit) : undefined;
      if (places) return places;
      if (onlyNumbers) return decline(ONLY_NUMBERS_REASON);
    }

    const routed = options.article === undefined ? routeToArticles(this.library, analysed) : scope;
    const ranked = routed.map((index) => rankArticle(index, analysed, this.library));
    // Across articles, one that knows every name asked about beats one that lacks some.
    const knowsNames = (r: ArticleRanking) => r.resolved.every((w) => !w.word.isName || w.alternatives.length > 0);
    const perArticle = ranked.some(knowsNames) ? ranked.filter(knowsNames) : ranked;
    const candidates = perArticle.flatMap((r) => r.candidates).sort((a, b) => b.score - a.score);
    const resolvedFor = (c: Candidate) => perArticle.find((r) => r.index === c.index)!.resolved;
    const quotes = candidates.slice(0, limit).map((c) => toQuote(c, resolvedFor(c)));
    const best = preferAskedSpeaker(candidates, resolvedFor) ?? preferWantedKind(candidates, analysed.kind, resolvedFor);
    if (best && best !== candidates[0]) {
      // The promoted sentence leads the quotes too.
      const at = quotes.findIndex((q) => q.article === best.index.article.id && q.sentence === best.id + 1);
      quotes.unshift(at >= 0 ? quotes.splice(at, 1)[0]! : toQuote(best, resolvedFor(best)));
      quotes.length = Math.min(quotes.length, limit);
    }
    const bestResolved = best ? resolvedFor(best) : perArticle[0]!.resolved;
    const refusal = whyNotAnswered(analysed, bestResolved, best, candidates);
    if (refusal || !best) return decline(refusal ?? nothingMatches(bestResolved), quotes);

    const answering = answeringQuotes(best, quotes, bestResolved);
    const wanted = KIND_FIGURES[analysed.kind];
    // The best sentence's own figure was judged when ranking ("How old is Blinken?" is not answered by
    // the ages of the fighters he spoke of); a neighbour it leans on may hold the figure instead.
    const holdsWanted = best.features.kindMatch === 1 || answering.slice(1).some((q) => best.index.figuresIn(q.sentence).some((f) => wanted.includes(f.kind)));
    // "How many" answered by a sentence without a number is not an answer, however well the words match.
    if (wanted.length && !holdsWanted) return decline(`You asked ${KIND_DESCRIPTIONS[analysed.kind]}.`, quotes);
    // "How many of the 10,000 fighters are French?" is not answered by the sentence giving the 10,000.
    const restated = restatesOnly(analysed, best.index, answering, wanted);
    if (restated) return decline(`The closest passage only gives the figure you asked about (“${restated}”), not the one you asked for.`, quotes);
    // "Which month was the meeting?" is not answered by "on Monday".
    const unit = analysed.dateUnit;
    if (unit && !answering.some((q) => best.index.figuresIn(q.sentence).some((f) => givesDateUnit(f, unit)))) {
      return decline(`You asked for the ${unit === 'day' ? 'date' : unit}, and the closest passage does not give it.`, quotes);
    }
    const miscounted = countsSomethingElse(analysed, best.index, answering);
    if (miscounted) return decline(miscounted, quotes);
    const figures = figuresOf(best.index, answering, analysed);
    return { question, answered: true, quotes: reorder(quotes, answering), answering: answering.length, figures, sources: sourcesOf(answering, scope, this.indexes) };
  }
}

/** Every word naming the speaker asked about (or a short form standing for it, "CEO") is in or next to the sentence. */
function speakerNamedNear(candidate: Candidate, resolved: ResolvedWord[]): boolean {
  const near = (r: ResolvedWord) => candidate.windowMatched[resolved.indexOf(r)];
  const coveredNear = (r: ResolvedWord) => resolved.some((o) => o.word.implied?.includes(r.word.term) && near(o));
  return resolved.every((r) => !r.word.speaker || !isTelling(r) || near(r) || coveredNear(r));
}

/**
 * "What did Webb say about his missed shot?" is answered by Webb's words, not by the sentence
 * about the shot: among the closest few, the first that quotes the speaker asked about wins.
 */
function preferAskedSpeaker(candidates: Candidate[], resolvedFor: (c: Candidate) => ResolvedWord[]): Candidate | undefined {
  const quotesAsked = (c: Candidate) => {
    const resolved = resolvedFor(c);
    return resolved.some((r) => r.word.speaker && isTelling(r)) && c.index.article.sentences[c.id]!.speaker !== undefined && speakerNamedNear(c, resolved);
  };
  // Only a quotation that would itself pass as an answer; a weak one would turn an answer into a refusal.
  const answers = (c: Candidate) => quotesAsked(c) && answerProbability(c.features) >= ANSWER_THRESHOLD;
  // A sentence reporting the speaker's words without quoting them ("Blinken closed by praising...") answers too.
  const reportsAsked = (c: Candidate) =>
    resolvedFor(c).some((r) => r.word.speaker && r.word.isName && reportsSpeechBy(c.index.article.sentences[c.id]!.text, r.word.raw));
  const top = candidates[0];
  if (!top || quotesAsked(top) || reportsAsked(top)) return undefined;
  return candidates.slice(1, SPEAKER_DEPTH).find(answers);
}

/**
 * "How old are the child soldiers?": among the closest few, the first sentence that holds the kind of
 * figure asked for wins, if it covers the question nearly as well as the best one.
 */
function preferWantedKind(candidates: Candidate[], kind: AnswerKind, resolvedFor: (c: Candidate) => ResolvedWord[]): Candidate | undefined {
  const top = candidates[0];
  const wanted = KIND_FIGURES[kind];
  if (!top || !wanted.length) return top;
  const closeEnough = (c: Candidate) => c.features.windowCoverage >= top.features.windowCoverage * RUNNER_UP_COVERAGE;
  if (top.features.kindMatch) {
    // "How long will the refit take?": a date ("in October") is a figure of the kind, a duration ("about eight months") is the one asked for.
    const exact = EXACT_FIGURE[kind];
    const holdsExact = (c: Candidate) => c.index.figuresIn(c.id + 1).some((f) => f.kind === exact);
    if (!exact || holdsExact(top)) return top;
    return candidates.slice(1, RUNNER_UP_DEPTH).find((c) => holdsExact(c) && closeEnough(c)) ?? top;
  }
  // "How old is Katrin Vogel?" is answered by "Vogel, 54," however little else of the question it has.
  const givesAskedAge = (c: Candidate) => kind === 'age' && resolvedFor(c).some((r, w) => r.word.isName && c.matched[w]);
  const runnerUp = candidates.slice(1, RUNNER_UP_DEPTH).find((c) => c.features.kindMatch && (givesAskedAge(c) || closeEnough(c)));
  return runnerUp ?? top;
}

/**
 * A figure typed alone ("$436m", "10,000", "2011"): the sentences giving it, in reading order, as
 * written in any form ("436 million dollars"). A sum typed without its currency meets the sum with
 * it ("13.5 billion" in "$13.5 billion"); one typed with it meets only that currency. Undefined
 * unless the text is figures and nothing else ("million", "10,000 fighters").
 */
function placesOfFigure(question: string, text: string, scope: readonly ArticleIndex[], indexes: ReadonlyMap<string, ArticleIndex>, limit: number): Answer | undefined {
  const asked = extractFigures(text).filter((f) => f.value !== null);
  const rest = asked.reduceRight((left, f) => left.slice(0, f.start) + left.slice(f.end), text);
  if (!asked.length || /[\p{L}\p{N}]/u.test(rest)) return undefined;
  const gives = (f: Figure) => asked.some((a) => a.value === f.value && (a.unit === null || a.unit === f.unit));
  const places = scope.flatMap((index) => {
    const figures = index.article.figures.filter(gives);
    const sentences = [...new Set(figures.map((f) => f.sentence))];
    return sentences.map((sentence) => ({ index, sentence, figures: figures.filter((f) => f.sentence === sentence) }));
  });
  const typed = asked.map((f) => f.text).join(' or ');
  if (!places.length) return { question, answered: false, reason: `The article never gives ${typed}.`, quotes: [], answering: 0, figures: [], sources: sourcesOf([], scope, indexes) };
  const shown = places.slice(0, limit);
  const quotes = shown.map(({ index, sentence }) => sentenceQuote(index, sentence - 1, 0, []));
  const where = places.length === 1 ? 'this is the one place' : `these are the ${places.length} places`;
  return {
    question,
    answered: true,
    note: `You gave only a figure: ${where} the article gives ${typed}.`,
    quotes,
    answering: quotes.length,
    figures: shown.flatMap((place) => place.figures),
    sources: sourcesOf(quotes, scope, indexes),
  };
}

/** Kinds of answer that one kind of figure answers best, though others will do. */
const EXACT_FIGURE: Partial<Record<AnswerKind, FigureKind>> = { duration: 'duration', percent: 'percent' };

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

interface ArticleRanking {
  index: ArticleIndex;
  resolved: ResolvedWord[];
  candidates: Candidate[];
}

/** Reused by every article and question: ranking is synchronous and nothing keeps them past it. */
const SENTENCE_SCORES = new WordScores();
const PARAGRAPH_SCORES = new WordScores();

function rankArticle(index: ArticleIndex, question: AnalysedQuestion, spelling: SpellingCorrector): ArticleRanking {
  const resolved = question.words.map((word) => resolveWord(index, word, spelling));
  const wordCount = resolved.length;
  const sentenceScores = SENTENCE_SCORES.reset(index.facts.length, wordCount);
  const paragraphScores = PARAGRAPH_SCORES.reset(index.article.paragraphs.length, wordCount);
  resolved.forEach((word, w) => {
    const wording = wordingWeight(word.word);
    for (const alternative of word.alternatives) {
      const weight = alternative.weight * wording;
      accumulate(sentenceScores, index.sentenceScores(alternative.term), w, weight);
      accumulate(paragraphScores, index.paragraphScores(alternative.term), w, weight);
    }
  });
  creditSpeakers(index, resolved, sentenceScores);
  carryNamesForward(index, resolved, sentenceScores);
  creditDescribedNames(index, resolved, sentenceScores);
  const totalImportance = resolved.reduce((sum, r) => sum + r.importance, 0) || 1;
  const pool = sentenceScores.best(RERANK_DEPTH).map(({ id, total }) => ({ id, base: total }));
  // The answer may share no word with the question while its paragraph shares many ("at Levi's Stadium"
  // after a sentence naming the game), so the sentences of the best paragraphs are candidates too.
  const inPool = new Set(pool.map((p) => p.id));
  for (const { id: paragraph } of paragraphScores.best(PARAGRAPH_DEPTH)) {
    for (const id of index.paragraphSentences[paragraph] ?? []) {
      if (!inPool.has(id)) pool.push({ id, base: sentenceScores.total(id) });
      inPool.add(id);
    }
  }
  const topBase = pool[0]?.base ?? 1;
  const questionTerms = new Set(resolved.flatMap((r) => [r.word.term, ...r.alternatives.map((a) => a.term)]));
  const uses = usesByTerm(resolved);
  const rarest = resolved.reduce((best, r, w) => (r.importance > (resolved[best]?.importance ?? -1) ? w : best), 0);
  const missingNames = resolved.filter((r) => r.word.isName && !r.alternatives.length).length;
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
    const match = matchSentence(wordCount, matched, uses, facts.terms);
    let coverage = 0;
    for (let w = 0; w < wordCount; w++) {
      const r = resolved[w]!;
      if (matched[w]) coverage += r.importance * (r.alternatives[match.formRank[w]!]?.weight ?? 1);
    }
    const holdsKind =
      kindMatches(question.kind, facts, questionTerms, index.article.sentences[id]!.text) &&
      (question.kind !== 'age' || ageOfAsked(index, id, askedNames, agesSomeoneNamed));
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
    };
    candidates.push({ index, id, features, score: rankingScore(features), matched, windowMatched });
  }
  return { index, resolved, candidates };
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

/** Which question words (by position), as which of their forms, each term stands for. */
function usesByTerm(resolved: ResolvedWord[]): Map<string, TermUse[]> {
  const map = new Map<string, TermUse[]>();
  resolved.forEach((r, word) => {
    r.alternatives.forEach((a, rank) => {
      const list = map.get(a.term);
      if (list) list.push({ word, rank });
      else map.set(a.term, [{ word, rank }]);
    });
  });
  return map;
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
function matchSentence(wordCount: number, matched: readonly boolean[], uses: Map<string, TermUse[]>, terms: readonly string[]): SentenceMatch {
  const formRank = new Int32Array(wordCount).fill(-1);
  const firstAt = new Int32Array(wordCount).fill(-1);
  const pairFound = new Uint8Array(wordCount);
  let otherTerms = 0;
  let previous: TermUse[] | undefined;
  for (let at = 0; at < terms.length; at++) {
    const current = uses.get(terms[at]!);
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

/** A quotation answers "what did Blinken say" even when it only says "he said": its speaker counts, at a discount. */
function creditSpeakers(index: ArticleIndex, resolved: ResolvedWord[], sentenceScores: WordScores): void {
  resolved.forEach((r, w) => {
    if (!r.word.isName) return;
    for (const alternative of r.alternatives) {
      for (const id of index.speakerSentences.get(alternative.term) ?? []) {
        if (sentenceScores.get(id, w) > 0) continue;
        sentenceScores.raise(id, w, index.idf(alternative.term) * alternative.weight * PRONOUN_WEIGHT);
      }
    }
  });
}

/**
 * "Blinken urged the coalition to deny the terror group new recruits" is about ISIS: a name the
 * question asks about that the article's first paragraph writes counts, at a discount, in a sentence
 * that speaks of "the group", "the company"... without writing the name.
 */
function creditDescribedNames(index: ArticleIndex, resolved: ResolvedWord[], sentenceScores: WordScores): void {
  const lede = index.paragraphSentences[0] ?? [];
  resolved.forEach((r, w) => {
    if (!r.word.isName) return;
    let inLede = 0;
    for (const id of lede) inLede = Math.max(inLede, sentenceScores.get(id, w));
    if (!(inLede > 0)) return;
    // Only the article's subject: a name most paragraphs mention, not one of the two teams of a final.
    const paragraphs = new Set<number>();
    index.facts.forEach((facts, id) => {
      if (sentenceScores.get(id, w) > 0) paragraphs.add(facts.paragraph);
    });
    if (paragraphs.size < index.article.paragraphs.length * SUBJECT_SHARE) return;
    index.facts.forEach((facts, id) => {
      if (facts.describesBack && !(sentenceScores.get(id, w) > 0)) sentenceScores.raise(id, w, inLede * DESCRIBED_WEIGHT);
    });
  });
}

/**
 * "He came to power by uniting the tribes" is about the person named in the sentence before it.
 * Names the question asks about count, at a discount, in the pronoun sentences that follow a
 * sentence naming them within the paragraph.
 */
function carryNamesForward(index: ArticleIndex, resolved: ResolvedWord[], sentenceScores: WordScores): void {
  const names = resolved.map((r, w) => (r.word.isName ? w : -1)).filter((w) => w >= 0);
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
function leanedOn(index: ArticleIndex, id: number): number[] {
  const near = neighbours(index, id);
  const facts = index.facts[id]!;
  const previous = index.facts[id - 1];
  if (facts.refersBack && previous && previous.paragraph !== facts.paragraph) near.unshift(id - 1);
  return near;
}

function neighbours(index: ArticleIndex, id: number): number[] {
  const paragraph = index.facts[id]!.paragraph;
  return [id - 1, id + 1].filter((n) => index.facts[n]?.paragraph === paragraph);
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
  const tokens = tokenize(sentence.text);
  const asked = (t: Token) => t.term !== undefined && askedNames.has(t.term);
  if (!tokens.some(asked)) return !mustName;
  // A capital opening the sentence ("Among the dead...") is no name unless it is one asked about.
  const names = tokens.filter((t, i) => t.term !== undefined && /^\p{Lu}/u.test(t.raw) && (i > 0 || asked(t)));
  return index.figuresIn(sentence.index).some((figure) => {
    if (figure.kind !== 'age') return false;
    const [start, end] = [figure.start - sentence.start, figure.end - sentence.start];
    // The whole run of capitalised words before it, with the roles among them: "Calder Chief Executive
    // Officer Raymond Okafor, 57", "Rovers manager Elaine Corrigan, 47".
    const run: Token[] = [];
    const nearest = names.filter((n) => n.end <= start).at(-1);
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

/** The sentence itself (not only its neighbours or its speaker) writes one of `terms`. */
function writesAny(index: ArticleIndex, id: number, terms: ReadonlySet<string>): boolean {
  return tokenize(index.article.sentences[id]!.text).some((t) => t.term !== undefined && terms.has(t.term));
}

/** The article's terms for the names the question asks about. */
function askedNameTerms(resolved: ResolvedWord[]): Set<string> {
  return new Set(resolved.filter((r) => r.word.isName).flatMap((r) => r.alternatives.map((a) => a.term)));
}

/** "When will the fighters be released?" */
function asksAboutFuture(question: AnalysedQuestion): boolean {
  return (question.kind === 'time' || question.kind === 'clock') && /\bwill\b/i.test(question.text);
}

/** Every time the sentence gives lies before the article's own ("two years ago", "in 2019" in a 2021 article). */
function givesOnlyPastTimes(candidate: Candidate): boolean {
  const year = candidate.index.article.meta.year;
  const times = candidate.index.figuresIn(candidate.id + 1).filter((f) => KIND_FIGURES.time.includes(f.kind));
  const past = (f: Figure) => /\b(?:ago|last|yesterday)\b/i.test(f.text) || (year !== undefined && typeof f.value === 'number' && f.value < year);
  return times.length > 0 && times.every(past);
}

const RELATIVE_TIME_WORD = /\b(?:ago|last|next|previous|yesterday|tomorrow)\b/i;

/**
 * "Who won last year?" asked of an article that never speaks of last year, in those words or as the
 * year they stand for. "This year" and "today" are the article's own time, which it need not name.
 */
function unmentionedTime(question: AnalysedQuestion, article: Article): string | undefined {
  // Reading figures is costly; most questions name no time that could be relative.
  if (!RELATIVE_TIME_WORD.test(question.text)) return undefined;
  const asked = extractFigures(question.text, { year: article.meta.year }).filter((f) => f.kind === 'relative-date' && !/^(?:this|today|tonight)/i.test(f.text));
  const mentions = (time: (typeof asked)[number]) => (f: Figure) =>
    f.text.toLowerCase() === time.text.toLowerCase() || (time.value !== null && (f.kind === 'year' || f.kind === 'relative-date') && f.value === time.value);
  return asked.find((time) => !article.figures.some(mentions(time)))?.text.toLowerCase();
}

function kindMatches(kind: AnswerKind, facts: ArticleIndex['facts'][number], questionTerms: Set<string>, text: string): boolean {
  const wanted = KIND_FIGURES[kind];
  if (wanted.length) return wanted.some((k) => facts.figureKinds.has(k));
  // "Who" is answered by a name not written as a place: "in Niger and Mali" names nobody.
  if (kind === 'person') return facts.names.some((n) => !questionTerms.has(n) && !facts.places.includes(n));
  if (kind === 'name') return facts.names.some((n) => !questionTerms.has(n));
  if (kind === 'place') return facts.places.some((n) => !questionTerms.has(n));
  if (kind === 'reason') return REASON_WORDS.test(text);
  return false;
}

/** "How old is Blinken?", "how old is antony blinken": the age of someone the article names, not of anyone. */
function asksAgeOfName(question: AnalysedQuestion, resolved: ResolvedWord[]): boolean {
  const at = AGE_OF.exec(question.text);
  if (!at) return false;
  const subject = question.tokens.find((token) => token.start >= at.index + at[0].length);
  return subject !== undefined && resolved.some((r) => r.word.raw === subject.raw && r.word.isName);
}

/** The one figure of the kind asked for in the answer, when the question itself already gives it. */
function restatesOnly(question: AnalysedQuestion, index: ArticleIndex, answering: Quote[], wanted: readonly FigureKind[]): string | undefined {
  if (!wanted.length || !/\d/.test(question.text)) return undefined;
  const asked = extractFigures(question.text).filter((f) => typeof f.value === 'number');
  const given = answering.flatMap((q) => index.figuresIn(q.sentence)).filter((f) => wanted.includes(f.kind));
  if (!asked.length || !given.length) return undefined;
  const repeats = (f: Figure) => asked.some((a) => a.value === f.value);
  return given.every(repeats) ? given[0]!.text : undefined;
}

/** The figure gives the year, the month or the day of a date. */
function givesDateUnit(figure: Figure, unit: DateUnit): boolean {
  const value = typeof figure.value === 'string' ? figure.value : '';
  if (unit === 'year') return figure.kind === 'year' || (figure.kind === 'relative-date' && typeof figure.value === 'number') || (figure.kind === 'date' && /^\d{4}/.test(value));
  if (unit === 'month') return figure.kind === 'date' || (figure.kind === 'relative-date' && /month/i.test(figure.text));
  return figure.kind === 'date' && /-\d{2}-\d{2}$/.test(value);
}

/** The candidate writes out the words of `abbreviation` ("National Parks and Wildlife Service" for NPWS). */
function spellsOut(candidate: Candidate, abbreviation: string): boolean {
  const phrase = candidate.index.phraseSpelling(abbreviation);
  const terms = candidate.index.facts[candidate.id]!.terms;
  return phrase !== undefined && phrase.every((term) => terms.includes(term));
}

/** The candidate, or a sentence it leans on, has a word of the question that tells, as written or as a close paraphrase. */
function sharesTellingWord(candidate: Candidate, resolved: ResolvedWord[]): boolean {
  const window = [candidate.id, ...leanedOn(candidate.index, candidate.id)].map((n) => candidate.index.facts[n]!.terms);
  return resolved.some((r) => isTelling(r) && r.alternatives.some((a) => a.kind !== 'related' && window.some((terms) => terms.includes(a.term))));
}

/** The candidate, or a sentence it leans on, names someone (or, for `name`, anything) the question does not. */
function namesSomeone(candidate: Candidate, resolved: ResolvedWord[], kind: 'person' | 'name' = 'person'): boolean {
  const asked = new Set(resolved.flatMap((r) => [r.word.term, ...r.alternatives.map((a) => a.term)]));
  return [candidate.id, ...leanedOn(candidate.index, candidate.id)].some((n) => kindMatches(kind, candidate.index.facts[n]!, asked, ''));
}

/** “a”, “b” and “c”; a long list names the first few and counts the rest, so that a reason stays readable. */
function listWords(words: string[], conjunction: 'and' | 'or'): string {
  const quoted = words.map((w) => `“${w.length > LISTED_WORD_LENGTH ? `${w.slice(0, LISTED_WORD_LENGTH - 1)}…` : w}”`);
  if (quoted.length > LISTED_WORDS) return `${quoted.slice(0, LISTED_WORDS).join(', ')} ${conjunction} ${quoted.length - LISTED_WORDS} more words`;
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}

function nothingMatches(resolved: ResolvedWord[]): string {
  return `Nothing in the article mentions ${listWords(resolved.filter((r) => !r.word.implied).map((r) => r.word.raw), 'or')}.`;
}

/**
 * "How many homes" answered by a sentence that counts residents: every count there names what it
 * counts, and none is what was asked about (nor a synonym of it).
 */
function countsSomethingElse(question: AnalysedQuestion, index: ArticleIndex, answering: Quote[]): string | undefined {
  // Only when the article has the word asked about elsewhere: "prisoners" for its "fighters" is a rewording.
  if (!question.counted || !index.has(question.counted)) return undefined;
  const asked = question.counted;
  const figures = figuresOfQuotes(index, answering);
  // "How many acres" is answered by the measurement "14,200 acres".
  if (figures.some((f) => f.kind === 'measure' && writesTerm(f, asked))) return undefined;
  const counts = figures.filter((f) => f.kind === 'count' || f.kind === 'number');
  if (!counts.length || counts.some((f) => f.unit === null)) return undefined;
  const askedWord = question.words.find((w) => w.term === asked)?.raw ?? asked;
  const sameThing = (unit: string) => {
    const term = termOf(unit);
    return term === asked || relatedTerms(unit.toLowerCase()).some((r) => r.term === asked) || relatedTerms(askedWord.toLowerCase()).some((r) => r.term === term);
  };
  if (counts.some((f) => countedWords(index, f).some(sameThing))) return undefined;
  return `You asked how many ${askedWord}; the closest passage counts ${listWords([...new Set(counts.map((f) => f.unit!))], 'and')} instead.`;
}

/** How far a count's unit may stand from its number: "24 crew members", "3,200 of the town's residents". */
const COUNTED_PHRASE_REACH = 40;

/** The words naming what a count counts: its unit and the words before it, "crew" and "members" in "24 crew members". */
function countedWords(index: ArticleIndex, figure: Figure): string[] {
  const unit = figure.unit!;
  const text = index.article.text;
  const at = text.indexOf(unit, figure.end);
  if (at < 0 || at - figure.end > COUNTED_PHRASE_REACH) return [unit];
  return tokenize(text.slice(figure.end, at + unit.length)).map((token) => token.raw);
}

/** Words that carry the question, not "take", "back", the "city" of "what city" or an implied short form. */
function isTelling(r: ResolvedWord): boolean {
  return !r.word.implied && !r.word.focus && !isLightWord(r.word.raw);
}

/** Why the best candidate is not an answer, or undefined when it is one. */
function whyNotAnswered(question: AnalysedQuestion, resolved: ResolvedWord[], best: Candidate | undefined, candidates: Candidate[]): string | undefined {
  if (!best) return nothingMatches(resolved);
  // "string" meets "run" only as a distant relative ("a string of wins"): that alone is no answer. Nor is
  // a sentence sharing no word with the question, which is its neighbour's context, unless it quotes
  // the speaker asked about ("What did the governor say?" — “We will rebuild.”).
  if (!sharesTellingWord(best, resolved) || (best.features.coverage === 0 && !resolved.some((r) => r.word.speaker))) {
    return 'The closest passages only touch on the question and do not answer it.';
  }
  // A name or a number the article never mentions ("the 2001 earthquake") is something it cannot speak of.
  const unknown = resolved.filter((r) => (r.word.isName || /^\p{N}[\p{N},.]*$/u.test(r.word.raw)) && !r.alternatives.length).map((r) => r.word.raw);
  if (unknown.length) return `Nothing in the article mentions ${listWords(unknown, 'or')}.`;
  // "When was Blinken sworn in?": a date in the article is not the date of an event it never mentions.
  if (question.kind === 'time' || question.kind === 'clock') {
    const event = resolved.find((r) => !r.word.isName && isTelling(r) && !r.alternatives.length && (/ed$/i.test(r.word.raw) || isInflectedVerb(r.word.raw)));
    if (event) return `Nothing in the article mentions “${event.word.raw}”, the event you asked the time of.`;
  }
  if (asksAboutFuture(question) && givesOnlyPastTimes(best)) return 'You asked when something will happen, and the closest passage gives only a past date.';
  const otherTime = unmentionedTime(question, best.index.article);
  if (otherTime) return `The article says nothing about ${otherTime}.`;
  // "What is Superintendent Hale's salary?": an article that never mentions salaries, in any form, cannot say.
  // A distant relative does not count: "population" meeting "live" is no population figure.
  const attribute = resolved.filter((r) => question.attribute?.includes(r.word.term));
  if (attribute.length && attribute.every((r) => r.alternatives.every((a) => a.kind === 'related'))) {
    return `Nothing in the article mentions ${listWords(attribute.map((r) => r.word.raw), 'or')}, which is what you asked for.`;
  }
  // "What did the Suns coach say" is not answered by another coach's words: every name of the
  // speaker asked about, and something of the rest ("CEO" for "chief executive"), must be there.
  const speakerWords = resolved.filter((r) => r.word.speaker && isTelling(r));
  if (!speakerNamedNear(best, resolved)) {
    return `The article does not quote ${listWords(speakerWords.map((r) => r.word.raw), 'and')} on that.`;
  }
  // "Boston's payroll" is not answered by a passage about another team's payroll.
  const owners = resolved.filter((r, w) => r.word.isName && /['’]s$/.test(r.word.raw) && !best.windowMatched[w]).map((r) => r.word.raw);
  if (owners.length) return `The article mentions ${listWords(owners, 'and')}, but not in the passages that match the rest of the question.`;
  // "Who is the leader of ISIS Greater Sahara?" asks for a name: a passage naming only places and the
  // question's own names names no one. ("Who rescued the children?" is answered by "Firefighters".)
  if (question.kind === 'person' && question.wantsSomeoneNamed && !namesSomeone(best, resolved)) return `You asked ${KIND_DESCRIPTIONS.person}.`;
  // "What is the name of the insurer?": "The museum's insurer has offered a reward" names none.
  if (question.wantsName && !namesSomeone(best, resolved, 'name')) return `You asked ${KIND_DESCRIPTIONS.name}.`;
  // "What does NPWS stand for?" is answered by the sentence that spells it out.
  if (question.abbreviation && spellsOut(best, question.abbreviation)) return undefined;
  if (judgeAnswers(question, resolved, best, candidates, ANSWER_THRESHOLD)) return undefined;
  // A sentence holding the very kind of figure asked for, naming every name asked about, answers
  // even when the rest of the question is worded differently ("funding" for "aid").
  const window = [best.id, ...leanedOn(best.index, best.id)].map((n) => best.index.facts[n]!.terms);
  const written = (r: ResolvedWord) => r.alternatives.some((a) => a.kind !== 'synonym' && a.kind !== 'related' && window.some((terms) => terms.includes(a.term)));
  // A person is named by their surname alone after the first mention: of "Katrin Vogel", "Vogel" will do.
  const names = resolved.filter((r, w) => r.word.isName && !resolved[w + 1]?.word.isName);
  const namesWritten = names.length > 0 && names.every(written);
  if (best.features.kindMatch && namesWritten && best.features.coverage >= FIGURE_BACKED_COVERAGE) return undefined;
  // "How old is Katrin Vogel?" — "Vogel, 54, said...": an age that belongs to the person asked about answers.
  if (question.kind === 'age' && best.features.kindMatch && writesAny(best.index, best.id, askedNameTerms(resolved))) return undefined;

  // Only words the article has as written (or misspelt, or abbreviated) are said to be "mentioned".
  const literal = (r: ResolvedWord) => r.alternatives.some((a) => a.kind !== 'synonym' && a.kind !== 'related');
  const foundApart = resolved.filter((r, w) => isTelling(r) && literal(r) && !best.windowMatched[w]).map((r) => r.word.raw);
  const together = resolved.filter((r, w) => !r.word.implied && literal(r) && best.windowMatched[w]).map((r) => r.word.raw);
  const missing = resolved.filter((r) => isTelling(r) && !r.alternatives.length).map((r) => r.word.raw);
  const wantsKind = KIND_FIGURES[question.kind].length > 0 || NAME_KINDS.has(question.kind);
  const closeOnes = candidates.filter((c) => c.features.coverage >= best.features.coverage * 0.8);
  if (wantsKind && closeOnes.every((c) => !c.features.kindMatch && !c.features.nameMatch) && best.features.windowCoverage >= 0.6) {
    return `You asked ${KIND_DESCRIPTIONS[question.kind]}.`;
  }
  if (foundApart.length && together.length) {
    return `The article mentions ${listWords(foundApart, 'and')}, and ${listWords(together, 'and')}, but never in the same passage, so it does not say that.`;
  }
  if (missing.length && together.length) return `Nothing in the article mentions ${listWords(missing, 'or')}; the closest passages only share ${listWords(together, 'and')} with the question.`;
  if (missing.length) return `Nothing in the article mentions ${listWords(missing, 'or')}.`;
  if (together.length) return `The closest passages only share ${listWords(together, 'and')} with the question and do not answer it.`;
  return 'The closest passages only touch on the question and do not answer it.';
}

/** The best sentence, plus its neighbour when the neighbour holds question words it lacks ("..., he said"). */
function answeringQuotes(best: Candidate, quotes: Quote[], resolved: ResolvedWord[]): Quote[] {
  const first = quotes[0]!;
  const index = best.index;
  const holdsLacking = (n: number) => resolved.some((r, w) => !best.matched[w] && r.alternatives.some((a) => index.facts[n]!.terms.includes(a.term)));
  const neighbour = leanedOn(index, best.id).find(holdsLacking);
  if (neighbour === undefined) return [first];
  const existing = quotes.find((q) => q.article === index.article.id && q.sentence === neighbour + 1);
  const quote = existing ?? sentenceQuote(index, neighbour, 0, resolved);
  return [first, quote];
}

function reorder(quotes: Quote[], answering: Quote[]): Quote[] {
  const rest = quotes.filter((q) => !answering.some((a) => a.article === q.article && a.sentence === q.sentence));
  return [...answering, ...rest].slice(0, Math.max(quotes.length, answering.length));
}

function toQuote(candidate: Candidate, resolved: ResolvedWord[]): Quote {
  return sentenceQuote(candidate.index, candidate.id, candidate.score, resolved);
}

function sentenceQuote(index: ArticleIndex, id: number, score: number, resolved: ResolvedWord[]): Quote {
  const sentence = index.article.sentences[id]!;
  const terms = index.facts[id]!.terms;
  const found = resolved.filter((r) => r.alternatives.some((a) => terms.includes(a.term)));
  // An implied short form ("US" for "United States") is worth showing only when the words typed did not match.
  const matched = found.filter((r) => !r.word.implied || !found.some((o) => o.word.isName)).map((r) => r.word.raw);
  return {
    text: sentence.text,
    article: sentence.article,
    paragraph: sentence.paragraph,
    sentence: sentence.index,
    start: sentence.start,
    end: sentence.end,
    score: Math.round(score * 1000) / 1000,
    matched,
    speaker: sentence.speaker,
  };
}

/** The figure's own words include `term` ("acres" in "14,200 acres"). */
function writesTerm(figure: Figure, term: string): boolean {
  return tokenize(figure.text).some((t) => t.term === term);
}

/** The figures of the quotes taken from this article, in reading order. */
function figuresOfQuotes(index: ArticleIndex, quotes: Quote[]): Figure[] {
  const sentences = quotes.filter((q) => q.article === index.article.id).map((q) => q.sentence);
  return [...new Set(sentences)].sort((a, b) => a - b).flatMap((n) => index.figuresIn(n));
}

function figuresOf(index: ArticleIndex, quotes: Quote[], question: AnalysedQuestion): Figure[] {
  const wanted = KIND_FIGURES[question.kind];
  const figures = figuresOfQuotes(index, quotes);
  // "How many acres": the figure in acres first, then the kinds asked for, in their order.
  const counts = (f: Figure) => question.counted !== undefined && writesTerm(f, question.counted);
  const rank = (f: Figure) => (counts(f) ? -1 : wanted.includes(f.kind) ? wanted.indexOf(f.kind) : wanted.length);
  return figures.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
}

function sourcesOf(quotes: Quote[], scope: readonly ArticleIndex[], indexes: ReadonlyMap<string, ArticleIndex>): AnswerSource[] {
  const ids = quotes.length ? [...new Set(quotes.map((q) => q.article))] : scope.length === 1 ? [scope[0]!.article.id] : [];
  return ids.map((id) => {
    const article = indexes.get(id)!.article;
    return { article: id, title: article.meta.title, credit: article.meta.credit, year: article.meta.year, copyright: article.copyright };
  });
}
