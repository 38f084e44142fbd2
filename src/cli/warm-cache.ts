/**
 * Run by the launcher after it builds (so after `npm install` too): parses and indexes the articles of
 * the data folder that `npm start` and `npm run ask` will load, so that their first start already finds
 * them, and their words' search terms, in the cache (src/core/article-cache.ts). Prints nothing; a
 * folder that cannot be read is left to the next start to report.
 */
import { loadData, resolveDataDir } from './data.ts';
import { loadEnvFile } from './env-file.ts';

// Its problems are told by the start that reads it for settings.
await loadEnvFile();
// Indexing them also looks up their words, whose search terms are kept too.
await loadData(resolveDataDir(undefined, process.env)).catch(() => undefined);
