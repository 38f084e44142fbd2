/**
 * The article the bot ships with, in a folder of its own: tests about the bundled article read it
 * from here, not from data/, where an owner's own articles may sit beside it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticles } from '../src/core/articles.ts';

export const BUNDLED_ID = 'abc-blinken-isis-rome-2021';
const BUNDLED_FILES = [`${BUNDLED_ID}.txt`, `${BUNDLED_ID}.meta.json`];

let dir: string | undefined;

/**
 * A folder holding only the bundled article and its metadata. One folder per content, shared by every
 * test worker and run: each file is written whole under another name and renamed into place, so a
 * worker never reads one half written by another.
 */
export function bundledDataDir(): string {
  if (dir) return dir;
  const contents = BUNDLED_FILES.map((file) => readFileSync(join('data', file)));
  const hash = createHash('sha256');
  for (const content of contents) hash.update(content);
  const made = join(tmpdir(), `article-answer-bot-bundled-${hash.digest('hex').slice(0, 16)}`);
  mkdirSync(made, { recursive: true });
  BUNDLED_FILES.forEach((file, i) => {
    const target = join(made, file);
    if (existsSync(target)) return;
    const partial = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(partial, contents[i]!);
    renameSync(partial, target);
  });
  dir = made;
  return made;
}

/** The bundled article loaded as the bot loads a data folder. */
export function loadBundledArticles(): ReturnType<typeof loadArticles> {
  return loadArticles(bundledDataDir());
}
