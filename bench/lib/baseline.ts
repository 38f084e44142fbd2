/**
 * The baseline every figure is compared with: MiniSearch over the same sentences our engine sees,
 * with Porter stems and English stopwords (natural's list), one document per sentence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import MiniSearch from 'minisearch';
import type { Sentence } from '../../src/core/types.ts';

const require = createRequire(import.meta.url);
// Deep paths keep natural's heavy index (and its optional back ends) out of the process.
const porterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
const stopwordList = (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words;

/** MiniSearch does not export its package.json, so find it next to its entry point. */
function installedVersion(packageName: string): string {
  let dir = dirname(require.resolve(packageName));
  while (dir !== dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === packageName && manifest.version) return manifest.version;
    }
    dir = dirname(dir);
  }
  return '?';
}
const minisearchVersion = installedVersion('minisearch');

export const BASELINE_NAME = `MiniSearch ${minisearchVersion.split('.').slice(0, 2).join('.')}, Porter + stopwords`;

const STOPWORDS = new Set(stopwordList);

function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return STOPWORDS.has(lower) ? null : porterStemmer.stem(lower);
}

interface SentenceDoc {
  id: number;
  text: string;
}

export class BaselineIndex {
  private readonly index: MiniSearch<SentenceDoc>;

  constructor(private readonly sentences: readonly Sentence[]) {
    this.index = new MiniSearch<SentenceDoc>({ fields: ['text'], processTerm });
    this.index.addAll(sentences.map((s, id) => ({ id, text: s.text })));
  }

  /**
   * Best-first sentences for a question, at most `limit`, optionally from one article only, and
   * optionally with MiniSearch's fuzzy matching (`fuzzy`: the share of a word's letters that may differ).
   */
  search(question: string, limit = 10, article?: string, fuzzy?: number): Sentence[] {
    const filter = article === undefined ? undefined : (result: { id: number }) => this.sentences[result.id]?.article === article;
    const results = this.index.search(question, { ...(filter ? { filter } : {}), ...(fuzzy ? { fuzzy } : {}) });
    const out: Sentence[] = [];
    for (const result of results.slice(0, limit)) out.push(this.sentences[result.id as number]!);
    return out;
  }
}
