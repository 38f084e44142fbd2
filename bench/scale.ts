/**
 * The scale benchmark for one system, run alone in its own process so its memory is measured alone:
 *   node --expose-gc --import tsx bench/scale.ts --system ours|minisearch --sentences 200000 --queries 1000 --budget-ms 60000
 * Prints one line "SCALE_RESULT <json>" on stdout.
 */
import { parseArgs } from 'node:util';
import { BaselineIndex } from './lib/baseline.ts';
import { loadSquad } from './lib/corpus.ts';
import { percentile } from './lib/metrics.ts';
import { askSafely, loadOurEngine } from './lib/ours.ts';
import { hashString, pick } from './lib/sample.ts';
import { buildSyntheticCorpus, copyId, SCALE_RESULT_PREFIX } from './lib/synthetic.ts';
import { nowMs, timed } from './lib/timing.ts';

const WARMUP_QUERIES = 100;
/** Share of the query budget the warm-up may use. */
const WARMUP_BUDGET_SHARE = 0.2;
/** Percentiles need some samples even when the budget is spent. */
const MIN_TIMED_QUERIES = 30;
const LIMIT = 10;

function settledMemory(): NodeJS.MemoryUsage {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage();
}

interface Probe {
  question: string;
  /** The copy of the question's own article, for the one-article measurement. */
  article: string;
}

export interface LatencyRun {
  queries: number;
  warmup: number;
  p50: number;
  p99: number;
  /** True when the time budget ran out before every query was asked. */
  truncated: boolean;
}

/**
 * Warm-up then timed queries, each phase stopping early when its time budget runs out, so a slow
 * system still finishes; the number actually timed is reported next to the percentiles.
 */
function measureLatency(search: (probe: Probe) => unknown, probes: readonly Probe[], warmup: number, budgetMs: number): LatencyRun {
  let warmed = 0;
  const warmupEnd = nowMs() + budgetMs * WARMUP_BUDGET_SHARE;
  while (warmed < warmup && warmed < probes.length && nowMs() < warmupEnd) search(probes[warmed++]!);
  const timedProbes = probes.slice(warmup);
  const samples: number[] = [];
  const end = nowMs() + budgetMs;
  for (const probe of timedProbes) {
    if (samples.length >= MIN_TIMED_QUERIES && nowMs() > end) break;
    samples.push(timed(() => search(probe)).ms);
  }
  return {
    queries: samples.length,
    warmup: warmed,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    truncated: samples.length < timedProbes.length,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      system: { type: 'string', default: 'ours' },
      sentences: { type: 'string', default: '200000' },
      queries: { type: 'string', default: '1000' },
      'budget-ms': { type: 'string', default: '60000' },
    },
  });
  const system = values.system === 'minisearch' ? 'minisearch' : 'ours';
  const target = Number(values.sentences);
  const queryCount = Number(values.queries);
  const budgetMs = Number(values['budget-ms']);

  const corpusStart = nowMs();
  const corpus = await buildSyntheticCorpus(target);
  const corpusMs = nowMs() - corpusStart;
  const squad = await loadSquad();
  const probes: Probe[] = pick(
    squad.flatMap((s) => s.record.questions.map((q) => ({ question: q.question, source: s.record.id }))),
    queryCount + WARMUP_QUERIES,
    hashString('scale-queries'),
  ).map((q) => ({ question: q.question, article: copyId(q.source, hashString(q.question) % corpus.copies) }));

  let wholeCorpus: (probe: Probe) => unknown;
  let oneArticle: (probe: Probe) => unknown;
  const before = settledMemory();
  let buildMs: number;
  if (system === 'ours') {
    const { factory, problem } = await loadOurEngine();
    if (!factory) throw new Error(problem);
    const built = timed(() => factory(corpus.articles));
    buildMs = built.ms;
    wholeCorpus = (p) => askSafely(built.value, p.question, { limit: LIMIT });
    oneArticle = (p) => askSafely(built.value, p.question, { article: p.article, limit: LIMIT });
  } else {
    const sentences = corpus.articles.flatMap((a) => a.sentences);
    const built = timed(() => new BaselineIndex(sentences));
    buildMs = built.ms;
    wholeCorpus = (p) => built.value.search(p.question, LIMIT);
    oneArticle = (p) => built.value.search(p.question, LIMIT, p.article);
  }
  const after = settledMemory();

  const latency = {
    wholeCorpus: measureLatency(wholeCorpus, probes, WARMUP_QUERIES, budgetMs),
    oneArticle: measureLatency(oneArticle, probes, WARMUP_QUERIES, budgetMs),
  };

  const result = {
    system,
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
    corpus: { articles: corpus.articles.length, sentences: corpus.sentences, characters: corpus.characters, copies: corpus.copies, parseMs: corpusMs },
    buildMs,
    latencyMs: latency,
    memory: {
      rssBefore: before.rss,
      rssAfter: after.rss,
      rssIndex: after.rss - before.rss,
      heapUsedBefore: before.heapUsed,
      heapUsedAfter: after.heapUsed,
      heapIndex: after.heapUsed - before.heapUsed,
    },
  };
  process.stdout.write(`${SCALE_RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
