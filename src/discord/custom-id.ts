/**
 * Button custom ids carry everything a button needs, so buttons keep working after a restart
 * and on any shard. An article is named by a short key hashed from its id and text: when the
 * article changes, old buttons stop matching instead of pointing at different sentences.
 */
import type { Article } from '../core/types.ts';
import { DISCORD_LIMITS } from './limits.ts';

export interface SentenceRef {
  articleKey: string;
  sentence: number;
}

/** A page of a /figures or /quote list: which list, of which articles, which page, filtered how. */
export interface ListPageRef {
  list: 'figures' | 'quote';
  /** `scopeKey` of the articles listed. */
  scope: string;
  /** 0-based. */
  page: number;
  /** The figure kind, or the quotation search; empty for none. */
  filter: string;
}

export type ButtonAction =
  | { kind: 'more'; notAnswer: boolean; refs: SentenceRef[] }
  | { kind: 'paragraph'; articleKey: string; paragraph: number; sentence: number }
  | ({ kind: 'list' } & ListPageRef);

const KEY_LENGTH = 7;
const MAX_ARTICLES_IN_ID = 10;
const keys = new WeakMap<Article, string>();

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 7-character key naming this exact version of the article. */
export function articleKey(article: Article): string {
  let key = keys.get(article);
  if (!key) {
    key = fnv1a(`${article.id}\n${article.text}`).toString(36).padStart(KEY_LENGTH, '0');
    keys.set(article, key);
  }
  return key;
}

/** A key naming this exact set of article versions: a list of one article and of the whole library differ. */
export function scopeKey(articles: readonly Article[]): string {
  return fnv1a(articles.map(articleKey).join(',')).toString(36).padStart(KEY_LENGTH, '0');
}

/** The articles a list's scope key names: one of them, or all of them, as they are now. */
export function findScope(articles: readonly Article[], key: string): readonly Article[] | undefined {
  if (scopeKey(articles) === key) return articles;
  const one = articles.find((article) => scopeKey([article]) === key);
  return one ? [one] : undefined;
}

export function findByKey(articles: readonly Article[], key: string): Article | undefined {
  return articles.find((article) => articleKey(article) === key);
}

const b36 = (n: number) => n.toString(36);
const fromB36 = (s: string) => (/^[0-9a-z]+$/.test(s) ? parseInt(s, 36) : NaN);

/**
 * A "more quotes" id holding as many of `refs` as fit in Discord's 100 characters, in order.
 * Returns the id and how many refs it holds.
 */
export function encodeMore(notAnswer: boolean, refs: readonly SentenceRef[]): { customId: string; count: number } {
  const articleKeys: string[] = [];
  let customId = '';
  let count = 0;
  const build = (held: readonly SentenceRef[]) => {
    const keysInOrder = [...new Set(held.map((r) => r.articleKey))];
    const single = keysInOrder.length === 1;
    const items = held.map((r) => (single ? '' : String(keysInOrder.indexOf(r.articleKey))) + b36(r.sentence));
    return `more:${notAnswer ? 'n' : 'a'}:${keysInOrder.join('.')}:${items.join(',')}`;
  };
  for (const ref of refs) {
    if (!articleKeys.includes(ref.articleKey)) {
      if (articleKeys.length === MAX_ARTICLES_IN_ID) break;
      articleKeys.push(ref.articleKey);
    }
    const candidate = build(refs.slice(0, count + 1));
    if (candidate.length > DISCORD_LIMITS.customId) break;
    customId = candidate;
    count++;
  }
  return { customId, count };
}

export function encodeParagraph(articleKey: string, paragraph: number, sentence: number): string {
  return `para:${articleKey}:${b36(paragraph)}:${b36(sentence)}`;
}

const LIST_CODES = { figures: 'f', quote: 'q' } as const;

/** The id of a list page's button, or undefined when the filter is too long for Discord's 100 characters. */
export function encodeListPage(ref: ListPageRef): string | undefined {
  const customId = `list:${LIST_CODES[ref.list]}:${ref.scope}:${b36(ref.page)}:${ref.filter}`;
  return customId.length <= DISCORD_LIMITS.customId ? customId : undefined;
}

/** The action a button's id asks for, or undefined for an id this bot did not make. */
export function decodeCustomId(customId: string): ButtonAction | undefined {
  const parts = customId.split(':');
  if (parts[0] === 'more' && parts.length === 4) {
    const [, flag, keyList = '', itemList = ''] = parts;
    const articleKeys = keyList.split('.');
    if ((flag !== 'a' && flag !== 'n') || articleKeys.some((k) => k.length !== KEY_LENGTH)) return undefined;
    const single = articleKeys.length === 1;
    const refs: SentenceRef[] = [];
    for (const item of itemList.split(',')) {
      const slot = single ? 0 : Number(item[0]);
      const sentence = fromB36(single ? item : item.slice(1));
      const articleKey = articleKeys[slot];
      if (!articleKey || !Number.isInteger(sentence) || sentence < 1) return undefined;
      refs.push({ articleKey, sentence });
    }
    return { kind: 'more', notAnswer: flag === 'n', refs };
  }
  if (parts[0] === 'para' && parts.length === 4) {
    const [, articleKey = '', p = '', s = ''] = parts;
    const paragraph = fromB36(p);
    const sentence = fromB36(s);
    if (articleKey.length !== KEY_LENGTH || !(paragraph >= 1) || !(sentence >= 1)) return undefined;
    return { kind: 'paragraph', articleKey, paragraph, sentence };
  }
  if (parts[0] === 'list' && parts.length >= 5) {
    // The filter is last and may itself hold colons.
    const [, code, scope = '', p = ''] = parts;
    const list = code === LIST_CODES.figures ? 'figures' : code === LIST_CODES.quote ? 'quote' : undefined;
    const page = fromB36(p);
    if (!list || scope.length !== KEY_LENGTH || !(page >= 0)) return undefined;
    return { kind: 'list', list, scope, page, filter: parts.slice(4).join(':') };
  }
  return undefined;
}
