/**
 * Parsed articles, and the search terms of their words, kept on disk between runs of the compiled
 * code, so that `npm start` and `npm run ask` do not parse and index the same article from scratch at
 * every start: finding its figures and speakers and looking its words up in WordNet is most of what
 * starting costs (the figure patterns are compiled anew in every process).
 *
 * Only the launcher turns it on (scripts/launch.js), with a folder and the id of the build it runs: a
 * hash of the compiled code and the data beside it. An entry holds, besides the parsed article, its
 * key: that id, the Node version (whose regular expressions read the text) and everything the parse
 * reads (the file's name, its text, its metadata). It is used only when its key is the very same, so
 * a changed article, lexicon or line of code is parsed afresh and never answered from an older parse;
 * the file name is a hash of the key, for finding it, and two keys sharing one simply miss. Started
 * any other way (tsx, tests, the benchmark), nothing is cached. An entry that cannot be read is
 * parsed again; one that cannot be written is skipped.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article } from './types.ts';

export interface ArticleCacheSettings {
  /** The folder of the entries. */
  dir: string;
  /** Changes whenever the code or data that parses articles does. */
  build: string;
}

/** Where the launcher leaves the settings: a global, so that processes it does not start never see them. */
export const ARTICLE_CACHE_SETTINGS = Symbol.for('article-answer-bot.article-cache');

function settings(): ArticleCacheSettings | undefined {
  const value = (globalThis as Record<symbol, unknown>)[ARTICLE_CACHE_SETTINGS];
  if (typeof value !== 'object' || value === null) return undefined;
  const { dir, build } = value as Partial<ArticleCacheSettings>;
  return typeof dir === 'string' && dir !== '' && typeof build === 'string' && build !== '' ? { dir, build } : undefined;
}

interface ParseInput {
  file: string;
  text: string;
  meta?: unknown;
}

/** `parse(input)`, from the cache when this build has parsed the very same input before. */
export function parseCached<Input extends ParseInput>(input: Input, parse: (input: Input) => Article): Article {
  const cache = settings();
  if (!cache) return parse(input);
  const key = serialize([cache.build, process.version, input.file, input.meta, input.text]);
  const path = join(cache.dir, `${hashOf(key)}.article`);
  try {
    const [storedKey, article] = deserialize(readFileSync(path)) as [unknown, Article];
    if (storedKey instanceof Uint8Array && key.equals(storedKey)) return article;
  } catch {
    // Not cached yet, or unreadable: parsed below.
  }
  const article = parse(input);
  write(cache.dir, path, serialize([key, article]));
  return article;
}

/** Written whole under another name first: a start running meanwhile sees no entry or all of it. Never throws. */
function write(dir: string, path: string, contents: Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the work is done, only not kept.
    }
  }
}

/**
 * The search term of every word met by earlier runs of this build (see `termOf` in terms.ts), to
 * start `termOf`'s own cache with; empty when there is no cache. From the process's exit on, the
 * cache is written back whenever `grew()` says it holds words the file did not.
 */
export function cachedTerms(current: () => ReadonlyMap<string, string | undefined>, grew: () => boolean): Map<string, string | undefined> {
  return keptMap('terms', current, grew);
}

/**
 * What WordNet says of the words met by earlier runs of this build (see lexicon.ts), as `cachedTerms`
 * keeps search terms: "p:leader" is whether "leader" names a kind of person, and so on.
 */
export function cachedWordFacts(current: () => ReadonlyMap<string, boolean>, grew: () => boolean): Map<string, boolean> {
  return keptMap('word-facts', current, grew);
}

/** A map of results of a pure function of this build, read from the cache and written back at exit when it grew. */
function keptMap<Value>(name: string, current: () => ReadonlyMap<string, Value>, grew: () => boolean): Map<string, Value> {
  const cache = settings();
  if (!cache) return new Map();
  const path = join(cache.dir, `${name}.v8`);
  const key = [cache.build, process.version];
  process.once('exit', () => {
    if (grew()) write(cache.dir, path, serialize([key, current()]));
  });
  try {
    const [storedKey, terms] = deserialize(readFileSync(path)) as [unknown, unknown];
    if (Array.isArray(storedKey) && storedKey.length === 2 && storedKey[0] === key[0] && storedKey[1] === key[1] && terms instanceof Map) {
      return terms as Map<string, Value>;
    }
  } catch {
    // None yet, or unreadable: filled as words come.
  }
  return new Map();
}

/** 64 bits of FNV-1a, in hex: enough to tell keys apart by name (node:crypto would cost a start ~10 ms). */
function hashOf(bytes: Uint8Array): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (const byte of bytes) {
    low = (low ^ byte) >>> 0;
    // Multiplying by the FNV prime 2^40 + 0x1b3, in two 32-bit halves.
    const lowProduct = low * 0x1b3;
    const carry = Math.floor(lowProduct / 0x100000000);
    high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
    low = lowProduct >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
