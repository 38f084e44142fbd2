/**
 * `npm run bench` — our answer engine side by side with the baseline (MiniSearch, Porter stems,
 * English stopwords) on the same articles and the same sentence splits, so only ranking differs.
 *
 *   npm run bench                                    every part, full size
 *   npm run bench -- --only squad,seed               some parts
 *   npm run bench -- --quick                         subsampled, for fast iteration
 *
 * Full runs write bench/results/latest.json (parts run alone are merged into it); quick runs write
 * bench/results/latest-quick.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BASELINE_NAME } from './lib/baseline.ts';
import { BenchContext, type BenchPart } from './lib/context.ts';
import { duration, heading } from './lib/format.ts';
import { loadOurEngine } from './lib/ours.ts';
import { nowMs } from './lib/timing.ts';
import { discordPart } from './discord.ts';
import { declinePart } from './parts/decline.ts';
import { heldout2Part, heldoutPart } from './parts/heldout.ts';
import { scalePart } from './parts/scale.ts';
import { seedPart } from './parts/seed.ts';
import { newsPart, trainPart } from './parts/news.ts';
import { speedPart } from './parts/speed.ts';
import { squadPart } from './parts/squad.ts';
import { startupPart } from './parts/startup.ts';

/**
 * Every part, in the order they run. A new part (for example the Discord throughput and latency
 * benchmark in bench/discord.ts) is a `BenchPart` added here; `--only <name>` then selects it.
 */
const PARTS: readonly BenchPart[] = [squadPart, seedPart, newsPart, trainPart, heldoutPart, heldout2Part, declinePart, speedPart, scalePart, discordPart, startupPart];

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

function gitCommit(): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    return dirty ? `${commit} (src modified)` : commit;
  } catch {
    return null;
  }
}

async function readPreviousParts(file: string): Promise<Record<string, unknown>> {
  try {
    const previous = JSON.parse(await readFile(file, 'utf8')) as { parts?: Record<string, unknown> };
    return previous.parts ?? {};
  } catch {
    return {};
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, quick: { type: 'boolean', default: false } },
  });
  const wanted = values.only?.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = wanted?.filter((name) => !PARTS.some((part) => part.name === name)) ?? [];
  if (unknown.length > 0) {
    console.error(`unknown part(s): ${unknown.join(', ')}; parts are ${PARTS.map((p) => p.name).join(', ')}`);
    process.exit(2);
  }
  const parts = wanted ? PARTS.filter((part) => wanted.includes(part.name)) : PARTS;

  const { factory, problem } = await loadOurEngine();
  const context = new BenchContext({ quick: values.quick }, factory);
  const commit = gitCommit();
  console.log(`answer bench${values.quick ? ' (--quick)' : ''}: ${parts.map((p) => p.name).join(', ')}`);
  console.log(`ours: AnswerEngine${commit ? ` @ ${commit}` : ''}${factory ? '' : ` — NOT AVAILABLE (${problem})`}`);
  console.log(`baseline: ${BASELINE_NAME}; same articles, same sentences (parseArticle)`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);

  const summaries: string[] = [];
  const results: Record<string, unknown> = {};
  for (const part of parts) {
    const start = nowMs();
    try {
      const outcome = await part.run(context);
      summaries.push(...outcome.summary);
      results[part.name] = { summary: outcome.summary, ...outcome.results, ranAt: new Date().toISOString(), commit, tookMs: nowMs() - start };
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.error(`\n!! part ${part.name} failed: ${message}`);
      summaries.push(`${part.name}: FAILED (${message.split('\n')[0]})`);
      process.exitCode = 1;
    }
    console.log(`(${part.name} took ${duration(nowMs() - start)})`);
  }

  console.log(heading(`Summary — ours vs baseline (${BASELINE_NAME})`));
  for (const line of summaries) console.log(line);

  await mkdir(RESULTS_DIR, { recursive: true });
  const file = `${RESULTS_DIR}${values.quick ? 'latest-quick.json' : 'latest.json'}`;
  const merged = { ...(await readPreviousParts(file)), ...results };
  // Parts run earlier keep their own summary, so the file's summary covers every part it holds.
  const mergedSummary = PARTS.flatMap((part) => (merged[part.name] as { summary?: string[] } | undefined)?.summary ?? []);
  const report = {
    generatedAt: new Date().toISOString(),
    quick: values.quick,
    node: process.version,
    baseline: BASELINE_NAME,
    ours: factory ? { commit } : { commit, problem },
    summary: mergedSummary,
    parts: merged,
  };
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nfigures written to ${file.slice(fileURLToPath(new URL('../', import.meta.url)).length)}`);
}

await main();
