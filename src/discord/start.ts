/**
 * `npm start` in Discord mode: validated settings, the live article library, command
 * registration when definitions changed, then one bot process, or a ShardingManager with one
 * process per shard when SHARD_COUNT is set. SIGINT/SIGTERM disconnect cleanly; SIGHUP reloads
 * the articles (the manager passes it on to every shard), unless it comes from a closed terminal.
 */
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { applicationIdOfToken, loadDiscordConfig, type DiscordConfig } from '../config.ts';
import { REGEXP_FLAGS } from '../regexp-flags.ts';
import { startClient, type RunningBot } from './bot.ts';
import { loadCommands } from './commands.ts';
import { deployCommands } from './deploy-commands.ts';
import { isTokenRejection, TokenRejectedError, unreachable } from './errors.ts';
import { LiveLibrary } from './library.ts';
import { createLogger, type Logger } from './log.ts';
import { exampleQuestions } from './suggestions.ts';

export const SHARD_ENTRY = fileURLToPath(new URL('./shard.ts', import.meta.url));
const SHARD_READY_TIMEOUT_MS = 60_000;
/** How long a clean shutdown may take before the process exits regardless. */
const SHUTDOWN_TIMEOUT_MS = 5_000;
/** Discord's identify rate window: max_concurrency identifies per 5 seconds. */
const IDENTIFY_WINDOW_MS = 5_500;
/** Shards run TypeScript directly, like the main process. */
const TSX_LOADER = import.meta.resolve('tsx');

/** Set by discord.js in processes spawned by a ShardingManager. */
export function isShardProcess(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SHARDING_MANAGER === 'true';
}

function onSignals(logger: Logger, { stop, reload }: { stop: () => Promise<void>; reload: () => void }): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info('shutting down', { signal });
    // A disconnect that hangs (e.g. mid-reconnect) must not keep the process from ending.
    setTimeout(() => {
      logger.warn('shutdown took too long; exiting anyway', { afterMs: SHUTDOWN_TIMEOUT_MS });
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('error while shutting down', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // SIGHUP asks a service to reload its data; but sent to a process on a terminal it means the
  // terminal closed, and the bot must not run on unseen behind it.
  process.on('SIGHUP', (signal) => (process.stdout.isTTY ? shutdown(signal) : reload()));
}

function keepRunningThroughStrayErrors(logger: Logger): void {
  process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));
  process.on('uncaughtException', (error) => logger.error('uncaught exception', { error }));
}

async function openLibrary(config: DiscordConfig, logger: Logger): Promise<LiveLibrary> {
  let library: LiveLibrary | undefined;
  // Example questions are worked out again after each change, before anyone asks for them.
  const warm = () => {
    if (library) void exampleQuestions(library);
  };
  try {
    library = await LiveLibrary.open(config.dataDir, { logger, onReload: warm });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'Data folder not found' : code === 'ENOTDIR' ? 'Not a folder' : `Data folder cannot be read (${code ?? (error as Error).message})`;
    throw new Error(`${problem}: ${config.dataDir}. Set DATA_DIR in .env (or give npm start -- --data DIR) to the folder holding the article files.`);
  }
  // Running on an empty folder is allowed (articles may be added while it runs), but worth saying.
  if (library.articles.length === 0) logger.warn('no articles in the data folder yet: questions get "No articles are loaded yet" until article files are added', { dir: config.dataDir });
  warm();
  return library;
}

/**
 * Registration trouble other than a bad token should not keep the bot from serving the commands
 * Discord already has. Whether it registered them: the log says what is served only once the bot
 * has started, as start-up may yet fail (Discord unreachable for registering is usually
 * unreachable for connecting too).
 */
async function deployOrCarryOn(config: DiscordConfig, logger: Logger, commands?: Awaited<ReturnType<typeof loadCommands>>): Promise<boolean> {
  try {
    await deployCommands({ config, logger, ...(commands ? { commands } : {}) });
    return true;
  } catch (error) {
    if (error instanceof TokenRejectedError) throw error;
    logger.error('could not register commands', { error });
    return false;
  }
}

const SERVING_OLD_COMMANDS = 'serving the commands Discord already has, not registered afresh';

/** Runs one bot process (all shards, or the one a ShardingManager gave it). */
export async function runBotProcess(config: DiscordConfig, logger: Logger, options: { deploy: boolean }): Promise<RunningBot> {
  const library = await openLibrary(config, logger);
  library.watch();
  let bot: RunningBot | undefined;
  // From here on, so that a reload asked for during start-up does not end the process.
  onSignals(logger, {
    stop: async () => {
      library.close();
      await bot?.stop();
    },
    reload: () => void library.refresh('SIGHUP'),
  });
  const commands = await loadCommands();
  const registered = options.deploy ? await deployOrCarryOn(config, logger, commands) : true;
  try {
    bot = await startClient({ config, library, logger, commands });
  } catch (error) {
    library.close();
    throw error;
  }
  if (!registered) logger.warn(SERVING_OLD_COMMANDS);
  return bot;
}

/** What Discord recommends for this bot (shards, and how many may identify at once), asked through DISCORD_API_URL. */
export async function gatewayRecommendation(config: Pick<DiscordConfig, 'token' | 'apiUrl'>): Promise<{ shards: number; maxConcurrency: number }> {
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  try {
    const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return { shards: Math.max(1, gateway.shards), maxConcurrency: Math.max(1, gateway.session_start_limit.max_concurrency) };
  } catch (error) {
    if (isTokenRejection(error)) throw new TokenRejectedError();
    throw error;
  }
}

/**
 * Spawns one process per shard; each runs src/discord/shard.ts and serves its share of servers.
 * Shards start in rounds of Discord's max_concurrency, one round per identify window, as Discord
 * allows no more identifies than that.
 */
export async function runShardManager(config: DiscordConfig, logger: Logger): Promise<ShardingManager> {
  const recommended = await gatewayRecommendation(config);
  const totalShards = typeof config.shardCount === 'number' ? config.shardCount : recommended.shards;
  const registered = config.deployCommandsOnStart ? await deployOrCarryOn(config, logger) : true;
  const manager = new ShardingManager(SHARD_ENTRY, { token: config.token, totalShards, mode: 'process', execArgv: [...REGEXP_FLAGS, '--import', TSX_LOADER] });
  manager.on('shardCreate', (shard) => {
    logger.info('shard started', { shard: shard.id, totalShards });
    shard.on('death', () => logger.warn('shard process exited; restarting it', { shard: shard.id }));
  });
  onSignals(logger, {
    stop: async () => {
      manager.respawn = false;
      for (const shard of manager.shards.values()) shard.kill();
    },
    reload: () => {
      logger.info('reloading the articles in every shard', { signal: 'SIGHUP' });
      for (const shard of manager.shards.values()) shard.process?.kill('SIGHUP');
    },
  });
  for (let first = 0; first < totalShards; first += recommended.maxConcurrency) {
    if (first > 0) await new Promise((resolve) => setTimeout(resolve, IDENTIFY_WINDOW_MS));
    const round = Array.from({ length: Math.min(recommended.maxConcurrency, totalShards - first) }, (_, i) => first + i);
    await Promise.all(round.map((id) => manager.createShard(id).spawn(SHARD_READY_TIMEOUT_MS)));
  }
  logger.info('all shards ready', { totalShards });
  if (!registered) logger.warn(SERVING_OLD_COMMANDS);
  return manager;
}

/** Entry point used by src/main.ts when DISCORD_TOKEN is set. Throws with a message saying what to fix. */
export async function startBot(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadDiscordConfig();
  const shard = isShardProcess() ? process.env.SHARDS : undefined;
  const logger = createLogger({ level: config.logLevel, secrets: [config.token], ...(shard !== undefined ? { base: { shard: Number(shard) } } : {}) });
  keepRunningThroughStrayErrors(logger);
  const tokenApp = applicationIdOfToken(config.token);
  if (tokenApp && tokenApp !== config.clientId) {
    logger.warn('DISCORD_TOKEN belongs to a different application than DISCORD_CLIENT_ID; commands will be registered for the wrong application', { tokenApplication: tokenApp, clientId: config.clientId });
  }
  logger.info('starting', { pid: process.pid, dataDir: config.dataDir, apiUrl: config.apiUrl, shardCount: config.shardCount ?? 1, cooldownSeconds: config.cooldownSeconds });
  if (config.shardCount === undefined && !isShardProcess()) {
    // discord.js reads SHARD_COUNT from the environment too; a blank one would make it invalid.
    delete process.env.SHARD_COUNT;
    delete process.env.SHARDS;
  }
  try {
    if (config.shardCount !== undefined && !isShardProcess()) await runShardManager(config, logger);
    else await runBotProcess(config, logger, { deploy: config.deployCommandsOnStart && !isShardProcess() });
  } catch (error) {
    logger.error('could not start', { error });
    throw unreachable(error, config.apiUrl) ?? error;
  }
}
