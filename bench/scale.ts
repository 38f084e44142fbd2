/**
 * The scale benchmark for one system, run alone in its own process so its memory is measured alone:
 *   node --expose-gc --import tsx bench/scale.ts --system ours|minisearch --sentences 200000 --queries 1000
 * Prints one line "SCALE_RESULT <json>" on stdout.
 */
import { parseArgs } from 'node:util';
import { BaselineIndex } from './lib/baseline.ts';
import { loadSquad } from './lib/corpus.ts';
import { percentile } from './lib/metrics.ts';
import { askSafely, loadOurEngine } from './lib/ours.ts';
import { hashString, pick } from './lib/sample.ts';
import { buildSyntheticCorpus, SCALE_RESULT_PREFIX } from './lib/synthetic.ts';
import { nowMs, timed } from './lib/timing.ts';

const WARMUP_QUERIES = 100;
const LIMIT = 10;

function settledMemory(): NodeJS.MemoryUsage {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      system: { type: 'string', default: 'ours' },
      sentences: { type: 'string', default: '200000' },
      queries: { type: 'string', default: '1000' },
    },
  });
  const system = values.system === 'minisearch' ? 'minisearch' : 'ours';
  const target = Number(values.sentences);
  const queryCount = Number(values.queries);

  const corpusStart = nowMs();
  const corpus = await buildSyntheticCorpus(target);
  const corpusMs = nowMs() - corpusStart;
  const squad = await loadSquad();
  const questions = pick(
    squad.flatMap((s) => s.record.questions.map((q) => q.question)),
    queryCount + WARMUP_QUERIES,
    hashString('scale-queries'),
  );

  let search: (question: string) => unknown;
  const before = settledMemory();
  let buildMs: number;
  let keep: unknown;
  if (system === 'ours') {
    const { factory, problem } = await loadOurEngine();
    if (!factory) throw new Error(problem);
    const built = timed(() => factory(corpus.articles));
    buildMs = built.ms;
    keep = built.value;
    search = (q) => askSafely(built.value, q, { limit: LIMIT });
  } else {
    const built = timed(() => new BaselineIndex(corpus.articles.flatMap((a) => a.sentences)));
    buildMs = built.ms;
    keep = built.value;
    search = (q) => built.value.search(q, LIMIT);
  }
  const after = settledMemory();

  for (const q of questions.slice(0, WARMUP_QUERIES)) search(q);
  const samples = questions.slice(WARMUP_QUERIES).map((q) => timed(() => search(q)).ms);

  const result = {
    system,
    gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
    corpus: { articles: corpus.articles.length, sentences: corpus.sentences, characters: corpus.characters, copies: corpus.copies, parseMs: corpusMs },
    buildMs,
    queries: samples.length,
    latencyMs: { p50: percentile(samples, 50), p99: percentile(samples, 99) },
    memory: {
      rssBefore: before.rss,
      rssAfter: after.rss,
      rssIndex: after.rss - before.rss,
      heapUsedBefore: before.heapUsed,
      heapUsedAfter: after.heapUsed,
      heapIndex: after.heapUsed - before.heapUsed,
    },
    kept: keep !== undefined,
  };
  process.stdout.write(`${SCALE_RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
