/**
 * Sending pages in reply to an interaction: the first page as the reply, the rest as follow-ups,
 * deferring first when the answer is not ready well inside Discord's 3-second window.
 * Every message goes out with mentions disabled and is checked against Discord's limits.
 */
import { MessageFlags, type AutocompleteInteraction, type BaseInteraction, type Message, type MessageCreateOptions, type RepliableInteraction } from 'discord.js';
import { DEFAULT_DEFER_AFTER_MS, DEFER_AFTER_CREATED_MS } from './context.ts';
import { messageViolations } from './limits.ts';
import type { MessagePage } from './render.ts';

/** Nobody is ever pinged by anything the bot sends. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

const receivedAt = new WeakMap<BaseInteraction, number>();

/** Notes when an interaction arrived, which is when Discord's deadline started. */
export function markReceived(interaction: BaseInteraction): void {
  receivedAt.set(interaction, performance.now());
}

export function millisecondsSinceReceived(interaction: BaseInteraction): number {
  const at = receivedAt.get(interaction);
  return at === undefined ? 0 : performance.now() - at;
}

export class LimitError extends Error {
  constructor(problems: string[]) {
    super(`reply would break Discord limits: ${problems.join('; ')}`);
    this.name = 'LimitError';
  }
}

export function messagePayload(page: MessagePage) {
  const problems = messageViolations(page);
  if (problems.length) throw new LimitError(problems);
  return { ...(page.content ? { content: page.content } : {}), embeds: page.embeds, components: page.components, allowedMentions: NO_MENTIONS };
}

export interface SendOptions {
  ephemeral: boolean;
  deferAfterMs?: number;
}

const DEFER = Symbol('defer');

/**
 * How long an answer may still take before the reply must be deferred: `deferAfterMs` after the
 * interaction arrived, and no later than `DEFER_AFTER_CREATED_MS` after Discord created it (its id
 * says when), since Discord's 3 seconds run from then: an interaction delivered late, or queued
 * behind others, has less time left than it seems.
 */
export function millisecondsBeforeDeferring(interaction: BaseInteraction, deferAfterMs = DEFAULT_DEFER_AFTER_MS): number {
  const sinceCreated = Date.now() - interaction.createdTimestamp;
  return Math.max(0, Math.min(deferAfterMs - millisecondsSinceReceived(interaction), DEFER_AFTER_CREATED_MS - sinceCreated));
}

/**
 * Replies with the pages `produce` returns. If they are not ready in time (see
 * `millisecondsBeforeDeferring`), the reply is deferred and then edited in.
 */
export async function sendPages(interaction: RepliableInteraction, produce: () => MessagePage[] | Promise<MessagePage[]>, options: SendOptions): Promise<void> {
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  const waitMs = millisecondsBeforeDeferring(interaction, options.deferAfterMs);
  const pages = Promise.resolve().then(produce);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof DEFER>((resolve) => {
    timer = setTimeout(() => resolve(DEFER), waitMs);
  });
  let ready: MessagePage[] | typeof DEFER;
  try {
    ready = await Promise.race([pages, deadline]);
  } finally {
    clearTimeout(timer);
  }
  if (ready === DEFER) {
    await interaction.deferReply(flags ? { flags } : {});
    ready = await pages;
  }
  const [first, ...rest] = ready;
  if (!first) throw new Error('nothing to reply with');
  // A reply about the question itself goes to the asker alone, unless a public "thinking…" already stands for it.
  const replyFlags = flags ?? (first.onlyForAsker ? MessageFlags.Ephemeral : undefined);
  if (interaction.deferred) await interaction.editReply(messagePayload(first));
  else await interaction.reply({ ...messagePayload(first), ...(replyFlags ? { flags: replyFlags } : {}) });
  for (const page of rest) await interaction.followUp({ ...messagePayload(page), ...(replyFlags ? { flags: replyFlags } : {}) });
}

/** Pages in reply to a message (a DM or a mention), each replying to it, pinging nobody. */
export async function replyToMessage(message: Message, pages: readonly MessagePage[]): Promise<void> {
  for (const page of pages) {
    const payload: MessageCreateOptions = messagePayload(page);
    await message.reply(payload);
  }
}

/** Autocomplete must answer within 3 s too; an empty list is better than an error. */
export async function respondChoices(interaction: AutocompleteInteraction, choices: { name: string; value: string }[]): Promise<void> {
  if (interaction.responded) return;
  await interaction.respond(choices);
}
