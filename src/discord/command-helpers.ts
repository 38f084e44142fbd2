/** Small steps several commands share: the cooldown, the conversation, picking articles, article autocomplete. */
import { MessageFlags, type AutocompleteInteraction, type RepliableInteraction } from 'discord.js';
import { articleMatches } from '../core/quotation-search.ts';
import type { Article } from '../core/types.ts';
import { botContext, type BotContext } from './context.ts';
import { cooldownMessage } from './cooldown.ts';
import type { ConversationPlace } from './recent-articles.ts';
import { notice, type MessagePage } from './render.ts';
import { messagePayload, respondChoices } from './respond.ts';
import { articleChoices, resolveArticle } from './suggestions.ts';
import { escapeText, oneLine, truncate } from './text.ts';

export async function replyPrivately(interaction: RepliableInteraction, page: MessagePage): Promise<void> {
  await interaction.reply({ ...messagePayload(page), flags: MessageFlags.Ephemeral });
}

/** Takes a turn for the user; when they are too quick, tells them privately and returns false. */
export async function takeTurn(interaction: RepliableInteraction, context: BotContext): Promise<boolean> {
  const turn = context.cooldown.take(interaction.user.id, interaction.channelId ?? '');
  if (turn.ok) return true;
  await replyPrivately(interaction, notice(cooldownMessage(turn.retryAfterMs), 'warning'));
  return false;
}

/** The conversation an interaction belongs to: its channel (a DM has one too) and who asked. */
export function conversationOf(interaction: RepliableInteraction): ConversationPlace | undefined {
  return interaction.channelId ? { channelId: interaction.channelId, userId: interaction.user.id } : undefined;
}

/**
 * The articles a command should read: the one named by the option, or all when it is empty.
 * When the name matches nothing, says so privately (listing what is loaded) and returns undefined.
 */
export async function articlesFor(interaction: RepliableInteraction, context: BotContext, given: string | null): Promise<readonly Article[] | undefined> {
  const { library } = context;
  if (library.articles.length === 0) {
    await replyPrivately(interaction, notice('No articles are loaded yet, so there is nothing to ask about. Whoever runs this bot can add some; try again later.', 'warning'));
    return undefined;
  }
  if (!given?.trim()) return library.articles;
  const article = resolveArticle(library, given);
  if (article) return [article];
  // A part of several ids or titles is no unknown article: say which it could be.
  const candidates = library.articles.filter((a) => articleMatches(a, given));
  const listed = (candidates.length ? candidates : library.articles).slice(0, 10).map((a) => `• \`${a.id}\` — ${escapeText(truncate(oneLine(a.meta.title), 80))}`);
  const shown = escapeText(truncate(oneLine(given), 100));
  const text = candidates.length
    ? `“${shown}” could be any of ${candidates.length} articles. Pick one from the list as you type, or use one of:\n${listed.join('\n')}`
    : `There is no article “${shown}”. Pick one from the list as you type, or use one of:\n${listed.join('\n')}`;
  await replyPrivately(interaction, notice(text, 'warning'));
  return undefined;
}

export async function autocompleteArticle(interaction: AutocompleteInteraction, typed: string): Promise<void> {
  await respondChoices(interaction, articleChoices(botContext(interaction.client).library, typed));
}
