import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveLibrary, type ReloadReport } from '../src/discord/library.ts';
import { createLogger } from '../src/discord/log.ts';

const FIRST = 'The river rose by two metres on Sunday. Residents were moved to the school hall.\nThe mayor said the bridge will reopen in May.';
const SECOND = 'A second article about apples. Orchards sold 400 tonnes this year.';

describe('LiveLibrary', () => {
  let dir: string;
  let library: LiveLibrary | undefined;
  let logs: Record<string, unknown>[];
  let reloads: ReloadReport[];
  let waiting: { until: (report: ReloadReport) => boolean; resolve: () => void } | undefined;

  const open = async () => {
    library = await LiveLibrary.open(dir, {
      debounceMs: 20,
      logger: createLogger({ level: 'debug', sink: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) }),
      onReload: (report) => {
        reloads.push(report);
        if (waiting?.until(report)) waiting.resolve();
      },
    });
    library.watch();
    return library;
  };
  /** Resolves at the reload whose report satisfies `until` (a write can trigger several). */
  const reloaded = (until: (report: ReloadReport) => boolean) => new Promise<void>((resolve) => (waiting = { until, resolve }));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'articles-'));
    logs = [];
    reloads = [];
    await writeFile(join(dir, 'river.txt'), FIRST);
  });
  afterEach(async () => {
    library?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('given a folder, then its articles are answerable and the load is logged with sentence counts', async () => {
    const lib = await open();
    expect(lib.articles.map((a) => a.id)).toEqual(['river']);
    expect(lib.ask('What did the mayor say about the bridge?').answered).toBe(true);
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'articles loaded', sentences: { river: 3 } }));
  });

  it('given a file added while running, then it is answerable without a restart and the log says it was added', async () => {
    const lib = await open();
    const version = lib.version;
    const done = reloaded((r) => r.added.includes('apples'));
    await writeFile(join(dir, 'apples.txt'), SECOND);
    await done;
    expect(lib.articles.map((a) => a.id)).toEqual(['apples', 'river']);
    expect(lib.version).toBeGreaterThan(version);
    expect(lib.ask('How many tonnes did orchards sell?', { article: 'apples' }).answered).toBe(true);
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'articles changed', added: ['apples'], sentences: { apples: 2, river: 3 } }));
  });

  it('given a file changed and then removed, then answers follow the new text and the article goes away', async () => {
    const lib = await open();
    let done = reloaded((r) => r.sentences.river === 4);
    await writeFile(join(dir, 'river.txt'), `${FIRST}\nThe council approved new flood walls.`);
    await done;
    expect(lib.getArticle('river')?.sentences).toHaveLength(4);
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'articles changed', changed: ['river'] }));
    done = reloaded((r) => r.removed.includes('river'));
    await unlink(join(dir, 'river.txt'));
    await done;
    expect(lib.articles).toEqual([]);
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'articles changed', removed: ['river'] }));
  });

  it('given a broken edit, then the last good version keeps being served and the log says why', async () => {
    const lib = await open();
    const before = lib.getArticle('river');
    const done = reloaded((r) => r.problems.some((p) => p.problem.includes('not valid JSON')));
    await writeFile(join(dir, 'river.meta.json'), '{ "title": ');
    await done;
    expect(lib.getArticle('river')).toBe(before);
    expect(lib.ask('What did the mayor say about the bridge?').answered).toBe(true);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'article file is broken; still serving its last good version', problem: expect.stringContaining('not valid JSON') }));
  });

  it('given a folder that does not exist, then opening it fails', async () => {
    await expect(LiveLibrary.open(join(dir, 'missing'))).rejects.toThrow();
  });
});

/** Folders replaced whole, as deploys do, and reloads asked for with SIGHUP: all followed without a restart. */
describe('LiveLibrary following its data folder', () => {
  /** Generous: the events arrive within milliseconds, but the machine may be busy. */
  const WAIT_MS = 10_000;
  let root: string;
  let data: string;
  let library: LiveLibrary | undefined;
  let logs: Record<string, unknown>[];
  let waiters: { predicate: (line: Record<string, unknown>) => boolean; resolve: () => void }[];

  const open = async (options: { watch: boolean } = { watch: true }) => {
    library = await LiveLibrary.open(data, {
      debounceMs: 20,
      logger: createLogger({
        level: 'debug',
        sink: (text) => {
          const line = JSON.parse(text) as Record<string, unknown>;
          logs.push(line);
          for (const waiter of waiters.filter((w) => w.predicate(line))) waiter.resolve();
        },
      }),
    });
    if (options.watch) library.watch();
    return library;
  };
  /** Resolves when a line matching `predicate` is logged from now on; fails naming what never came. */
  const logged = (what: string, predicate: (line: Record<string, unknown>) => boolean) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`never logged ${what}; logged: ${logs.map((l) => l.msg).join(' | ')}`)), WAIT_MS);
      waiters.push({ predicate, resolve: () => (clearTimeout(timer), resolve()) });
    });
  const added = (id: string) => logged(`"${id}" added`, (line) => line.msg === 'articles changed' && (line.added as string[]).includes(id));
  const ids = () => library?.articles.map((article) => article.id);
  /** A file written into `folder` afterwards is served too: the watch moved on to the new folder. */
  const expectLaterEditsSeen = async (folder: string) => {
    const edited = added('floods');
    await writeFile(join(folder, 'floods.txt'), FIRST);
    await edited;
    expect(ids()).toEqual(['apples', 'floods']);
  };

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'articles-root-'));
    data = join(root, 'data');
    await mkdir(data);
    await writeFile(join(data, 'river.txt'), FIRST);
    logs = [];
    waiters = [];
  });
  afterEach(async () => {
    library?.close();
    library = undefined;
    await rm(root, { recursive: true, force: true });
  });

  it('given the folder swapped with mv for a new one, then the new articles are served and later edits to the new folder are seen', async () => {
    const lib = await open();
    await mkdir(join(root, 'data.new'));
    await writeFile(join(root, 'data.new', 'apples.txt'), SECOND);
    const swapped = added('apples');
    await rename(data, join(root, 'data.old'));
    await rename(join(root, 'data.new'), data);
    await swapped;
    expect(ids()).toEqual(['apples']);

    await expectLaterEditsSeen(data);
    expect(lib.ask('How many tonnes did orchards sell?').answered).toBe(true);
  });

  it('given a data symlink re-pointed with ln -sfn to another release, then that release is served and later edits to it are seen', async () => {
    await mkdir(join(root, 'releases'));
    await rename(data, join(root, 'releases', '1'));
    await mkdir(join(root, 'releases', '2'));
    await writeFile(join(root, 'releases', '2', 'apples.txt'), SECOND);
    await symlink(join('releases', '1'), data);
    await open();
    expect(ids()).toEqual(['river']);

    const repointed = added('apples');
    execFileSync('ln', ['-sfn', join('releases', '2'), 'data'], { cwd: root });
    await repointed;
    expect(ids()).toEqual(['apples']);
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'data folder was replaced; watching the new one', path: join(root, 'releases', '2') }));

    await expectLaterEditsSeen(join(root, 'releases', '2'));
  });

  it('given the folder removed, then the last articles keep being served with a warning, and once it is recreated its articles are served and followed', async () => {
    const lib = await open();
    const gone = logged('the folder missing', (line) => line.level === 'warn' && line.msg === 'data folder is missing; still serving the last articles until it comes back');
    // Moved out whole first, so that no reload can catch it half emptied.
    await rename(data, join(root, 'deleted'));
    await rm(join(root, 'deleted'), { recursive: true });
    await gone;
    expect(ids()).toEqual(['river']);
    expect(lib.ask('What did the mayor say about the bridge?').answered).toBe(true);

    const back = added('apples');
    await mkdir(data);
    await writeFile(join(data, 'apples.txt'), SECOND);
    await back;
    expect(ids()).toEqual(['apples']);

    await expectLaterEditsSeen(data);
  });

  it('given a reload asked for with SIGHUP, then changes are picked up and the reload is logged with its counts, also when nothing changed', async () => {
    await open({ watch: false });
    await writeFile(join(data, 'apples.txt'), SECOND);
    await library?.refresh('SIGHUP');
    expect(ids()).toEqual(['apples', 'river']);
    await library?.refresh('SIGHUP');
    const reloads = logs.filter((line) => line.trigger === 'SIGHUP');
    expect(reloads).toEqual([
      expect.objectContaining({ level: 'info', msg: 'articles changed', articles: 2, sentences: { apples: 2, river: 3 }, added: ['apples'], removed: [], changed: [], problems: 0 }),
      expect.objectContaining({ level: 'info', msg: 'articles unchanged', articles: 2, sentences: { apples: 2, river: 3 }, added: [], removed: [], changed: [], problems: 0 }),
    ]);
  });

  it('given a reload asked for with SIGHUP while the folder is missing, then it warns each time and keeps serving', async () => {
    await open({ watch: false });
    await rm(data, { recursive: true });
    await library?.refresh('SIGHUP');
    await library?.refresh('SIGHUP');
    expect(logs.filter((line) => line.level === 'warn' && line.trigger === 'SIGHUP')).toHaveLength(2);
    expect(ids()).toEqual(['river']);
  });
});
