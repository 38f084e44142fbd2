/**
 * A connected bot: the discord.js client with its options, the interaction router, the message
 * handler and the logging of connection events. Everything about the process (signals, sharding,
 * configuration) lives in start.ts, so tests and benchmarks can run this against a stand-in.
 */
import { Client, Events, GatewayIntentBits, Partials, RESTEvents, type ClientOptions } from 'discord.js';
import type { DiscordConfig } from '../config.ts';
import { unansweredRecorder } from '../unanswered-log.ts';
import type { Command } from './command.ts';
import { loadCommands } from './commands.ts';
import { DEFAULT_DEFER_AFTER_MS, setBotContext, type BotContext } from './context.ts';
import { Cooldown } from './cooldown.ts';
import { isTokenRejection, TokenRejectedError } from './errors.ts';
import type { Library } from './library.ts';
import type { Logger } from './log.ts';
import { createMessageHandler } from './messages.ts';
import { RecentArticles } from './recent-articles.ts';
import { NO_MENTIONS } from './respond.ts';
import { createInteractionRouter } from './router.ts';

export interface BotOptions {
  config: Pick<DiscordConfig, 'token' | 'apiUrl' | 'cooldownSeconds'> & Partial<Pick<DiscordConfig, 'unansweredLog'>>;
  library: Library;
  logger: Logger;
  commands?: ReadonlyMap<string, Command>;
  /** Merged over the defaults; `rest` is merged key by key. */
  clientOptions?: Partial<ClientOptions>;
  deferAfterMs?: number;
}

export interface RunningBot {
  client: Client<true>;
  context: BotContext;
  stop(): Promise<void>;
}

export function createClient(options: Pick<BotOptions, 'config' | 'clientOptions'>): Client {
  const { rest, ...otherOptions } = options.clientOptions ?? {};
  return new Client({
    // No privileged intents: DMs and mentions carry their content without Message Content.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { ...NO_MENTIONS, parse: [] },
    ...otherOptions,
    rest: { api: options.config.apiUrl, ...rest },
  });
}

function logConnectionEvents(client: Client, logger: Logger, stopping: () => boolean): void {
  client.on(Events.Error, (error) => logger.error('client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (!stopping()) logger.warn('gateway connection closed', { shard, code: event.code });
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping()) logger.info('gateway reconnecting', { shard });
  });
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway session resumed', { shard, replayed }));
  client.on(Events.ShardError, (error, shard) => logger.error('gateway error', { shard, error }));
  client.rest.on(RESTEvents.RateLimited, (info) => logger.warn('rate limited by Discord', { route: info.route, retryAfterMs: info.retryAfter, global: info.global }));
}

/** Logs in and resolves once the client is ready; a rejected token becomes TokenRejectedError. */
export async function startClient(options: BotOptions): Promise<RunningBot> {
  const { logger } = options;
  const commands = options.commands ?? (await loadCommands());
  const client = createClient(options);
  const { unansweredLog } = options.config;
  const context: BotContext = {
    library: options.library,
    logger,
    cooldown: new Cooldown(options.config.cooldownSeconds),
    recentArticles: new RecentArticles(),
    cooldownSeconds: options.config.cooldownSeconds,
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    recordUnanswered: unansweredLog ? unansweredRecorder(unansweredLog, (error) => logger.warn('could not write to UNANSWERED_LOG', { file: unansweredLog, error })) : undefined,
  };
  setBotContext(client, context);
  const route = createInteractionRouter(commands, context);
  const onMessage = createMessageHandler(context);
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  client.on(Events.MessageCreate, (message) => void onMessage(message));
  let stopping = false;
  logConnectionEvents(client, logger, () => stopping);

  // Registered before login: clientReady can fire before login() resolves.
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(options.config.token);
  } catch (error) {
    await client.destroy();
    if (isTokenRejection(error)) throw new TokenRejectedError();
    throw error;
  }
  const readyClient = await ready;
  logger.info('connected to Discord', { user: readyClient.user.tag, guilds: readyClient.guilds.cache.size, shards: readyClient.ws.shards.map((s) => s.id) });

  return {
    client: readyClient,
    context,
    async stop() {
      stopping = true;
      await readyClient.destroy();
      logger.info('disconnected from Discord');
    },
  };
}
