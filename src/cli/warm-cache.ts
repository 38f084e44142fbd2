/**
 * Run by the launcher after it builds (so after `npm install` too): parses the articles of the data
 * folder that `npm start` and `npm run ask` will load, so that their first start already finds them in
 * the article cache (src/core/article-cache.ts). Prints nothing; a folder that cannot be read is left
 * to the next start to report.
 */
import { loadArticles } from '../core/articles.ts';
import { resolveDataDir } from './data.ts';
import { loadEnvFile } from './env-file.ts';

await loadEnvFile();
await loadArticles(resolveDataDir(undefined, process.env)).catch(() => undefined);
