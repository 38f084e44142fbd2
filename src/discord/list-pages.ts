/**
 * /figures and /quote as one message paged with Previous and Next. Each button's id holds the
 * list, the articles (as a key of their exact versions), the page and the filter, so paging works
 * after a restart and on any shard, and a list whose articles changed says so instead.
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import { FIGURE_KINDS, type Article } from '../core/types.ts';
import type { BotContext } from './context.ts';
import { encodeListPage, scopeKey, type ListPageRef } from './custom-id.ts';
import { renderFigures, renderQuotations, withPageButtons, type MessagePage } from './render.ts';
import { sendPages } from './respond.ts';

export type ListRequest = Pick<ListPageRef, 'list' | 'filter'>;

export const PRIVATE_LIST_DESCRIPTION = 'Show the list only to you (default: only to you when it runs over one page)';

function renderList(request: ListRequest, articles: readonly Article[], maxPages: number): MessagePage[] {
  if (request.list === 'quote') return renderQuotations(articles, request.filter || undefined, maxPages);
  return renderFigures(articles, FIGURE_KINDS.find((kind) => kind === request.filter), maxPages);
}

/** Page `index` of the list (the last one for an index past the end), with buttons to the pages beside it. */
export function listPage(request: ListRequest, articles: readonly Article[], index: number): { page: MessagePage; pageCount: number } {
  const pages = renderList(request, articles, Infinity);
  const scope = scopeKey(articles);
  const idOf = (page: number) => encodeListPage({ list: request.list, filter: request.filter, scope, page });
  const first = pages[0];
  if (!first) throw new Error('a list always has a page');
  if (pages.length === 1) return { page: first, pageCount: 1 };
  // A search too long to travel in a button: the first page alone, saying how many more there are.
  if (idOf(pages.length - 1) === undefined) return { page: renderList(request, articles, 1)[0] ?? first, pageCount: pages.length };
  const at = Math.min(Math.max(0, index), pages.length - 1);
  return { page: withPageButtons(pages[at] ?? first, at, pages.length, (page) => idOf(page) ?? ''), pageCount: pages.length };
}

/** Replies with the list's first page: public when asked, or when it fits on one page; private otherwise. */
export async function sendList(interaction: ChatInputCommandInteraction, context: BotContext, request: ListRequest, articles: readonly Article[]): Promise<void> {
  const { page, pageCount } = listPage(request, articles, 0);
  const ephemeral = interaction.options.getBoolean('private') ?? pageCount > 1;
  await sendPages(interaction, () => [page], { ephemeral, deferAfterMs: context.deferAfterMs });
}
