/** A real bot (src/discord) connected to the local Discord stand-in, for the end-to-end tests and the benchmark. */
import { startClient, type RunningBot } from '../src/discord/bot.ts';
import type { Command } from '../src/discord/command.ts';
import { loadCommands } from '../src/discord/commands.ts';
import { deployCommands } from '../src/discord/deploy-commands.ts';
import { LiveLibrary, type Library } from '../src/discord/library.ts';
import { createLogger, type Logger } from '../src/discord/log.ts';
import { startDiscordStandin, type DiscordStandin, type StandinOptions } from './support/discord-standin/index.ts';
import { bundledDataDir } from './bundled-data.ts';

/** Far above what a test sends, so discord.js' own 50 requests/s limiter never stalls one. */
export const UNTHROTTLED_REQUESTS_PER_SECOND = 10_000;
/** Shaped like a real token, so the settings accept it where a test goes through them. */
export const TEST_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GxYzAb.standin-test-token-0123456789abcdef';

export type LogLine = Record<string, unknown> & { level: string; msg: string };

export interface Harness {
  discord: DiscordStandin;
  bot: RunningBot;
  library: Library;
  logs: LogLine[];
  commands: ReadonlyMap<string, Command>;
  logger: Logger;
  /** A second bot process on the same stand-in, as after a restart. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  standin?: StandinOptions;
  cooldownSeconds?: number;
  deferAfterMs?: number;
  /** UNANSWERED_LOG: the file unanswered questions are appended to. */
  unansweredLog?: string;
  /** Wraps the library the bot reads from (to slow it down or make it fail). */
  library?: (library: Library) => Library;
}

let sharedLibrary: Promise<LiveLibrary> | undefined;
export function bundledLibrary(): Promise<LiveLibrary> {
  sharedLibrary ??= LiveLibrary.open(bundledDataDir());
  return sharedLibrary;
}

export async function connectedBot(options: HarnessOptions = {}): Promise<Harness> {
  const discord = await startDiscordStandin({ token: TEST_TOKEN, ...options.standin });
  const logs: LogLine[] = [];
  const logger = createLogger({ level: 'debug', secrets: [discord.token], sink: (line) => logs.push(JSON.parse(line) as LogLine) });
  const base = await bundledLibrary();
  const library = options.library ? options.library(base) : base;
  const commands = await loadCommands();
  const config = { token: discord.token, apiUrl: discord.apiUrl, clientId: discord.applicationId, guildId: undefined, cooldownSeconds: options.cooldownSeconds ?? 0, unansweredLog: options.unansweredLog };
  await deployCommands({ config, logger, commands });
  const start = () =>
    startClient({ config, library, logger, commands, deferAfterMs: options.deferAfterMs, clientOptions: { rest: { globalRequestsPerSecond: UNTHROTTLED_REQUESTS_PER_SECOND } } });
  const harness: Harness = {
    discord,
    bot: await start(),
    library,
    logs,
    commands,
    logger,
    async restart() {
      await harness.bot.stop();
      harness.bot = await start();
    },
    async close() {
      await harness.bot.stop();
      await discord.close();
    },
  };
  return harness;
}
