/**
 * `npm start` and `npm run ask` as real processes: stopped the way a process manager stops them, and
 * run from compiled code that always matches the sources.
 */
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { PROMPT } from '../src/cli/console.ts';
import { ROOT } from './cli-fixtures.ts';
import { descendantsOf, survivors } from './process-tree.ts';

describe('npm start without a Discord token, under a process manager', () => {
  let started: number[] = [];

  afterEach(async () => {
    for (const pid of await survivors(started, 0)) process.kill(pid, 'SIGKILL');
    started = [];
  });

  it('given the console waiting for a question, then SIGTERM to npm ends it and leaves no process behind', async () => {
    const npm = spawn('npm', ['start'], { cwd: ROOT, env: { ...process.env, DISCORD_TOKEN: '', DATA_DIR: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise((resolve) => npm.on('exit', resolve));
    let printed = '';
    await new Promise<void>((resolve, reject) => {
      npm.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        printed += chunk;
        if (printed.includes(PROMPT)) resolve();
      });
      void exited.then(() => reject(new Error(`npm start exited before the console was ready:\n${printed}`)));
    });
    started = descendantsOf(npm.pid ?? 0);
    expect(started.length).toBeGreaterThan(0);
    npm.kill('SIGTERM');
    await exited;
    expect(await survivors(started)).toEqual([]);
  });
});

describe('npm start and npm run ask after an edit in src/', () => {
  it('given the compiled code built before a source file changed, then the next start runs the changed code', async () => {
    // A copy of the project, so that editing its sources leaves this checkout alone.
    const copy = await mkdtemp(join(tmpdir(), 'launch-'));
    try {
      for (const path of ['src', 'scripts/launch.js', 'package.json', 'tsconfig.json']) await cp(join(ROOT, path), join(copy, path), { recursive: true });
      await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
      const help = async () => (await promisify(execFile)(process.execPath, [join(copy, 'scripts/launch.js'), 'main', '--help'], { cwd: copy })).stdout;
      expect(await help()).toContain('Usage: npm start');

      const main = join(copy, 'src/main.ts');
      await writeFile(main, (await readFile(main, 'utf8')).replace('Usage: npm start', 'Usage, edited: npm start'));
      expect(await help()).toContain('Usage, edited: npm start');
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});

describe('npm run ask with articles parsed by an earlier start', () => {
  it('given the article or the code changed since, then the answer comes from the new text and code, never from the cache', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'launch-cache-'));
    try {
      for (const path of ['src', 'scripts/launch.js', 'package.json', 'tsconfig.json']) await cp(join(ROOT, path), join(copy, path), { recursive: true });
      await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
      await mkdir(join(copy, 'data'));
      const article = join(copy, 'data/council.txt');
      await writeFile(article, 'The council approved a $12 million budget on Monday.\n');
      const ask = async () => {
        const { stdout } = await promisify(execFile)(process.execPath, [join(copy, 'scripts/launch.js'), 'ask', '--json', 'How big is the budget?'], {
          cwd: copy,
          env: { ...process.env, DATA_DIR: '' },
        });
        return (JSON.parse(stdout) as { figures: { text: string; unit: string | null }[] }).figures[0];
      };
      const cached = async () => (await readdir(join(copy, 'dist/article-cache'))).filter((name) => name.endsWith('.article'));

      expect(await ask()).toMatchObject({ text: '$12 million', unit: 'USD' });
      expect(await cached()).toHaveLength(1);
      // The words' search terms too, kept when the process ended.
      expect(await readdir(join(copy, 'dist/article-cache'))).toContain('terms.v8');
      expect(await ask()).toMatchObject({ text: '$12 million', unit: 'USD' });

      await writeFile(article, 'The council approved a $15 million budget on Monday.\n');
      expect(await ask()).toMatchObject({ text: '$15 million', unit: 'USD' });

      // The same text, read by changed code: parsed again by the new build.
      const figures = join(copy, 'src/core/figures.ts');
      await writeFile(figures, (await readFile(figures, 'utf8')).replace("$: 'USD',", "$: 'XUS',"));
      expect(await ask()).toMatchObject({ text: '$15 million', unit: 'XUS' });
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
