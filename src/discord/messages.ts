/**
 * Plain messages: a direct message to the bot is a question, and so is a server message that
 * mentions the bot (answered as a reply to it). No privileged intent is needed: Discord delivers
 * the content of DMs and of messages that mention the bot. A reply to one of the bot's answers, or
 * a question in a thread opened on one, is a follow-up: asked of that answer's article first.
 */
import type { Message } from 'discord.js';
import { answerQuestion } from './answering.ts';
import type { BotContext } from './context.ts';
import { cooldownMessage } from './cooldown.ts';
import { decodeCustomId, findByKey } from './custom-id.ts';
import { newReference, somethingWentWrong } from './errors.ts';
import type { Library } from './library.ts';
import type { Logger } from './log.ts';
import { COLOURS, notice } from './render.ts';
import { replyToMessage } from './respond.ts';

const EMPTY_MENTION_HINT = 'Ask me something about the article after the mention, for example what someone said or how much something cost. `/help` shows examples.';
const EMPTY_DM_HINT = 'Send me a question about the article, for example what someone said or how much something cost. `/help` shows examples.';

/**
 * The question in a message, or undefined when the message is not for the bot. In a server the
 * bot must be mentioned: as a user, through its own role (which Discord sometimes inserts when
 * someone types @Bot), or by replying to it with the mention on.
 */
export function questionIn(message: Message, botUserId: string): string | undefined {
  if (message.author.bot || message.system || message.webhookId) return undefined;
  if (!message.inGuild()) return message.content.trim();
  const botRoleId = message.guild.members.me?.roles.botRole?.id;
  const mentionsOfBot = new RegExp(`<@!?${botUserId}>${botRoleId ? `|<@&${botRoleId}>` : ''}`, 'g');
  const mentioned = mentionsOfBot.test(message.content) || message.mentions.users.has(botUserId);
  if (!mentioned) return undefined;
  return message.content.replace(mentionsOfBot, ' ').replace(/\s+/g, ' ').trim();
}

/** The article a message of the bot answered from: the one its "Show paragraph" button opens, if it was an answer. */
export function articleAnswered(message: Message, library: Library): string | undefined {
  if (message.author.id !== message.client.user.id || message.embeds[0]?.color !== COLOURS.answer) return undefined;
  for (const row of message.components) {
    if (!('components' in row)) continue;
    for (const component of row.components) {
      const action = 'customId' in component && component.customId ? decodeCustomId(component.customId) : undefined;
      if (action?.kind === 'paragraph') return findByKey(library.articles, action.articleKey)?.id;
    }
  }
  return undefined;
}

/**
 * The message a follow-up follows: the one it replies to, or the one its thread was opened on. From
 * the cache when Discord sent it along (replies), else fetched; undefined when it cannot be had.
 */
async function followedMessage(message: Message, logger: Logger): Promise<Message | undefined> {
  try {
    if (message.reference?.messageId) return message.channel.messages.cache.get(message.reference.messageId) ?? (await message.fetchReference());
    if (message.channel.isThread() && message.channel.parent && !message.channel.parent.isThreadOnly()) {
      return message.channel.parent.messages.cache.get(message.channel.id) ?? (await message.channel.fetchStarterMessage()) ?? undefined;
    }
  } catch (error) {
    logger.debug('could not read the message a follow-up follows', { error });
  }
  return undefined;
}

/**
 * The article a follow-up is asked of first: a reply to one of the bot's answers, or a message in a
 * thread opened on one, is about the article that answer quotes ("and when?" after an answer about a
 * ferry is about the ferry, not about another article's dates).
 */
export async function articleFollowedUp(message: Message, context: Pick<BotContext, 'library' | 'logger'>): Promise<string | undefined> {
  const followed = await followedMessage(message, context.logger);
  return followed ? articleAnswered(followed, context.library) : undefined;
}

export function createMessageHandler(context: BotContext) {
  return async function handleMessage(message: Message): Promise<void> {
    const botUserId = message.client.user.id;
    const question = questionIn(message, botUserId);
    if (question === undefined) return;
    const source = message.inGuild() ? 'mention' : 'dm';
    try {
      if (!question) {
        await replyToMessage(message, [notice(source === 'dm' ? EMPTY_DM_HINT : EMPTY_MENTION_HINT)]);
        return;
      }
      const turn = await context.cooldown.waitForTurn(message.author.id, message.channelId);
      if (!turn.ok) {
        // Say it once per wait and channel; repeating it for every message would be noise of its own.
        if (!turn.alreadyWarned) await replyToMessage(message, [notice(cooldownMessage(turn.retryAfterMs), 'warning')]);
        return;
      }
      const { page } = await answerQuestion(context, question, source, {
        followsUp: await articleFollowedUp(message, context),
        place: { channelId: message.channelId, userId: message.author.id },
      });
      await replyToMessage(message, [page]);
    } catch (error) {
      const reference = newReference();
      context.logger.error('message reply failed', { reference, source, error });
      await replyToMessage(message, [notice(somethingWentWrong(reference), 'error')]).catch((replyError: unknown) =>
        context.logger.warn('could not tell the user about a failure', { reference, error: replyError }),
      );
    }
  };
}
