/**
 * The article the bot ships with, in a folder of its own: tests about the bundled article read it
 * from here, not from data/, where an owner's own articles may sit beside it.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticles } from '../src/core/articles.ts';

export const BUNDLED_ID = 'abc-blinken-isis-rome-2021';
const BUNDLED_FILES = [`${BUNDLED_ID}.txt`, `${BUNDLED_ID}.meta.json`];

let dir: string | undefined;

/** A folder holding only the bundled article and its metadata, copied from data/ once per test worker. */
export function bundledDataDir(): string {
  if (dir) return dir;
  dir = mkdtempSync(join(tmpdir(), 'bundled-data-'));
  for (const file of BUNDLED_FILES) copyFileSync(join('data', file), join(dir, file));
  return dir;
}

export function loadBundledArticles(): ReturnType<typeof loadArticles> {
  return loadArticles(bundledDataDir());
}
