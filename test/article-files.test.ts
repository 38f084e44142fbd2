/**
 * What the data folder may hold besides articles: named pipes, links to devices, folders and huge
 * files named like articles are skipped with a problem naming them, never read, never waited on.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadArticles, MAX_ARTICLE_BYTES } from '../src/core/articles.ts';
import { readRegularFile } from '../src/core/read-file.ts';

const GOOD = 'The river rose by two metres on Sunday. Residents were moved to the school hall.';

describe('loading a data folder holding things that are not articles', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'article-files-'));
    await writeFile(join(dir, 'good.txt'), GOOD);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const load = async () => {
    const { articles, problems } = await loadArticles(dir);
    return { ids: articles.map((article) => article.id), problems };
  };

  it('given a named pipe called x.txt, then loading finishes, the other articles load and the pipe is reported as skipped', async () => {
    execFileSync('mkfifo', [join(dir, 'x.txt')]);
    expect(await load()).toEqual({ ids: ['good'], problems: [{ file: join(dir, 'x.txt'), problem: 'skipped: a named pipe (FIFO), not a regular file' }] });
  });

  it('given a named pipe as an article\'s metadata file, then that article is reported as skipped, naming the metadata file', async () => {
    await writeFile(join(dir, 'river.txt'), GOOD);
    execFileSync('mkfifo', [join(dir, 'river.meta.json')]);
    expect(await load()).toEqual({ ids: ['good'], problems: [{ file: join(dir, 'river.txt'), problem: 'skipped: its metadata file river.meta.json is a named pipe (FIFO), not a regular file' }] });
  });

  it('given big.txt linking to /dev/zero, then it is reported as a link to a device and nothing is read from it', async () => {
    await symlink('/dev/zero', join(dir, 'big.txt'));
    expect(await load()).toEqual({ ids: ['good'], problems: [{ file: join(dir, 'big.txt'), problem: 'skipped: a link to a character device (/dev/zero), not a regular file' }] });
  });

  it('given a regular file over the size limit, then it is reported with its size and the limit', async () => {
    const huge = join(dir, 'huge.txt');
    await writeFile(huge, GOOD);
    await truncate(huge, 3 * MAX_ARTICLE_BYTES);
    expect(await load()).toEqual({ ids: ['good'], problems: [{ file: huge, problem: 'skipped: 3 MB, over the limit of 1 MB for one file' }] });
  });

  it('given a folder named x.txt, then it is reported as a folder', async () => {
    await mkdir(join(dir, 'x.txt'));
    expect(await load()).toEqual({ ids: ['good'], problems: [{ file: join(dir, 'x.txt'), problem: 'skipped: a folder, not a regular file' }] });
  });

  it('given a link to an article elsewhere, then it is read like the article itself', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'article-elsewhere-'));
    try {
      await writeFile(join(elsewhere, 'apples.txt'), 'Orchards sold 400 tonnes this year.');
      await symlink(join(elsewhere, 'apples.txt'), join(dir, 'apples.txt'));
      expect(await load()).toEqual({ ids: ['apples', 'good'], problems: [] });
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('reading a file whose size is not known in advance', () => {
  // Files under /proc say they are empty and have text all the same, like a file still being written.
  const GROWING = '/proc/self/status';

  it('given a file longer than its size said, then it is read to the end', async () => {
    expect((await readRegularFile(GROWING, MAX_ARTICLE_BYTES)).toString('utf8')).toMatch(/^Name:[\s\S]*\nPid:/);
  });

  it('given such a file running past the limit, then reading stops at the limit and says so', async () => {
    await expect(readRegularFile(GROWING, 64)).rejects.toThrow('over the limit of 64 bytes for one file (it grew while being read)');
  });
});
