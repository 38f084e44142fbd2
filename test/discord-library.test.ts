import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
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
