/**
 * The live set of articles the bot answers from. One object holds the current AnswerEngine and
 * swaps it in a single assignment when the data folder changes, so a question always sees one
 * consistent set. A file that breaks keeps its last good version until it is fixed or removed.
 *
 * Deploys often replace the folder whole (`mv data.new data`, or re-pointing a `data` symlink),
 * and a watch on a folder keeps following the folder it was opened on, not its name. So the folder
 * holding it is watched too, and the watch is opened again whenever the name leads elsewhere.
 */
import { statSync, watch, type FSWatcher, type Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
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

/** What asked for a reload: a change seen in the folder, or the SIGHUP signal. */
export type ReloadTrigger = 'change' | 'SIGHUP';

/** Tells one folder from another that later takes its name. */
function identityOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

export interface LiveLibraryOptions {
  logger?: Logger;
  debounceMs?: number;
  /** Called after every reload that changed something (and after failed ones). */
  onReload?: (report: ReloadReport) => void;
}

export class LiveLibrary implements Library {
  private engine: AnswerEngine;
  private watching = false;
  private folderWatcher: FSWatcher | undefined;
  private parentWatcher: FSWatcher | undefined;
  /** The folder the folder watcher is on, as identityOf gives it. */
  private watchedFolder: string | undefined;
  private missing = false;
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

  /** Watches the folder, and the folder holding it, and reloads shortly after files stop changing. */
  watch(): void {
    if (this.watching) return;
    this.watching = true;
    const path = resolve(this.dir);
    this.parentWatcher = this.watchPath(dirname(path), 'cannot watch the folder holding the data folder; a replaced data folder is only picked up on SIGHUP', (name) => {
      if (name === null || name === basename(path)) this.schedule();
    });
    try {
      this.watchFolder(identityOf(statSync(this.dir)));
    } catch {
      // Gone since it was loaded: the next refresh says so, and the parent watch sees it return.
      this.schedule();
    }
  }

  private watchPath(path: string, failure: string, onEvent: (name: string | null) => void): FSWatcher | undefined {
    try {
      const watcher = watch(path, { persistent: false }, (_event, name) => onEvent(name));
      watcher.on('error', (error) => this.logger.error(failure, { dir: path, error }));
      return watcher;
    } catch (error) {
      this.logger.error(failure, { dir: path, error });
      return undefined;
    }
  }

  private watchFolder(identity: string): void {
    this.folderWatcher?.close();
    this.folderWatcher = this.watchPath(this.dir, 'cannot watch the data folder; articles update only on SIGHUP', () => this.schedule());
    this.watchedFolder = identity;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh('change'), this.options.debounceMs ?? RELOAD_DEBOUNCE_MS);
    this.timer.unref();
  }

  /**
   * Reloads from whatever folder `dir` names now, following it when it was swapped or recreated,
   * and logs the outcome. While the folder is missing the last articles keep being served.
   */
  async refresh(trigger: ReloadTrigger): Promise<void> {
    const folder = await stat(this.dir).catch(() => undefined);
    if (!folder?.isDirectory()) {
      if (!this.missing || trigger === 'SIGHUP') {
        this.logger.warn('data folder is missing; still serving the last articles until it comes back', { dir: this.dir, trigger, articles: this.articles.length });
      }
      this.missing = true;
      this.folderWatcher?.close();
      this.folderWatcher = undefined;
      this.watchedFolder = undefined;
      return;
    }
    const identity = identityOf(folder);
    const wasMissing = this.missing;
    this.missing = false;
    if (this.watching) {
      // Opened afresh before every reload, not only when the folder looks different: a folder
      // deleted and made again may get the same inode back while its old watch is dead.
      const replaced = identity !== this.watchedFolder;
      this.watchFolder(identity);
      if (replaced) {
        const path = await realpath(this.dir).catch(() => this.dir);
        this.logger.info(wasMissing ? 'data folder is back; watching it' : 'data folder was replaced; watching the new one', { dir: this.dir, path });
      }
    }
    try {
      const report = await this.reload();
      this.logReload(report, trigger);
      this.options.onReload?.(report);
    } catch (error) {
      this.logger.error('could not reload the data folder; still serving the previous articles', { dir: this.dir, trigger, error });
    }
  }

  /** Every reload that changed something, and every one asked for with SIGHUP, is logged with its counts. */
  private logReload(report: ReloadReport, trigger: ReloadTrigger): void {
    const changed = report.added.length + report.removed.length + report.changed.length > 0;
    if (changed || trigger === 'SIGHUP') {
      this.logger.info(changed ? 'articles changed' : 'articles unchanged', {
        trigger,
        articles: this.articles.length,
        sentences: report.sentences,
        added: report.added,
        removed: report.removed,
        changed: report.changed,
        problems: report.problems.length,
      });
    }
    for (const problem of report.problems) {
      this.logger.warn(problem.kept ? 'article file is broken; still serving its last good version' : 'article file could not be loaded', { file: problem.file, problem: problem.problem });
    }
  }

  close(): void {
    clearTimeout(this.timer);
    this.watching = false;
    this.folderWatcher?.close();
    this.parentWatcher?.close();
    this.folderWatcher = undefined;
    this.parentWatcher = undefined;
  }
}
