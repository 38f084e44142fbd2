/**
 * The live set of articles the bot answers from. One object holds the current AnswerEngine and
 * swaps it in a single assignment when the data folder changes, so a question always sees one
 * consistent set. A file that breaks keeps its last good version until it is fixed or removed.
 */
import { watch, type FSWatcher } from 'node:fs';
import { loadArticles } from '../core/articles.ts';
import { AnswerEngine } from '../core/engine.ts';
import type { Answer, Article, ArticleProblem, AskOptions } from '../core/types.ts';
import { silentLogger, type Logger } from './log.ts';

export const RELOAD_DEBOUNCE_MS = 250;

/** What the bot's commands need from the article set; tests and benchmarks may supply their own. */
export interface Library {
  readonly articles: readonly Article[];
  getArticle(id: string): Article | undefined;
  ask(question: string, options?: AskOptions): Answer | Promise<Answer>;
  /** Changes whenever the article set changes; lets callers cache work per version. */
  readonly version: number;
}

export interface ReloadReport {
  added: string[];
  removed: string[];
  changed: string[];
  /** Files that failed to load; `kept` says whether a last good version is still served. */
  problems: (ArticleProblem & { kept: boolean })[];
  sentences: Record<string, number>;
}

export interface LiveLibraryOptions {
  logger?: Logger;
  debounceMs?: number;
  /** Called after every reload that changed something (and after failed ones). */
  onReload?: (report: ReloadReport) => void;
}

export class LiveLibrary implements Library {
  private engine: AnswerEngine;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<ReloadReport> | undefined;
  private pending = false;
  private currentVersion = 0;
  private readonly logger: Logger;

  private constructor(
    readonly dir: string,
    engine: AnswerEngine,
    private readonly options: LiveLibraryOptions,
  ) {
    this.engine = engine;
    this.logger = options.logger ?? silentLogger;
  }

  /** Loads the folder once; throws when the folder cannot be read at all. */
  static async open(dir: string, options: LiveLibraryOptions = {}): Promise<LiveLibrary> {
    const library = new LiveLibrary(dir, new AnswerEngine([]), options);
    const report = await library.reload();
    library.logger.info('articles loaded', { dir, articles: library.articles.length, sentences: report.sentences, problems: report.problems });
    return library;
  }

  get articles(): readonly Article[] {
    return this.engine.articles;
  }

  get version(): number {
    return this.currentVersion;
  }

  getArticle(id: string): Article | undefined {
    return this.engine.getArticle(id);
  }

  ask(question: string, options?: AskOptions): Answer {
    return this.engine.ask(question, options);
  }

  /** Reads the folder again and swaps in the new set; concurrent calls share one reload. */
  async reload(): Promise<ReloadReport> {
    if (this.reloading) {
      this.pending = true;
      return this.reloading;
    }
    this.reloading = this.loadAndSwap();
    try {
      return await this.reloading;
    } finally {
      this.reloading = undefined;
      if (this.pending) {
        this.pending = false;
        this.schedule();
      }
    }
  }

  private async loadAndSwap(): Promise<ReloadReport> {
    const previous = new Map(this.engine.articles.map((a) => [a.file, a]));
    const { articles, problems } = await loadArticles(this.dir);
    const next = [...articles];
    const reportProblems: ReloadReport['problems'] = [];
    for (const problem of problems) {
      const lastGood = previous.get(problem.file);
      const kept = Boolean(lastGood && !next.some((a) => a.id === lastGood.id));
      if (kept && lastGood) next.push(lastGood);
      reportProblems.push({ ...problem, kept });
    }
    next.sort((a, b) => a.file.localeCompare(b.file));

    const before = new Map(this.engine.articles.map((a) => [a.id, a]));
    const after = new Map(next.map((a) => [a.id, a]));
    const report: ReloadReport = {
      added: [...after.keys()].filter((id) => !before.has(id)),
      removed: [...before.keys()].filter((id) => !after.has(id)),
      changed: [...after.entries()].filter(([id, a]) => before.has(id) && before.get(id) !== a && before.get(id)?.text !== a.text).map(([id]) => id),
      problems: reportProblems,
      sentences: Object.fromEntries(next.map((a) => [a.id, a.sentences.length])),
    };
    const metaChanged = [...after.entries()].some(([id, a]) => before.has(id) && JSON.stringify(before.get(id)?.meta) !== JSON.stringify(a.meta));
    if (report.added.length || report.removed.length || report.changed.length || metaChanged || this.currentVersion === 0) {
      this.engine = new AnswerEngine(next);
      this.currentVersion++;
    }
    return report;
  }

  /** Watches the folder and reloads shortly after files stop changing. */
  watch(): void {
    if (this.watcher) return;
    this.watcher = watch(this.dir, { persistent: false }, () => this.schedule());
    this.watcher.on('error', (error) => this.logger.error('cannot watch the data folder; articles will not update until restart', { dir: this.dir, error }));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reloadAndLog(), this.options.debounceMs ?? RELOAD_DEBOUNCE_MS);
    this.timer.unref();
  }

  private async reloadAndLog(): Promise<void> {
    try {
      const report = await this.reload();
      const changed = report.added.length + report.removed.length + report.changed.length > 0;
      if (changed) this.logger.info('articles changed', { added: report.added, removed: report.removed, changed: report.changed, sentences: report.sentences });
      for (const problem of report.problems) {
        this.logger.warn(problem.kept ? 'article file is broken; still serving its last good version' : 'article file could not be loaded', { file: problem.file, problem: problem.problem });
      }
      this.options.onReload?.(report);
    } catch (error) {
      this.logger.error('could not reload the data folder; still serving the previous articles', { dir: this.dir, error });
    }
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = undefined;
  }
}
