/**
 * The Discord bot's throughput and reply latency: the real bot (src/discord) logged in to the local
 * Discord stand-in, answering /ask on the bundled article. Latency runs from dispatching
 * INTERACTION_CREATE on the gateway to the reply arriving at the REST API, one at a time;
 * throughput keeps several interactions in flight, as a busy server would.
 *
 *   npx tsx bench/discord.ts [--quick]        alone
 *   npm run bench -- --only discord           through the bench runner
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { startClient } from '../src/discord/bot.ts';
import { loadCommands } from '../src/discord/commands.ts';
import { deployCommands } from '../src/discord/deploy-commands.ts';
import { LiveLibrary } from '../src/discord/library.ts';
import { createLogger } from '../src/discord/log.ts';
import { exampleQuestions } from '../src/discord/suggestions.ts';
import { startDiscordStandin } from '../test/support/discord-standin/index.ts';
import type { BenchContext, BenchPart, PartOutcome } from './lib/context.ts';
import { heading, summaryLines, table } from './lib/format.ts';
import { percentile } from './lib/metrics.ts';
import { nowMs } from './lib/timing.ts';

/** Far above what the benchmark sends, so discord.js' own 50 requests/s limiter is not what is measured. */
const UNTHROTTLED_REQUESTS_PER_SECOND = 100_000;
const FULL = { warmup: 100, sequential: 1_000, concurrent: 3_000, inFlight: 16 };
const QUICK = { warmup: 30, sequential: 200, concurrent: 500, inFlight: 16 };
/**
 * The stand-in records every request and scans that record for each reply it awaits, so its own
 * cost grows with the run. Emptying the record between rounds keeps what is measured the bot.
 */
const ROUND = 200;
export const P99_TARGET_MS = 50;

export interface DiscordBenchResult {
  interactionsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Engine time alone for the same questions, to show what Discord's round trip adds. */
  engineP50Ms: number;
  questions: number;
  sequential: number;
  concurrent: number;
  inFlight: number;
}

/** Questions the article answers, then its sentences asked back, so answered and unanswered paths both run. */
async function questionsFor(library: LiveLibrary): Promise<string[]> {
  const examples = await exampleQuestions(library, 25);
  const sentences = library.articles.flatMap((a) => a.sentences.map((s) => s.text));
  return [...examples, ...sentences, 'What did nobody say about the weather on Mars?'];
}

export async function runDiscordBench(options: { quick?: boolean; print?: (line: string) => void } = {}): Promise<DiscordBenchResult> {
  const sizes = options.quick ? QUICK : FULL;
  const print = options.print ?? ((line: string) => console.log(line));
  const discord = await startDiscordStandin({ interactionDeadlineMs: 10_000 });
  // Logging stays on (at the production level) because serialising each question's log line is part of the cost.
  const logger = createLogger({ level: 'info', sink: () => undefined });
  const library = await LiveLibrary.open('data');
  const commands = await loadCommands();
  const config = { token: discord.token, apiUrl: discord.apiUrl, clientId: discord.applicationId, guildId: undefined, cooldownSeconds: 0 };
  await deployCommands({ config, logger, commands });
  const bot = await startClient({ config, library, logger, commands, clientOptions: { rest: { globalRequestsPerSecond: UNTHROTTLED_REQUESTS_PER_SECOND } } });
  try {
    const questions = await questionsFor(library);
    const ask = (i: number) => discord.interact(discord.slashCommand('ask', { question: questions[i % questions.length] ?? '' }));

    const forgetRecorded = () => {
      discord.requests.splice(0);
      discord.gatewayLog.splice(0);
    };

    for (let i = 0; i < sizes.warmup; i++) await ask(i);
    forgetRecorded();

    const latencies: number[] = [];
    for (let i = 0; i < sizes.sequential; i++) {
      if (i % ROUND === 0) forgetRecorded();
      const start = nowMs();
      await ask(i);
      latencies.push(nowMs() - start);
    }

    let elapsedMs = 0;
    for (let done = 0; done < sizes.concurrent; done += ROUND) {
      forgetRecorded();
      const count = Math.min(ROUND, sizes.concurrent - done);
      let next = 0;
      const worker = async () => {
        while (next < count) await ask(done + next++);
      };
      const started = nowMs();
      await Promise.all(Array.from({ length: sizes.inFlight }, worker));
      elapsedMs += nowMs() - started;
    }

    const engineTimes = questions.map((q) => {
      const start = nowMs();
      library.ask(q, { limit: 25 });
      return nowMs() - start;
    });
    discord.assertNoViolations();

    const result: DiscordBenchResult = {
      interactionsPerSecond: Math.round((sizes.concurrent / elapsedMs) * 1000),
      p50Ms: round(percentile(latencies, 50)),
      p99Ms: round(percentile(latencies, 99)),
      engineP50Ms: round(percentile(engineTimes, 50)),
      questions: questions.length,
      sequential: sizes.sequential,
      concurrent: sizes.concurrent,
      inFlight: sizes.inFlight,
    };
    print(heading('Discord bot: /ask against the local Discord stand-in'));
    print(
      table(
        ['measure', 'value'],
        [
          ['reply latency p50 (dispatch → reply)', `${result.p50Ms} ms`],
          [`reply latency p99 (target < ${P99_TARGET_MS} ms)`, `${result.p99Ms} ms`],
          ['engine alone p50', `${result.engineP50Ms} ms`],
          [`throughput (${sizes.inFlight} in flight)`, `${result.interactionsPerSecond} interactions/s`],
          ['interactions', `${sizes.warmup} warm-up, ${sizes.sequential} timed one by one, ${sizes.concurrent} concurrent`],
        ],
      ),
    );
    return result;
  } finally {
    await bot.stop();
    library.close();
    await discord.close();
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export const discordPart: BenchPart = {
  name: 'discord',
  title: 'Discord bot throughput and reply latency',
  async run(context: BenchContext): Promise<PartOutcome> {
    const result = await runDiscordBench({ quick: context.options.quick, print: (line) => context.print(line) });
    const verdict = result.p99Ms < P99_TARGET_MS ? 'within' : 'OVER';
    return {
      summary: summaryLines('discord', `/ask p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms (${verdict} the ${P99_TARGET_MS} ms target), ${result.interactionsPerSecond} interactions/s`),
      results: { ...result },
    };
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  await runDiscordBench({ quick: values.quick });
}
