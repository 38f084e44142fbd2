/**
 * "More quotes", "Show paragraph" and the Previous/Next of lists. Everything a button needs is in
 * its custom id, so a button works after a restart; if its article changed since, it says so
 * instead of showing other text.
 */
import type { ButtonInteraction } from 'discord.js';
import type { Sentence } from '../core/types.ts';
import type { BotContext } from './context.ts';
import { decodeCustomId, findByKey, findScope } from './custom-id.ts';
import { listPage } from './list-pages.ts';
import { notice, renderMoreQuotes, renderParagraph } from './render.ts';
import { messagePayload, sendPages } from './respond.ts';

const STALE = 'The article behind this button has changed or been removed since. Ask again for a fresh answer.';
const STALE_LIST = 'The articles behind this list have changed since. Run the command again for a fresh list.';

export async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const action = decodeCustomId(interaction.customId);
  const reply = (pages: ReturnType<typeof renderParagraph>) => sendPages(interaction, () => pages, { ephemeral: true, deferAfterMs: context.deferAfterMs });
  const articles = context.library.articles;
  if (!action) return reply([notice('This button is not one I recognise any more. Ask again for a fresh answer.', 'warning')]);

  if (action.kind === 'list') {
    const scope = findScope(articles, action.scope);
    if (!scope) return reply([notice(STALE_LIST, 'warning')]);
    // The list turns its page in place: one message, however long the list.
    await interaction.update(messagePayload(listPage(action, scope, action.page).page));
    return;
  }

  if (action.kind === 'paragraph') {
    const article = findByKey(articles, action.articleKey);
    return reply(article ? renderParagraph(article, action.paragraph, action.sentence) : [notice(STALE, 'warning')]);
  }

  const sentences: Sentence[] = [];
  for (const ref of action.refs) {
    const sentence = findByKey(articles, ref.articleKey)?.sentences.find((s) => s.index === ref.sentence);
    if (!sentence) return reply([notice(STALE, 'warning')]);
    sentences.push(sentence);
  }
  return reply([renderMoreQuotes(sentences, [], action.notAnswer, context.library)]);
}
