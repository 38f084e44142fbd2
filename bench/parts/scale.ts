/**
 * Part 5: a synthetic corpus of at least 200,000 sentences (50,000 with --quick) in one engine.
 * Each system runs in its own child process (bench/scale.ts) so its resident memory is measured alone.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchPart, PartOutcome } from '../lib/context.ts';
import { duration, heading, megabytes, summaryLines, table, times } from '../lib/format.ts';
import { ratio } from '../lib/metrics.ts';
import { SCALE_RESULT_PREFIX } from '../lib/synthetic.ts';
import type { LatencyRun } from '../scale.ts';

/** Each latency measurement stops early when its budget runs out (see bench/scale.ts). */
const FULL = { sentences: 200_000, queries: 1000, budgetMs: 90_000 };
const QUICK = { sentences: 50_000, queries: 300, budgetMs: 20_000 };
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface ScaleResult {
  system: 'ours' | 'minisearch';
  gcExposed: boolean;
  corpus: { articles: number; sentences: number; characters: number; copies: number; parseMs: number };
  buildMs: number;
  latencyMs: { wholeCorpus: LatencyRun; oneArticle: LatencyRun };
  memory: { rssBefore: number; rssAfter: number; rssIndex: number; heapUsedBefore: number; heapUsedAfter: number; heapIndex: number };
}

function runChild(system: string, sizes: typeof FULL): Promise<ScaleResult> {
  const args = ['--expose-gc', '--import', 'tsx', 'bench/scale.ts', '--system', system];
  args.push('--sentences', String(sizes.sentences), '--queries', String(sizes.queries), '--budget-ms', String(sizes.budgetMs));
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
  title: 'Scale: a synthetic corpus in one engine',
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

    const c = baseline.corpus;
    context.print(heading(`Scale: ${c.sentences} sentences, ${c.articles} articles (${c.copies} shuffled copies of SQuAD + seed)`));
    context.print(`corpus text ${megabytes(c.characters * 2)} as UTF-16, parsed in ${duration(c.parseMs)}; one engine / one index over all of it`);
    if (oursProblem) context.print(`!! ours: ${oursProblem}`);
    const row = (label: string, pick: (r: ScaleResult) => number, show: (n: number) => string) => {
      const o = ours ? pick(ours) : null;
      const b = pick(baseline);
      return [label, o == null ? 'n/a' : show(o), show(b), times(ratio(o, b))];
    };
    const count = (run: LatencyRun | undefined) => (run ? `${run.queries}${run.truncated ? ' (budget)' : ''}` : 'n/a');
    const whole = (r: ScaleResult) => r.latencyMs.wholeCorpus;
    const one = (r: ScaleResult) => r.latencyMs.oneArticle;
    context.print(
      table(
        ['measure', 'ours', 'MiniSearch', 'ours/MS'],
        [
          row('index build', (r) => r.buildMs, duration),
          ['queries timed, whole corpus', count(ours ? whole(ours) : undefined), count(whole(baseline)), ''],
          row('  p50 whole corpus', (r) => whole(r).p50, duration),
          row('  p99 whole corpus', (r) => whole(r).p99, duration),
          ['queries timed, one article', count(ours ? one(ours) : undefined), count(one(baseline)), ''],
          row('  p50 one article', (r) => one(r).p50, duration),
          row('  p99 one article', (r) => one(r).p99, duration),
          row('RSS before index', (r) => r.memory.rssBefore, megabytes),
          row('RSS after index', (r) => r.memory.rssAfter, megabytes),
          row('RSS added by index', (r) => r.memory.rssIndex, megabytes),
          row('heap added by index', (r) => r.memory.heapIndex, megabytes),
        ],
      ),
    );
    context.print('whole corpus: ask without an article; one article: ask with `article` (MiniSearch: search with a filter).');
    context.print('(budget): the time budget ran out first, so fewer queries were timed and p99 is rougher.');
    if (!baseline.gcExposed) context.print('!! the child ran without --expose-gc; memory figures include garbage');

    const o = ours;
    const b = baseline;
    return {
      summary: summaryLines(
        `Scale ${Math.round(c.sentences / 1000)}k`,
        `build ${duration(o?.buildMs)} vs ${duration(b.buildMs)} ` +
          `(${times(ratio(o?.buildMs, b.buildMs))}), RSS +${megabytes(o?.memory.rssIndex)} vs +${megabytes(b.memory.rssIndex)} ` +
          `(${times(ratio(o?.memory.rssIndex, b.memory.rssIndex))})`,
        `whole corpus p50 ${duration(o && whole(o).p50)} vs ${duration(whole(b).p50)} (${times(ratio(o && whole(o).p50, whole(b).p50))}), ` +
          `p99 ${duration(o && whole(o).p99)} vs ${duration(whole(b).p99)}; one article p50 ${duration(o && one(o).p50)} vs ${duration(one(b).p50)} ` +
          `(${times(ratio(o && one(o).p50, one(b).p50))})`,
      ),
      results: {
        layout: 'many articles: numbered copies of the 13 SQuAD articles and the seed article, paragraphs shuffled per copy, all in one engine',
        ours,
        oursProblem,
        baseline,
        ratio: ours
          ? {
              build: ratio(ours.buildMs, baseline.buildMs),
              wholeCorpusP50: ratio(whole(ours).p50, whole(baseline).p50),
              wholeCorpusP99: ratio(whole(ours).p99, whole(baseline).p99),
              oneArticleP50: ratio(one(ours).p50, one(baseline).p50),
              oneArticleP99: ratio(one(ours).p99, one(baseline).p99),
              rssIndex: ratio(ours.memory.rssIndex, baseline.memory.rssIndex),
            }
          : null,
      },
    };
  },
};
