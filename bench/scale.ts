/**
 * The scale benchmark for one system, run alone in its own process so its memory is measured alone:
 *   node --expose-gc --import tsx bench/scale.ts --system ours|minisearch --articles 5000 --questions 1000 --budget-ms 60000
 * Prints one line "SCALE_RESULT <json>" on stdout.
 *
 * The library is bench/lib/synthetic.ts's: distinct articles written from WordNet. Every question is
 * asked of the whole library, then each answerable one of its own article alone. A question is
 * answered synchronously, so its time is also how long it blocks the event loop.
 */
import { parseArgs } from 'node:util';
import { BaselineIndex } from './lib/baseline.ts';
import { percentile } from './lib/metrics.ts';
import { askSafely, loadOurEngine } from './lib/ours.ts';
import { buildSyntheticLibrary, DEADLINE_MS, EVENT_LOOP_BLOCK_MS, SCALE_RESULT_PREFIX, type LibraryQuestion } from './lib/synthetic.ts';
import { nowMs, timed } from './lib/timing.ts';

const WARMUP_QUESTIONS = 100;
/** Percentiles need some samples even when the budget is spent. */
const MIN_TIMED_QUESTIONS = 30;
const LIMIT = 10;
/** MiniSearch's own spelling tolerance for its fuzzy run: up to a fifth of a word's letters. */
const MINISEARCH_FUZZY = 0.2;

function settledMemory(): NodeJS.MemoryUsage {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage();
}

export interface LatencyRun {
  questions: number;
  p50: number;
  p99: number;
  max: number;
  /** Questions that took longer than Discord's deadline, and than the event-loop budget. */
  overDeadline: number;
  overBlockBudget: number;
  /** Share of the answerable questions whose first quote is the sentence they were drawn from. */
  top1: number | null;
  /** True when the time budget ran out before every question was asked. */
  truncated: boolean;
  byKind: Record<string, { questions: number; p50: number; p99: number; max: number }>;
}

/** The first sentence each system returns for a question. */
type Search = (question: LibraryQuestion) => string | undefined;

function summarise(samples: { ms: number; kind: string; right: boolean | null }[], truncated: boolean): LatencyRun {
  const ms = samples.map((s) => s.ms);
  const judged = samples.filter((s) => s.right !== null);
  const kinds = [...new Set(samples.map((s) => s.kind))];
  return {
    questions: samples.length,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    max: Math.max(...ms),
    overDeadline: ms.filter((m) => m > DEADLINE_MS).length,
    overBlockBudget: ms.filter((m) => m > EVENT_LOOP_BLOCK_MS).length,
    top1: judged.length ? judged.filter((s) => s.right).length / judged.length : null,
    truncated,
    byKind: Object.fromEntries(
      kinds.map((kind) => {
        const of = samples.filter((s) => s.kind === kind).map((s) => s.ms);
        return [kind, { questions: of.length, p50: percentile(of, 50), p99: percentile(of, 99), max: Math.max(...of) }];
      }),
    ),
  };
}

/** Each question timed alone; stops early when the budget runs out, so a slow system still finishes. */
function measure(search: Search, questions: readonly LibraryQuestion[], budgetMs: number): LatencyRun {
  const samples: { ms: number; kind: string; right: boolean | null }[] = [];
  const end = nowMs() + budgetMs;
  for (const question of questions) {
    if (samples.length >= MIN_TIMED_QUESTIONS && nowMs() > end) break;
    const { value, ms } = timed(() => search(question));
    samples.push({ ms, kind: question.kind, right: question.answer === undefined ? null : value === question.answer });
  }
  return summarise(samples, samples.length < questions.length);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      system: { type: 'string', default: 'ours' },
      articles: { type: 'string', default: '5000' },
      questions: { type: 'string', default: '1000' },
      'budget-ms': { type: 'string', default: '60000' },
    },
  });
  const system = values.system === 'minisearch' ? 'minisearch' : 'ours';
  const budgetMs = Number(values['budget-ms']);

  const libraryStart = nowMs();
  const library = buildSyntheticLibrary(Number(values.articles));
  const libraryMs = nowMs() - libraryStart;
  const questions = library.questions(Number(values.questions), 'scale-questions');
  const warmup = library.questions(WARMUP_QUESTIONS, 'scale-warm-up');
  const answerable = questions.filter((q) => q.article !== undefined);

  const before = settledMemory();
  let buildMs: number;
  let wholeLibrary: Search;
  let oneArticle: Search;
  let fuzzy: Search | undefined;
  let spellingCache: () => number | null = () => null;
  if (system === 'ours') {
    const { factory, problem } = await loadOurEngine();
    if (!factory) throw new Error(problem);
    const built = timed(() => factory(library.articles));
    buildMs = built.ms;
    const engine = built.value;
    wholeLibrary = (q) => askSafely(engine, q.question, { limit: LIMIT }).answer.quotes[0]?.text;
    oneArticle = (q) => askSafely(engine, q.question, { article: q.article, limit: LIMIT }).answer.quotes[0]?.text;
    spellingCache = () => engine.spellingCacheSize ?? null;
  } else {
    const built = timed(() => new BaselineIndex(library.articles.flatMap((a) => a.sentences)));
    buildMs = built.ms;
    // One article alone is searched in an index of its own, as our engine keeps one per article;
    // building it is not timed.
    const perArticle = new Map<string, BaselineIndex>();
    const articleIndex = (id: string) => {
      let index = perArticle.get(id);
      if (!index) perArticle.set(id, (index = new BaselineIndex(library.articles.find((a) => a.id === id)!.sentences)));
      return index;
    };
    wholeLibrary = (q) => built.value.search(q.question, LIMIT)[0]?.text;
    fuzzy = (q) => built.value.search(q.question, LIMIT, undefined, MINISEARCH_FUZZY)[0]?.text;
    for (const q of answerable) articleIndex(q.article!);
    oneArticle = (q) => articleIndex(q.article!).search(q.question, LIMIT)[0]?.text;
  }
  const afterBuild = settledMemory();

  for (const q of warmup) wholeLibrary(q);
  const latency = {
    wholeLibrary: measure(wholeLibrary, questions, budgetMs),
    oneArticle: measure(oneArticle, answerable, budgetMs / 2),
    ...(fuzzy ? { fuzzy: measure(fuzzy, questions, budgetMs) } : {}),
  };
  const afterQuestions = settledMemory();

  const result = {
    system,
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
    library: { articles: library.articles.length, topics: library.topics, sentences: library.sentences, characters: library.characters, buildMs: libraryMs },
    questions: { total: questions.length, answerable: answerable.length, warmup: warmup.length },
    buildMs,
    latencyMs: latency,
    spellingCache: spellingCache(),
    memory: {
      rssIndex: afterBuild.rss - before.rss,
      heapIndex: afterBuild.heapUsed - before.heapUsed,
      heapAfterQuestions: afterQuestions.heapUsed - afterBuild.heapUsed,
      heapUsed: afterQuestions.heapUsed,
    },
  };
  process.stdout.write(`${SCALE_RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
