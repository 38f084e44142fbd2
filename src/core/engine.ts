/**
 * The answer engine: a question in, an `Answer` out, through a pipeline a newcomer can follow.
 *
 * 0. The question is read once (question.ts): its words, and what it asks for.
 * 1. retrieve (pipeline/retrieve.ts): the articles it is about, the sentences that could answer, and
 *    what the ranker reads of each.
 * 2. rerank (pipeline/rerank.ts): the ranker orders them; declared rules may promote a runner-up.
 * 3. judge (pipeline/judge.ts): the best passage answers, or the first gate of one table
 *    (pipeline/gates.ts) that fires declines, and reasons.ts says why in words.
 */
import { LibraryIndex } from './library-index.ts';
import { isTelling } from './resolve.ts';
import { termOf } from './terms.ts';
import type { ArticleIndex } from './search-index.ts';
import { analyseQuestion, type AnalysedQuestion } from './question.ts';
import type { CandidateFeatures } from './ranker.ts';
import type { Answer, Article, AskOptions, Figure, Quote, Sentence } from './types.ts';
import { firstDecline } from './pipeline/gates.ts';
import { judge, type Decline } from './pipeline/judge.ts';
import { figuresOf, placesOfFigures, quotesOf, reorder, sentenceQuote, sourcesOf, type FigurePlace } from './pipeline/quotes.ts';
import { reasonText, type ReasonCode } from './pipeline/reasons.ts';
import { rerank, scoreCandidates, type Reranked } from './pipeline/rerank.ts';
import { rankArticle, retrieve, type ArticleRanking } from './pipeline/retrieve.ts';

export { ANSWER_THRESHOLD, FIGURE_BACKED_COVERAGE } from './pipeline/judge.ts';
export { RUNNER_UP_COVERAGE, RUNNER_UP_DEPTH, SPEAKER_DEPTH } from './pipeline/rerank.ts';
export { DESCRIBED_WEIGHT, PARAGRAPH_DEPTH, PRONOUN_REACH, PRONOUN_WEIGHT, RERANK_DEPTH, ROUTED_ARTICLES, SUBJECT_SHARE } from './pipeline/retrieve.ts';

export const DEFAULT_QUOTE_LIMIT = 10;
export { MAX_QUESTION_LENGTH } from './question.ts';
/** A later question of the same message is named in the note up to this many characters. */
const LATER_QUESTION_SHOWN = 80;
/** Declines that name words the best passage's article lacks ("Nothing in the article “X” mentions “Cup”"). */
const MISSING_WORD_CODES: ReadonlySet<ReasonCode> = new Set<ReasonCode>(['unlikely-missing-words', 'unlikely-missing-and-shared', 'unknown-name-or-number', 'attribute-missing']);

/** The most quotes one answer may carry, whatever is asked for. */
const MAX_QUOTE_LIMIT = 50;

/** The article's opening sentence has every telling word of the question, in some form. */
function opensWithAll({ index, resolved }: ArticleRanking): boolean {
  const telling = resolved.filter(isTelling);
  const opening = index.facts[0]?.terms ?? [];
  return telling.length > 0 && telling.every((r) => r.alternatives.some((a) => opening.includes(a.term)));
}

/** The article writes the word, in some form of its search term. */
function writesWord(index: ArticleIndex, word: string): boolean {
  const term = termOf(word);
  return term !== undefined && index.has(term);
}

/**
 * Of several articles, another than the best passage's that writes some of the words the decline says
 * are missing and more of the question's words than the best passage's article: the one writing the
 * most of them, if just one does.
 */
function writerOfMissing(rankings: readonly ArticleRanking[], { best }: Reranked, decline: Decline): ArticleRanking | undefined {
  const missing = decline.params.words ?? [];
  if (!best || !MISSING_WORD_CODES.has(decline.code) || !missing.length) return undefined;
  const wordsWritten = (r: ArticleRanking) => r.resolved.filter((word) => word.alternatives.length).length;
  const bestRanking = rankings.find((r) => r.index === best.index);
  const enough = bestRanking ? wordsWritten(bestRanking) + 1 : 1;
  const written = rankings.map((r) =>
    r === bestRanking || !r.candidates.length || !missing.some((word) => writesWord(r.index, word)) ? 0 : wordsWritten(r),
  );
  const most = Math.max(...written);
  return most >= enough && written.filter((count) => count === most).length === 1 ? rankings[written.indexOf(most)] : undefined;
}

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
    return scoreCandidates(rankArticle(index, analysed, this.library).candidates).map((c) => ({ sentence: index.article.sentences[c.id]!, features: c.features, score: c.score }));
  }

  ask(question: string, options: AskOptions = {}): Answer {
    const analysed = analyseQuestion(typeof question === 'string' ? question : '');
    const answer = this.answer(question, analysed, options);
    const later = analysed.laterQuestions;
    // A message too long to read is declined whole: none of its questions was read, the first no more than the others.
    if (!later.length || analysed.tooLong) return answer;
    const quoted = later.map((q) => `“${q.length > LATER_QUESTION_SHOWN ? `${q.slice(0, LATER_QUESTION_SHOWN - 1)}…` : q}”`).join(' and ');
    const note = `You asked ${later.length + 1} questions; this is about the first. Ask ${quoted} on ${later.length === 1 ? 'its' : 'their'} own.`;
    return { ...answer, note: answer.note ? `${answer.note} ${note}` : note };
  }

  private answer(question: string, analysed: AnalysedQuestion, options: AskOptions): Answer {
    const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_QUOTE_LIMIT, MAX_QUOTE_LIMIT));
    const asked = options.article;
    const wholeLibrary = asked === undefined;
    const scope: readonly ArticleIndex[] = wholeLibrary ? this.library.indexes : [this.indexes.get(asked)].filter((i): i is ArticleIndex => Boolean(i));

    // "$436 million" alone asks where the article gives it.
    const { figuresAlone } = analysed;
    const figurePlaces = figuresAlone && placesOfFigures(figuresAlone, scope);
    // "Summarize it" of one article is answered by its lead, though its words are nothing to search for ("what's this about?").
    if (analysed.aboutArticle === 'gist' && scope.length === 1) return this.leadAnswer(question, scope[0]!, scope);
    const refused = firstDecline('question', { question: analysed, articleAsked: asked, scope, loaded: this.loadedIds, figurePlaces });
    if (refused) return this.declined(question, analysed, scope, refused);
    if (figuresAlone && figurePlaces) return this.figurePlacesAnswer(question, figuresAlone.map((f) => f.text).join(' or '), figurePlaces, scope, limit);

    const rankings = retrieve(this.library, analysed, scope, wholeLibrary);
    // "What happened to the festival?" of an article whose opening sentence speaks of the festival: that sentence tells it.
    const opening = analysed.asksWhatHappenedTo ? rankings.find(opensWithAll) : undefined;
    if (opening) return this.leadAnswer(question, opening.index, scope);
    let reranked = rerank(rankings, analysed);
    let quotes = quotesOf(reranked.ranked, reranked.best, limit);
    let verdict = judge(analysed, reranked, rankings[0]!.resolved, quotes);
    // "How much does the solar power cost?" ranked first in an article that never writes "solar": the
    // article writing the words missed is the one asked about, and its own best passage is judged instead.
    const writer = verdict.decline && rankings.length > 1 ? writerOfMissing(rankings, reranked, verdict.decline) : undefined;
    if (writer) {
      const second = rerank([writer], analysed);
      const secondQuotes = quotesOf(second.ranked, second.best, limit);
      const secondVerdict = judge(analysed, second, writer.resolved, secondQuotes);
      [reranked, quotes, verdict] = [second, secondQuotes, secondVerdict];
    }
    if (verdict.decline) {
      // "Nothing in the article “X” mentions “Cup”" misleads when no article does: then it speaks of them all.
      const missingEverywhere = MISSING_WORD_CODES.has(verdict.decline.code) && (verdict.decline.params.words ?? []).every((word) => !scope.some((index) => writesWord(index, word)));
      return this.declined(question, analysed, scope, verdict.decline, quotes, missingEverywhere ? undefined : reranked.best?.index.article.meta.title);
    }
    const { best, answering } = verdict;
    return {
      question,
      answered: true,
      quotes: reorder(quotes, answering),
      answering: answering.length,
      figures: figuresOf(best.index, answering, analysed),
      sources: sourcesOf(answering, scope, this.indexes),
    };
  }

  /** The ids of the loaded articles, made once: only a question asked of a missing article reads them. */
  private readonly loadedIds = (): string[] => [...this.indexes.keys()];

  /** `bestArticle` is the title of the article of the passage the decline is about, if any. */
  private declined(question: string, analysed: AnalysedQuestion, scope: readonly ArticleIndex[], { code, params }: Decline, quotes: Quote[] = [], bestArticle?: string): Answer {
    return {
      question,
      answered: false,
      reason: reasonText(code, { ...params, articles: scope.length, ...(scope.length > 1 && bestArticle ? { article: bestArticle } : {}) }),
      reasonCode: code,
      quotes,
      answering: 0,
      figures: [],
      sources: sourcesOf(quotes, scope, this.indexes),
      ...(code === 'small-talk' ? { smallTalk: analysed.smallTalk } : {}),
    };
  }

  /** "Summarize the article": a news article's first sentence, its lead, tells its gist. */
  private leadAnswer(question: string, index: ArticleIndex, scope: readonly ArticleIndex[]): Answer {
    const note = 'This is how the article opens: its first sentence tells the gist. Ask about anything in it for more.';
    return this.notedAnswer(question, note, [sentenceQuote(index, 0, 0, [])], index.figuresIn(1).slice(), scope);
  }

  /** "$436 million" alone: every place the articles give it. */
  private figurePlacesAnswer(question: string, typed: string, places: FigurePlace[], scope: readonly ArticleIndex[], limit: number): Answer {
    const shown = places.slice(0, limit);
    const quotes = shown.map(({ index, sentence }) => sentenceQuote(index, sentence - 1, 0, []));
    const where = places.length === 1 ? 'this is the one place' : `these are the ${places.length} places`;
    return this.notedAnswer(question, `You gave only a figure: ${where} the article gives ${typed}.`, quotes, shown.flatMap((place) => place.figures), scope);
  }

  /** An answer found without a search, every quote of it answering, with a note saying what it is. */
  private notedAnswer(question: string, note: string, quotes: Quote[], figures: Figure[], scope: readonly ArticleIndex[]): Answer {
    return { question, answered: true, note, quotes, answering: quotes.length, figures, sources: sourcesOf(quotes, scope, this.indexes) };
  }
}
