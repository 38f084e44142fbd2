/**
 * Part 5: a synthetic corpus of at least 200,000 sentences (50,000 with --quick) in one engine.
 * Each system runs in its own child process (bench/scale.ts) so its resident memory is measured alone.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchPart, PartOutcome } from '../lib/context.ts';
import { duration, heading, megabytes, table, times } from '../lib/format.ts';
import { ratio } from '../lib/metrics.ts';
import { SCALE_RESULT_PREFIX } from '../lib/synthetic.ts';

const FULL = { sentences: 200_000, queries: 1000 };
const QUICK = { sentences: 50_000, queries: 300 };
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface ScaleResult {
  system: 'ours' | 'minisearch';
  gcExposed: boolean;
  corpus: { articles: number; sentences: number; characters: number; copies: number; parseMs: number };
  buildMs: number;
  queries: number;
  latencyMs: { p50: number; p99: number };
  memory: { rssBefore: number; rssAfter: number; rssIndex: number; heapUsedBefore: number; heapUsedAfter: number; heapIndex: number };
}

function runChild(system: string, sentences: number, queries: number): Promise<ScaleResult> {
  const args = ['--expose-gc', '--import', 'tsx', 'bench/scale.ts', '--system', system, '--sentences', String(sentences), '--queries', String(queries)];
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
    const baseline = await runChild('minisearch', sizes.sentences, sizes.queries);
    let ours: ScaleResult | null = null;
    let oursProblem: string | undefined;
    if (context.ourEngine) {
      try {
        ours = await runChild('ours', sizes.sentences, sizes.queries);
      } catch (error) {
        oursProblem = (error as Error).message;
      }
    } else {
      oursProblem = 'engine not available';
    }

    const c = baseline.corpus;
    context.print(heading(`Scale: ${c.sentences} sentences, ${c.articles} articles (${c.copies} shuffled copies of SQuAD + seed)`));
    context.print(`corpus text ${megabytes(c.characters * 2)} as UTF-16; parsed in ${duration(c.parseMs)}; ${baseline.queries} queries over the whole corpus (no article filter)`);
    if (oursProblem) context.print(`!! ours: ${oursProblem}`);
    const row = (label: string, pick: (r: ScaleResult) => number, show: (n: number) => string) => {
      const o = ours ? pick(ours) : null;
      const b = pick(baseline);
      return [label, o == null ? 'n/a' : show(o), show(b), times(ratio(o, b))];
    };
    context.print(
      table(
        ['measure', 'ours', 'MiniSearch', 'ours/MS'],
        [
          row('index build', (r) => r.buildMs, duration),
          row('query p50', (r) => r.latencyMs.p50, duration),
          row('query p99', (r) => r.latencyMs.p99, duration),
          row('RSS before index', (r) => r.memory.rssBefore, megabytes),
          row('RSS after index', (r) => r.memory.rssAfter, megabytes),
          row('RSS added by index', (r) => r.memory.rssIndex, megabytes),
          row('heap added by index', (r) => r.memory.heapIndex, megabytes),
        ],
      ),
    );
    if (!baseline.gcExposed) context.print('!! the child ran without --expose-gc; memory figures include garbage');

    return {
      summary: [
        `Scale (${Math.round(c.sentences / 1000)}k sent.) build ${duration(ours?.buildMs)} vs ${duration(baseline.buildMs)} ` +
          `(${times(ratio(ours?.buildMs, baseline.buildMs))}), p50 ${duration(ours?.latencyMs.p50)} vs ${duration(baseline.latencyMs.p50)} ` +
          `(${times(ratio(ours?.latencyMs.p50, baseline.latencyMs.p50))}), p99 ${duration(ours?.latencyMs.p99)} vs ${duration(baseline.latencyMs.p99)}, ` +
          `RSS +${megabytes(ours?.memory.rssIndex)} vs +${megabytes(baseline.memory.rssIndex)}`,
      ],
      results: {
        layout: 'many articles: numbered copies of the 13 SQuAD articles and the seed article, paragraphs shuffled per copy, all in one engine',
        ours,
        oursProblem,
        baseline,
        ratio: ours
          ? {
              build: ratio(ours.buildMs, baseline.buildMs),
              p50: ratio(ours.latencyMs.p50, baseline.latencyMs.p50),
              p99: ratio(ours.latencyMs.p99, baseline.latencyMs.p99),
              rssIndex: ratio(ours.memory.rssIndex, baseline.memory.rssIndex),
            }
          : null,
      },
    };
  },
};
