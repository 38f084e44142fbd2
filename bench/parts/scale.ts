/**
 * Part 6: a library of 5,000 distinct articles written from WordNet (1,000 with --quick), in one
 * engine, asked questions drawn across all of it. Each system runs in its own child process
 * (bench/scale.ts) so its memory is measured alone.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchPart, PartOutcome } from '../lib/context.ts';
import { duration, heading, megabytes, pct, summaryLines, table, times } from '../lib/format.ts';
import { ratio } from '../lib/metrics.ts';
import { DEADLINE_MS, EVENT_LOOP_BLOCK_MS, SCALE_RESULT_PREFIX } from '../lib/synthetic.ts';
import type { LatencyRun } from '../scale.ts';
import { REGEXP_FLAGS } from '../../src/regexp-flags.ts';

/** Each latency measurement stops early when its budget runs out (see bench/scale.ts). */
const FULL = { articles: 5_000, questions: 1_000, budgetMs: 90_000 };
const QUICK = { articles: 1_000, questions: 300, budgetMs: 20_000 };
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface ScaleResult {
  system: 'ours' | 'minisearch';
  gcExposed: boolean;
  library: { articles: number; topics: number; sentences: number; characters: number; buildMs: number };
  questions: { total: number; answerable: number; warmup: number };
  buildMs: number;
  latencyMs: { wholeLibrary: LatencyRun; oneArticle: LatencyRun; fuzzy?: LatencyRun };
  spellingCache: number | null;
  memory: { rssIndex: number; heapIndex: number; heapAfterQuestions: number; heapUsed: number };
}

function runChild(system: string, sizes: typeof FULL): Promise<ScaleResult> {
  // Each system's child compiles regular expressions as this process does, as the bot's processes do.
  const args = [...REGEXP_FLAGS, '--expose-gc', '--import', 'tsx', 'bench/scale.ts', '--system', system];
  args.push('--articles', String(sizes.articles), '--questions', String(sizes.questions), '--budget-ms', String(sizes.budgetMs));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith(SCALE_RESULT_PREFIX));
      if (code !== 0 || !line) reject(new Error(`bench/scale.ts --system ${system} exited with ${code}`));
      else resolve(JSON.parse(line.slice(SCALE_RESULT_PREFIX.length)) as ScaleResult);
    });
  });
}

export const scalePart: BenchPart = {
  name: 'scale',
  title: 'Scale: 5,000 distinct articles in one engine',
  async run(context: BenchContext): Promise<PartOutcome> {
    const sizes = context.options.quick ? QUICK : FULL;
    const baseline = await runChild('minisearch', sizes);
    let ours: ScaleResult | null = null;
    let oursProblem: string | undefined;
    if (context.ourEngine) {
      try {
        ours = await runChild('ours', sizes);
      } catch (error) {
        oursProblem = (error as Error).message;
      }
    } else {
      oursProblem = 'engine not available';
    }

    const l = baseline.library;
    const q = baseline.questions;
    context.print(heading(`Scale: ${l.articles} articles written from WordNet, ${l.sentences} sentences`));
    context.print(`library text ${megabytes(l.characters * 2)} as UTF-16, written in ${duration(l.buildMs)}; one engine / one index over all of it`);
    context.print(`${q.total} questions drawn across the library (${q.answerable} answerable: what-is, definition, misspelt; the rest nonsense), after ${q.warmup} untimed`);
    if (oursProblem) context.print(`!! ours: ${oursProblem}`);
    const whole = (r: ScaleResult) => r.latencyMs.wholeLibrary;
    const one = (r: ScaleResult) => r.latencyMs.oneArticle;
    const row = (label: string, pick: (r: ScaleResult) => number | null, show: (n: number | null) => string, against = baseline) => {
      const o = ours ? pick(ours) : null;
      const b = pick(against);
      return [label, show(o), show(b), times(ratio(o, b))];
    };
    const count = (n: number | null) => (n === null ? 'n/a' : String(n));
    const fuzzy = baseline.latencyMs.fuzzy;
    const rows = [
      row('index build', (r) => r.buildMs, duration),
      row('questions timed, whole library', (r) => whole(r).questions, count),
      row('  p50', (r) => whole(r).p50, duration),
      row('  p99', (r) => whole(r).p99, duration),
      row('  max', (r) => whole(r).max, duration),
      row(`  over ${duration(EVENT_LOOP_BLOCK_MS)} (event loop blocked)`, (r) => whole(r).overBlockBudget, count),
      row(`  over ${duration(DEADLINE_MS)} (Discord deadline missed)`, (r) => whole(r).overDeadline, count),
      row('  first quote is the right sentence', (r) => whole(r).top1, pct),
      ...(['what-is', 'definition', 'misspelt', 'nonsense'] as const).map((kind) =>
        row(`  p99, ${kind}`, (r) => whole(r).byKind[kind]?.p99 ?? null, (n) => duration(n)),
      ),
      row('questions timed, one article', (r) => one(r).questions, count),
      row('  p50', (r) => one(r).p50, duration),
      row('  p99', (r) => one(r).p99, duration),
      row('  max', (r) => one(r).max, duration),
      row('  first quote is the right sentence', (r) => one(r).top1, pct),
      row('RSS added by index', (r) => r.memory.rssIndex, megabytes),
      row('heap added by index', (r) => r.memory.heapIndex, megabytes),
      row('heap added by the questions', (r) => r.memory.heapAfterQuestions, megabytes),
      ['spelling cache entries after the questions', count(ours?.spellingCache ?? null), 'n/a', ''],
    ];
    context.print(table(['measure', 'ours', 'MiniSearch', 'ours/MS'], rows));
    if (fuzzy) {
      context.print(`MiniSearch with fuzzy matching (a fifth of a word's letters may differ), whole library:`);
      context.print(
        `  p50 ${duration(fuzzy.p50)}, p99 ${duration(fuzzy.p99)}, max ${duration(fuzzy.max)}, over ${duration(EVENT_LOOP_BLOCK_MS)}: ${fuzzy.overBlockBudget}, ` +
          `first quote right ${pct(fuzzy.top1)}${ours ? `; ours/fuzzy p99 ${times(ratio(whole(ours).p99, fuzzy.p99))}` : ''}`,
      );
    }
    context.print('whole library: ask without an article (MiniSearch: one index of every sentence); one article: ask with `article`');
    context.print('(MiniSearch: an index of that article alone, as ours keeps one per article). A question is answered synchronously,');
    context.print('so its time is how long it holds the event loop.');
    if (whole(baseline).truncated || (ours && whole(ours).truncated)) context.print('!! the time budget ran out before every question was asked');
    if (!baseline.gcExposed) context.print('!! the child ran without --expose-gc; memory figures include garbage');

    const o = ours;
    const b = baseline;
    return {
      summary: summaryLines(
        `Scale ${l.articles}`,
        `whole library p50 ${duration(o && whole(o).p50)} vs ${duration(whole(b).p50)} (${times(ratio(o && whole(o).p50, whole(b).p50))}), ` +
          `p99 ${duration(o && whole(o).p99)} vs ${duration(whole(b).p99)}, max ${duration(o && whole(o).max)} vs ${duration(whole(b).max)}`,
        `over ${duration(EVENT_LOOP_BLOCK_MS)}: ${o ? whole(o).overBlockBudget : 'n/a'} vs ${whole(b).overBlockBudget} of ${whole(b).questions}; ` +
          `over ${duration(DEADLINE_MS)}: ${o ? whole(o).overDeadline : 'n/a'}; right first quote ${pct(o && whole(o).top1)} vs ${pct(whole(b).top1)}`,
        `build ${duration(o?.buildMs)} vs ${duration(b.buildMs)}, heap +${megabytes(o?.memory.heapIndex)} vs +${megabytes(b.memory.heapIndex)}, ` +
          `spelling cache ${o?.spellingCache ?? 'n/a'} entries`,
      ),
      results: {
        layout: 'distinct articles written from WordNet glosses and examples (a topic noun and its kinds and parts), all in one engine',
        ours,
        oursProblem,
        baseline,
        ratio: ours
          ? {
              build: ratio(ours.buildMs, baseline.buildMs),
              wholeLibraryP50: ratio(whole(ours).p50, whole(baseline).p50),
              wholeLibraryP99: ratio(whole(ours).p99, whole(baseline).p99),
              oneArticleP50: ratio(one(ours).p50, one(baseline).p50),
              oneArticleP99: ratio(one(ours).p99, one(baseline).p99),
              heapIndex: ratio(ours.memory.heapIndex, baseline.memory.heapIndex),
            }
          : null,
      },
    };
  },
};
