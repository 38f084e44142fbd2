/**
 * Start-up: how long `npm start` (no token) takes until the console is ready for a question and
 * `npm run ask` until it has printed its answer, with the peak memory of every Node process each
 * starts, against the previous way of starting, tsx on the TypeScript sources, side by side in one
 * run. The commands run in turns, several times over, and the median counts.
 *
 * The launcher keeps parsed articles and their words' search terms in dist/article-cache, filled by
 * the build (`npm install` runs it) and by every start: its figures are those of the usual start.
 * It is also timed with that cache emptied before every run ("cold"), as after editing an article.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROMPT } from '../../src/cli/console.ts';
import type { BenchContext, BenchPart, PartOutcome } from '../lib/context.ts';
import { duration, heading, megabytes, summaryLines, table, times } from '../lib/format.ts';
import { median, ratio } from '../lib/metrics.ts';
import { nowMs } from '../lib/timing.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REPORT_RSS = new URL('../lib/report-rss.mjs', import.meta.url).href;
const TSX_CLI = join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
const LAUNCHER = join(REPO_ROOT, 'scripts/launch.js');
const ARTICLE_CACHE = join(REPO_ROOT, 'dist/article-cache');
const BASELINE_NAME = 'tsx src/main.ts (and tsx src/cli/ask.ts)';
const TARGET_MS = 300;
const QUESTION = 'How much aid did the US announce?';
const FULL = { repeats: 9 };
const QUICK = { repeats: 3 };

interface Command {
  label: string;
  file: string;
  args: readonly string[];
  /** Timed until the console prompts (then its input ends), else until it exits. */
  untilPrompt: boolean;
  /** Run with the launcher's article cache emptied first (not timed). */
  cold?: boolean;
}

interface Run {
  ms: number;
  /** Sum of the peak resident memory of every Node process of the run. */
  rssBytes: number;
}

async function runOnce(command: Command): Promise<Run> {
  const { untilPrompt } = command;
  const dir = await mkdtemp(join(tmpdir(), 'bench-startup-'));
  const rssFile = join(dir, 'rss');
  try {
    if (command.cold) await rm(ARTICLE_CACHE, { recursive: true, force: true });
    const env = { ...process.env, DISCORD_TOKEN: '', DATA_DIR: '', NO_COLOR: '1', REPORT_RSS_FILE: rssFile, NODE_OPTIONS: `--import=${REPORT_RSS}` };
    const start = nowMs();
    const child = spawn(command.file, command.args, { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'inherit'] });
    let ready = NaN;
    let printed = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      printed += chunk;
      if (untilPrompt && Number.isNaN(ready) && printed.includes(PROMPT)) {
        ready = nowMs() - start;
        child.stdin.end();
      }
    });
    if (!untilPrompt) child.stdin.end();
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (!untilPrompt) ready = nowMs() - start;
    if (code !== 0 || Number.isNaN(ready)) throw new Error(`${command.label} exited with ${code} before it was ready:\n${printed}`);
    const peaks = (await readFile(rssFile, 'utf8')).trim().split('\n').map(Number);
    return { ms: ready, rssBytes: peaks.reduce((sum, bytes) => sum + bytes, 0) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Scenario {
  name: string;
  baseline: Command;
  ours: Command;
  cold: Command;
  npm: Command;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'console ready',
    baseline: { label: 'tsx src/main.ts', file: process.execPath, args: [TSX_CLI, 'src/main.ts'], untilPrompt: true },
    ours: { label: 'node scripts/launch.js main', file: process.execPath, args: [LAUNCHER, 'main'], untilPrompt: true },
    cold: { label: 'node scripts/launch.js main, cold', file: process.execPath, args: [LAUNCHER, 'main'], untilPrompt: true, cold: true },
    npm: { label: 'npm start', file: 'npm', args: ['start', '--silent'], untilPrompt: true },
  },
  {
    name: 'ask answered',
    baseline: { label: 'tsx src/cli/ask.ts', file: process.execPath, args: [TSX_CLI, 'src/cli/ask.ts', QUESTION], untilPrompt: false },
    ours: { label: 'node scripts/launch.js ask', file: process.execPath, args: [LAUNCHER, 'ask', QUESTION], untilPrompt: false },
    cold: { label: 'node scripts/launch.js ask, cold', file: process.execPath, args: [LAUNCHER, 'ask', QUESTION], untilPrompt: false, cold: true },
    npm: { label: 'npm run ask', file: 'npm', args: ['run', '--silent', 'ask', '--', QUESTION], untilPrompt: false },
  },
];
/** npm's own start and finish, paid by every npm script whatever it runs. */
const NPM_ALONE: Command = { label: 'npm run env (npm alone)', file: 'npm', args: ['run', '--silent', 'env'], untilPrompt: false };

interface Figures {
  label: string;
  ms: number;
  rssBytes: number;
}

const summarise = (command: Command, runs: readonly Run[]): Figures => ({
  label: command.label,
  ms: median(runs.map((r) => r.ms)),
  rssBytes: median(runs.map((r) => r.rssBytes)),
});

export const startupPart: BenchPart = {
  name: 'startup',
  title: 'Start-up time and memory of npm start and npm run ask',
  async run(context: BenchContext): Promise<PartOutcome> {
    const { repeats } = context.options.quick ? QUICK : FULL;
    // A cold run comes right before its warm twin, which then starts from the cache it refilled.
    const commands = SCENARIOS.flatMap((s) => [s.baseline, s.cold, s.ours, s.npm]).concat(NPM_ALONE);
    // One untimed run each: builds dist/ if a source changed and warms the file cache for all alike.
    for (const command of commands) await runOnce(command);
    const runs = new Map<Command, Run[]>(commands.map((command) => [command, []]));
    for (let round = 0; round < repeats; round++) {
      for (const command of commands) runs.get(command)?.push(await runOnce(command));
    }
    const figures = (command: Command) => summarise(command, runs.get(command) ?? []);
    const npmAlone = figures(NPM_ALONE);

    const results = SCENARIOS.map((scenario) => {
      const baseline = figures(scenario.baseline);
      const ours = figures(scenario.ours);
      const cold = figures(scenario.cold);
      return {
        scenario: scenario.name,
        baseline,
        ours,
        cold,
        npm: figures(scenario.npm),
        ratio: { ms: ratio(ours.ms, baseline.ms), rss: ratio(ours.rssBytes, baseline.rssBytes), coldMs: ratio(cold.ms, baseline.ms) },
      };
    });

    context.print(heading(`Start-up on the bundled article: median of ${repeats} runs, in turns; baseline ${BASELINE_NAME}`));
    const target = (ms: number) => `${ms < TARGET_MS ? 'met' : 'not met'} (< ${duration(TARGET_MS)})`;
    const rows = results.flatMap(({ scenario, baseline, ours, cold, npm, ratio: r }) => [
      [`${scenario}: ${baseline.label} (baseline)`, duration(baseline.ms), megabytes(baseline.rssBytes), '', '', ''],
      [`${scenario}: ${ours.label}`, duration(ours.ms), megabytes(ours.rssBytes), times(r.ms), times(r.rss), target(ours.ms)],
      [`${scenario}: ${cold.label}`, duration(cold.ms), megabytes(cold.rssBytes), times(r.coldMs), '', target(cold.ms)],
      [`${scenario}: ${npm.label}`, duration(npm.ms), megabytes(npm.rssBytes), '', '', target(npm.ms)],
    ]);
    rows.push([npmAlone.label, duration(npmAlone.ms), megabytes(npmAlone.rssBytes), '', '', '']);
    context.print(table(['command', 'wall', 'peak RSS', 'time ratio', 'RSS ratio', 'target'], rows));
    context.print("wall: until the console prompts, or until ask has answered and exited. peak RSS: the sum of each Node process's");
    context.print('peak (tsx runs two, npm one more). Ratios: ours / baseline, both without npm, which adds the same to each.');
    context.print('cold: with dist/article-cache emptied first, so the article is parsed and its words looked up again, as after');
    context.print('an edit; the other rows find them there, as every start does after `npm install` (which fills it) or after one start.');

    return {
      summary: summaryLines(
        'Start-up',
        ...results.map(
          (r) =>
            `${r.scenario} ${duration(r.ours.ms)} (cold ${duration(r.cold.ms)}) vs ${duration(r.baseline.ms)} (${times(r.ratio.ms)}; target < ${duration(TARGET_MS)}), ` +
            `RSS ${megabytes(r.ours.rssBytes)} vs ${megabytes(r.baseline.rssBytes)} (${times(r.ratio.rss)}); through npm ${duration(r.npm.ms)}`,
        ),
        `npm's own start ${duration(npmAlone.ms)}`,
      ),
      results: { baseline: BASELINE_NAME, targetMs: TARGET_MS, question: QUESTION, repeats, scenarios: results, npmAlone },
    };
  },
};
