/**
 * What command files reach through `interaction.client`: the live articles, the logger, the
 * cooldown and reply timing. Kept beside the client rather than in module state so several bots
 * (shards in one process, tests) never share it.
 */
import type { Client } from 'discord.js';
import type { UnansweredRecorder } from '../unanswered-log.ts';
import type { Cooldown } from './cooldown.ts';
import type { Library } from './library.ts';
import type { Logger } from './log.ts';
import type { RecentArticles } from './recent-articles.ts';

/** Replies later than this after the interaction arrived are deferred first (Discord allows 3 s). */
export const DEFAULT_DEFER_AFTER_MS = 1_500;
/** Replies not ready this long after Discord created the interaction are deferred first, however recently it arrived. */
export const DEFER_AFTER_CREATED_MS = 2_000;

export interface BotContext {
  library: Library;
  logger: Logger;
  cooldown: Cooldown;
  /** The article each person was last answered from, per channel. */
  recentArticles: RecentArticles;
  cooldownSeconds: number;
  deferAfterMs: number;
  /** Set when UNANSWERED_LOG is: notes each question the articles did not answer. */
  recordUnanswered?: UnansweredRecorder | undefined;
}

const contexts = new WeakMap<Client, BotContext>();

export function setBotContext(client: Client, context: BotContext): void {
  contexts.set(client, context);
}

export function botContext(client: Client): BotContext {
  const context = contexts.get(client);
  if (!context) throw new Error('This client has no bot context; create it with createBot().');
  return context;
}
