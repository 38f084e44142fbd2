/** Small articles on their own topics, and helpers to run the command-line entry points. */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
/** What `npm start` and `npm run ask` run (see package.json). */
export const LAUNCHER = join(ROOT, 'scripts/launch.js');
const TSX_CLI = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

export const BRIDGE = {
  id: 'harbour-bridge',
  title: 'Harbour bridge to close for repairs',
  text: [
    'The city council voted on Tuesday to close the Harbour Bridge for 18 months while engineers replace its rusting steel cables.',
    'The repairs will cost $42 million, paid from a state infrastructure fund created in 2019.',
    '“We cannot keep patching a bridge that carries 60,000 cars a day,” Mayor Lena Ortiz said.',
    'Ferry operators expect ridership to rise by 30 percent during the closure.',
    'Copyright © 2024, Coastal Times. All rights reserved.',
  ].join('\n'),
  meta: { title: 'Harbour bridge to close for repairs', credit: 'Coastal Times', year: 2024, dateline: 'Port Ellis' },
};

export const LIBRARY = {
  id: 'summer-reading',
  title: 'Library summer reading drive breaks record',
  text: [
    'More than 4,500 children signed up for the county library summer reading drive this year.',
    'Head librarian Omar Haddad said the drive lent 21,000 books between June and August.',
    '“Kids who read over the summer start school ahead,” Haddad said.',
    'The library plans to open two new branches in 2026.',
  ].join('\n'),
  meta: { title: 'Library summer reading drive breaks record', credit: 'Valley Courier', year: 2025 },
};

export type FixtureArticle = typeof BRIDGE | typeof LIBRARY;

/** A fresh data folder holding the given articles (and any extra raw files); removed by `cleanup`. */
export async function makeDataDir(articles: readonly FixtureArticle[], extraFiles: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'cli-test-'));
  for (const article of articles) {
    await writeFile(join(dir, `${article.id}.txt`), article.text);
    await writeFile(join(dir, `${article.id}.meta.json`), JSON.stringify(article.meta));
  }
  for (const [name, content] of Object.entries(extraFiles)) await writeFile(join(dir, name), content);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function withoutUnset(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/**
 * Runs `npm start` (`main`) or `npm run ask` (`ask`) as npm does, or another script's TypeScript
 * entry point through tsx as its npm script does, feeding `input` on stdin.
 */
export function runEntry(
  entry: 'main' | 'ask' | `${string}.ts`,
  args: readonly string[],
  options: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const command = entry.endsWith('.ts') ? [TSX_CLI, join(ROOT, entry)] : [LAUNCHER, entry];
    const child = spawn(process.execPath, [...command, ...args], {
      cwd: options.cwd ?? ROOT,
      // Empty values keep a developer's own .env out of the tests; `undefined` leaves a variable unset.
      env: withoutUnset({ ...process.env, NO_COLOR: '', DATA_DIR: '', DISCORD_TOKEN: '', ...options.env }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export const runAskCommand = (args: readonly string[], options?: Parameters<typeof runEntry>[2]) =>
  runEntry('ask', args, options);
