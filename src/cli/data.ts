/** Finding and loading the articles for local mode and the `ask` command. */
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { z } from 'zod';
import { loadArticles } from '../core/articles.ts';
import { AnswerEngine } from '../core/engine.ts';
import { matchesSearch } from '../core/quotation-search.ts';
import type { Article, ArticleProblem } from '../core/types.ts';
import { escapedLine, safeEcho, safeLine } from './terminal-text.ts';

export const DEFAULT_DATA_DIR = 'data';

/** An unset or empty variable means "use the default", as shells and .env files commonly write it. */
const optionalSetting = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.string().trim().optional(),
);

const environmentSchema = z.object({
  DATA_DIR: optionalSetting,
  DISCORD_TOKEN: optionalSetting,
});

export type LocalEnvironment = z.infer<typeof environmentSchema>;

export function readEnvironment(env: NodeJS.ProcessEnv): LocalEnvironment {
  return environmentSchema.parse(env);
}

/** The `--data` flag wins over DATA_DIR, which wins over the default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? readEnvironment(env).DATA_DIR ?? DEFAULT_DATA_DIR;
}

/** The articles cannot be used at all: the caller reports the message and exits non-zero. */
export class DataError extends Error {}

export interface LoadedData {
  engine: AnswerEngine;
  /** Files that did not load; the other articles are still usable. */
  problems: ArticleProblem[];
}

const SET_DATA_DIR = 'Set DATA_DIR in .env (or give --data DIR) to the folder holding the article files.';

export async function loadData(dir: string): Promise<LoadedData> {
  const shownDir = safeLine(dir);
  const folder = await stat(dir).catch(() => undefined);
  if (!folder) throw new DataError(`Data folder not found: ${shownDir}. ${SET_DATA_DIR}`);
  if (!folder.isDirectory()) throw new DataError(`Not a folder: ${shownDir}. ${SET_DATA_DIR}`);

  let loaded: Awaited<ReturnType<typeof loadArticles>>;
  try {
    loaded = await loadArticles(dir);
  } catch (error) {
    throw new DataError(`Could not load the articles in ${shownDir}: ${safeLine(error instanceof Error ? error.message : String(error))}`);
  }
  if (loaded.articles.length === 0) {
    const details = loaded.problems.map((problem) => `\n  ${formatProblem(problem)}`).join('');
    // An empty folder, or one of other files, says what an article file is.
    const hint = loaded.problems.length ? '' : ' It holds no .txt or .md files: save an article there as <id>.txt, one paragraph per line.';
    throw new DataError(`No articles could be loaded from ${shownDir}.${hint}${details}`);
  }
  return { engine: new AnswerEngine(loaded.articles), problems: loaded.problems };
}

export function formatProblem(problem: ArticleProblem): string {
  return `${escapedLine(problem.file)}: ${safeLine(problem.problem)}`;
}

/** The article with this id; else, as in Discord, those whose id or title holds every word typed ("bridge", "comet"). */
export function articlesNamed(engine: AnswerEngine, given: string): Article[] {
  const exact = engine.getArticle(given) ?? engine.articles.find((a) => a.id.toLowerCase() === given.toLowerCase());
  if (exact) return [exact];
  return engine.articles.filter((a) => matchesSearch(`${a.id.replace(/[-_.]+/g, ' ')} ${a.meta.title}`, given.replace(/[-_.]+/g, ' ')));
}

/**
 * The id of the one article `given` names, or why there is none: unknown (or a file of that name was
 * skipped when the articles loaded, and why), or several to choose from.
 */
export function articleIdNamed(engine: AnswerEngine, given: string, skipped: readonly ArticleProblem[] = []): { id: string } | { problem: string } {
  const matches = articlesNamed(engine, given);
  if (matches.length === 1) return { id: matches[0]!.id };
  if (matches.length === 0) {
    const wanted = given.replace(/[-_.]+/g, ' ');
    const file = skipped.find((problem) => matchesSearch(basename(problem.file, extname(problem.file)).replace(/[-_.]+/g, ' '), wanted));
    const why = file ? ` Its file did not load — ${formatProblem(file)}` : '';
    return { problem: `${unknownArticleMessage(engine, given)}${why}` };
  }
  return { problem: `“${safeEcho(given, 80)}” could be any of ${matches.map((a) => safeLine(a.id)).join(', ')}. Type more of the id.` };
}

export function unknownArticleMessage(engine: AnswerEngine, id: string): string {
  return `Unknown article “${safeEcho(id, 80)}”. Known articles: ${engine.articles.map((article) => safeLine(article.id)).join(', ')}.`;
}
