/** Shared helpers for the Discord tests: articles from text, and reading rendered markdown back. */
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/core/articles.ts';
import type { Article } from '../src/core/types.ts';
import { BUNDLED_ID } from './bundled-data.ts';
import type { ArticleLookup } from '../src/discord/render.ts';

export const BUNDLED_ARTICLE = `data/${BUNDLED_ID}.txt`;

export function bundledArticle(): Article {
  const meta = JSON.parse(readFileSync(BUNDLED_ARTICLE.replace(/\.txt$/, '.meta.json'), 'utf8')) as Record<string, unknown>;
  return parseArticle({ file: BUNDLED_ARTICLE, text: readFileSync(BUNDLED_ARTICLE, 'utf8'), meta });
}

export function articleFrom(paragraphs: readonly string[], meta: { id?: string; title?: string; credit?: string; year?: number } = {}): Article {
  return parseArticle({ file: `${meta.id ?? 'test-article'}.txt`, text: paragraphs.join('\n'), meta: { id: 'test-article', ...meta } });
}

export function lookupOf(...articles: Article[]): ArticleLookup {
  return { getArticle: (id) => articles.find((a) => a.id === id) };
}

/** Markdown as a reader sees it: escapes, bold markers and zero-width spaces removed. */
export function shownText(markdown: string): string {
  return markdown
    .replace(/\*\*/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\u200b/g, '');
}

/** The text of each block quote in a description (consecutive "> " lines), as shown. */
export function blockQuotes(markdown: string): string[] {
  const quotes: string[] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('> ')) (current ??= []).push(line.slice(2));
    else if (current) {
      quotes.push(shownText(current.join('\n')));
      current = undefined;
    }
  }
  if (current) quotes.push(shownText(current.join('\n')));
  return quotes;
}
