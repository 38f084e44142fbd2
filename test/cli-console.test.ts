/* eslint-disable no-control-regex -- the tests look for control characters in the output */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROMPT, runConsole } from '../src/cli/console.ts';
import { MAX_QUESTION_LENGTH } from '../src/core/engine.ts';
import { loadData } from '../src/cli/data.ts';
import { MAX_LINE_BYTES } from '../src/cli/line-reader.ts';
import { safeEcho } from '../src/cli/terminal-text.ts';
import { BRIDGE, LAUNCHER, LIBRARY, makeDataDir, runEntry } from './cli-fixtures.ts';
import { bundledDataDir } from './bundled-data.ts';

/**
 * Drives a console over the articles in `dir`; returns what it printed for each input line, in order,
 * each reply without the echo of its line (piped input is echoed after the prompt).
 */
async function consoleSession(dir: string, lines: readonly string[], colour = false) {
  const { engine, problems } = await loadData(dir);
  const output = new PassThrough();
  const errorOutput = new PassThrough();
  let printed = '';
  let errors = '';
  output.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  errorOutput.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  await runConsole({ engine, problems, input: Readable.from([lines.map((line) => `${line}\n`).join('')]), output, errorOutput, colour });
  const [banner = '', ...turns] = printed.split(PROMPT);
  const replies = turns.map((turn, i) => {
    const echo = `${safeEcho(lines[i] ?? '')}\n`;
    return echo !== '\n' && turn.startsWith(echo) ? turn.slice(echo.length) : turn;
  });
  return { banner, turns, replies, errors };
}

let bridgeOnly: Awaited<ReturnType<typeof makeDataDir>>;
let both: Awaited<ReturnType<typeof makeDataDir>>;
beforeAll(async () => {
  bridgeOnly = await makeDataDir([BRIDGE], { 'broken.txt': '' });
  both = await makeDataDir([BRIDGE, LIBRARY]);
});
afterAll(async () => {
  await bridgeOnly.cleanup();
  await both.cleanup();
});

describe('npm start without a Discord token', () => {
  it('given DATA_DIR in .env and a session on stdin then it answers, lists figures and quotations, describes the article, helps, hints on a blank line and exits cleanly', async () => {
    const home = await mkdtemp(join(tmpdir(), 'cli-home-'));
    try {
      await writeFile(join(home, '.env'), `DATA_DIR=${bridgeOnly.dir}\n`);
      const input = ['How much will the repairs cost?', '/figures', '/quote', '/article', '/help', '   ', 'exit', '/help'];
      const result = await runEntry('main', [], { input: input.join('\n') + '\n', cwd: home, env: { DATA_DIR: undefined } });
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/dotenv/i);

      const [banner = '', answer = '', figures = '', quotes = '', article = '', help = '', blank = '', ...rest] = result.stdout.split(PROMPT);
      // Piped in, each line is echoed after the prompt, then answered.
      expect(answer).toMatch(/^How much will the repairs cost\?\n/);
      expect(quotes).toMatch(/^\/quote\n/);
      expect(banner).toContain(BRIDGE.id);
      expect(banner).toMatch(/sentences/);
      expect(banner).toContain('/help');
      expect(result.stderr).toContain('broken.txt');

      expect(answer).toContain('$42 million');
      expect(answer).toMatch(/¶2 · s\d+/);
      expect(answer).toContain(BRIDGE.title);

      expect(figures).toMatch(/\$42 million .*¶2 · s\d+/);
      expect(figures).toMatch(/18 months .*¶1 · s1/);

      expect(quotes).toContain('We cannot keep patching a bridge');
      expect(quotes).toContain('Ortiz');
      expect(quotes).toMatch(/¶3 · s\d+/);

      for (const detail of ['Coastal Times', '2024', 'Port Ellis', 'Paragraphs', 'Sentences']) expect(article).toContain(detail);

      for (const command of ['/figures', '/quote', '/article', '/use', 'exit']) expect(help).toContain(command);
      expect(help).toMatch(/\$42 million|Ortiz|Harbour Bridge/);

      expect(blank).toMatch(/type a question/i);
      // Nothing after `exit` is answered.
      expect(rest.join('')).not.toContain('/figures');
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  it('given article files that cannot be loaded, then their warnings come before the welcome banner, which counts them', async () => {
    const log = join(bridgeOnly.dir, '..', `${basename(bridgeOnly.dir)}-session.log`);
    const fd = openSync(log, 'w');
    try {
      // stdout and stderr into one file, as a terminal shows them: the order written is the order read.
      const child = spawn(process.execPath, [LAUNCHER, 'main', '--data', bridgeOnly.dir], { stdio: ['pipe', fd, fd], env: { ...process.env, NO_COLOR: '', DISCORD_TOKEN: '' } });
      child.stdin?.end('exit\n');
      expect(await new Promise((resolvePromise) => child.on('close', resolvePromise))).toBe(0);
      const transcript = await readFile(log, 'utf8');
      expect(transcript).toMatch(/^warning: .*broken\.txt/);
      expect(transcript.indexOf('broken.txt')).toBeLessThan(transcript.indexOf('Article answer bot — local mode'));
      expect(transcript).toMatch(/Loaded 1 article \(\d+ files? skipped, see the warnings above\):/);
    } finally {
      closeSync(fd);
      await rm(log, { force: true });
    }
  });

  it('given --data then it loads that folder over DATA_DIR, and given an unknown option or --help then it says how to use it', async () => {
    const loaded = await runEntry('main', ['--data', both.dir], { input: 'exit\n', env: { DATA_DIR: bridgeOnly.dir } });
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain(LIBRARY.id);

    const unknown = await runEntry('main', ['--verbose']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--verbose'/);
    expect(unknown.stderr).toContain('--data DIR');

    const help = await runEntry('main', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('DISCORD_TOKEN');
  });
});

describe('the console example in the README', () => {
  it('given the README\'s question, then the console prints exactly what the README shows', async () => {
    const readme = await readFile('README.md', 'utf8');
    const block = /```\n(ask> (.+)\n[\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const [, shown = '', question = ''] = block!;
    const { replies } = await consoleSession(bundledDataDir(), [question]);
    expect(`${PROMPT}${question}\n${replies[0]}`.trimEnd()).toBe(shown.trimEnd());
  });
});

describe('console', () => {
  it('given several articles then questions go to all of them until /use picks one, and /use all goes back', async () => {
    const { banner, replies } = await consoleSession(both.dir, [
      'How many children signed up for the reading drive?',
      `/use ${LIBRARY.id}`,
      'How much will the bridge repairs cost?',
      '/use all',
      'How much will the bridge repairs cost?',
    ]);
    expect(banner).toContain(BRIDGE.id);
    expect(banner).toContain(LIBRARY.id);
    expect(replies[0]).toContain(LIBRARY.title);
    expect(replies[1]).toContain(LIBRARY.id);
    expect(replies[2]).not.toContain(BRIDGE.title);
    expect(replies[4]).toContain(BRIDGE.title);
  });

  it('given a one-sentence article, then the banner counts it as 1 paragraph and 1 sentence, not "1 paragraphs"', async () => {
    const data = await makeDataDir([], { 'notice.txt': 'The library closes early on Friday.' });
    try {
      const { banner } = await consoleSession(data.dir, []);
      expect(banner).toContain('notice — Notice (1 paragraph, 1 sentence)');
    } finally {
      await data.cleanup();
    }
  });

  it('given /use with part of an id or title, then the one article it names is picked; given a part several share, then it asks for more rather than guess', async () => {
    const { replies } = await consoleSession(both.dir, ['/use bridge', '/use SUMMER reading', '/use r']);
    expect(replies[0]).toMatch(new RegExp(`^Questions now go to ${BRIDGE.id}\\.`));
    expect(replies[1]).toMatch(new RegExp(`^Questions now go to ${LIBRARY.id}\\.`));
    expect(replies[2]).toContain(BRIDGE.id);
    expect(replies[2]).toContain(LIBRARY.id);
    expect(replies[2]).not.toMatch(/^Questions now go to/);
  });

  it('given a question the picked article does not answer but another loaded one does, then the reply says which and how to ask it', async () => {
    const { replies } = await consoleSession(both.dir, [`/use ${BRIDGE.id}`, 'How many children signed up for the reading drive?', `/use ${LIBRARY.id}`, 'How many children signed up for the reading drive?']);
    expect(replies[1]).toContain(`Another article answers this: ${LIBRARY.id}. Type /use ${LIBRARY.id} (or /use all) and ask again.`);
    expect(replies[3]).not.toContain('Another article answers this');
  });

  it('given /use of an article whose file was skipped at start, then the reply says why it did not load', async () => {
    const { replies } = await consoleSession(bridgeOnly.dir, ['/use broken']);
    expect(replies[0]).toMatch(/^Unknown article “broken”\. Known articles: .*\. Its file did not load — .*broken\.txt: /);
  });

  it('given /article with an unknown id then it lists the loaded ids and keeps the active article', async () => {
    const { replies } = await consoleSession(both.dir, ['/article nope', '/article']);
    expect(replies[0]).toContain(BRIDGE.id);
    expect(replies[0]).toContain(LIBRARY.id);
    expect(replies[1]).toMatch(/Loaded articles/);
  });

  it('given several articles and none picked, then /article says questions search all of them rather than mark none', async () => {
    const { replies } = await consoleSession(both.dir, ['/article', `/use ${BRIDGE.id}`, '/article']);
    expect(replies[0]).toContain('questions search all of them');
    expect(replies[0]).not.toContain('* ');
    expect(replies[2]).toContain(`* ${BRIDGE.id}`);
  });

  it('given /figures with a kind then only that kind is listed, and an unknown kind lists the kinds there are', async () => {
    const { replies } = await consoleSession(bridgeOnly.dir, ['/figures money', '/figures weather', '/figures ages']);
    expect(replies[0]).toContain('$42 million');
    expect(replies[0]).not.toContain('18 months');
    expect(replies[1]).toContain('“weather” is not a kind of figure');
    expect(replies[1]).toContain('money');
    expect(replies[2]).toContain('No figures of kind “ages” here');
  });

  it('given /figures with a kind in other words ("percentages", "Percents"), then that kind is listed', async () => {
    const { replies } = await consoleSession(bridgeOnly.dir, ['/figures percentages', '/figures Percents']);
    for (const reply of replies.slice(0, 2)) {
      expect(reply).toContain('30 percent');
      expect(reply).not.toContain('$42 million');
    }
  });

  it('given /figures with dates missing a year or a day, then each reads as a date, not as "--03"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-dates-'));
    await writeFile(join(dir, 'refit.txt'), 'The ferry returned to port in March.\nIt was refitted on June 3 and again in October 2021.\nIts licence ran out on May 9, 2019.\n');
    try {
      const { replies } = await consoleSession(dir, ['/figures date']);
      const lines = replies[0]!.split('\n');
      const shown = (text: string) => lines.find((line) => line.trimStart().startsWith(text))?.replace(/\s+/g, ' ').trim();
      expect(shown('March')).toBe('March date March ¶1 · s1');
      expect(shown('June 3')).toBe('June 3 date June 3 ¶2 · s2');
      expect(shown('October 2021')).toBe('October 2021 date October 2021 ¶2 · s2');
      expect(shown('May 9, 2019')).toBe('May 9, 2019 date May 9, 2019 ¶3 · s3');
      expect(replies[0]).not.toMatch(/--\d|\d{4}-\d{2}/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('given /quote with a search then only matching quotations are listed', async () => {
    const { replies } = await consoleSession(both.dir, ['/quote summer', '/quote nothing-like-this']);
    expect(replies[0]).toContain('Kids who read over the summer');
    expect(replies[0]).not.toContain('We cannot keep patching');
    expect(replies[1]).toMatch(/no direct quotations/i);
  });

  it('given /quote with a speaker\'s full name or surname, in any case and without the article\'s accents, then that speaker\'s quotations are listed', async () => {
    const { dir, cleanup } = await makeDataDir([], {
      'port.txt': '“The berth moves on Monday,” said Maria da Silva.\n“We are ready,” said Rubén del Olmo.\n“Nobody walks on the quay,” said Siobhán O’Brien.\n',
    });
    try {
      const searches = ['maria da silva', 'SILVA', 'Ruben del Olmo', 'del olmo', "siobhan o'brien", 'Mr Nobody Else'];
      const { replies } = await consoleSession(dir, searches.map((search) => `/quote ${search}`));
      const speakers = replies.slice(0, searches.length).map((reply) => [...reply.matchAll(/— (.+?) {2}¶/g)].map((m) => m[1]));
      expect(speakers).toEqual([['Maria da Silva'], ['Maria da Silva'], ['Rubén del Olmo'], ['Rubén del Olmo'], ['Siobhán O’Brien'], []]);
    } finally {
      await cleanup();
    }
  });

  it('given questions piped in, then each is echoed after the prompt before its answer, so the transcript reads as a conversation', async () => {
    const { turns } = await consoleSession(bridgeOnly.dir, ['How much will the repairs cost?', '/quote Ortiz', '', 'Who is \u001b[31mthe mayor?']);
    expect(turns[0]).toMatch(/^How much will the repairs cost\?\n.*\$42 million/s);
    expect(turns[1]).toMatch(/^\/quote Ortiz\n.*We cannot keep patching/s);
    // A blank line ends the prompt's line too: the hint starts a line of its own.
    expect(turns[2]).toMatch(/^\nType a question/);
    expect(turns[3]).toMatch(/^Who is the mayor\?\n/);
  });

  it('given a whole article pasted as one line, then the console says it is too long to be a question instead of searching it', async () => {
    const pasted = BRIDGE.text.replace(/\n/g, ' ').repeat(10);
    expect(pasted.length).toBeGreaterThan(MAX_QUESTION_LENGTH);
    const { replies } = await consoleSession(bridgeOnly.dir, [pasted, 'How much will the repairs cost?']);
    expect(replies[0]).toBe(`That is too long to be a question — ask about one thing, in under ${MAX_QUESTION_LENGTH} characters.\n\n`);
    expect(replies[1]).toContain('$42 million');
  });

  it('given "who wrote this article?", then the reply gives the source without calling it a question not answered', async () => {
    const { replies } = await consoleSession(bridgeOnly.dir, ['who wrote this article?']);
    expect(replies[0]).toMatch(/^That is about the article, not in it: /);
    expect(replies[0]).not.toMatch(/Not answered/);
  });

  it('given a question a rule declines then the reason comes first and the closest passages are labelled as not an answer', async () => {
    const { replies } = await consoleSession(bridgeOnly.dir, ['Did the repairs cost $42 billion?']);
    expect(replies[0]).toMatch(/^Not answered: \S/);
    expect(replies[0]).toMatch(/closest passages — not an answer/i);
  });

  it('given a question declined as unlikely to be answered then the reply says it found no sure answer and asks the reader to check the closest passages', async () => {
    const { replies } = await consoleSession(bridgeOnly.dir, ["What is the mayor's favourite colour?"]);
    expect(replies[0]).toMatch(/^No sure answer: \S/);
    expect(replies[0]).toMatch(/closest passages — not a sure answer, check them:/i);
    expect(replies[0]).not.toMatch(/not an answer/i);
  });

  it('given thanks and a greeting then each gets a short kind reply, not a refusal; "help" without the slash gets what /help shows', async () => {
    const { replies } = await consoleSession(bridgeOnly.dir, ['thanks!', 'hello', 'help', '/help']);
    expect(replies[0]).toMatch(/^You’re welcome! Ask me anything else about the article\./);
    expect(replies[1]).toMatch(/^Hello! Ask me anything about the article/);
    for (const reply of replies.slice(0, 2)) expect(reply).not.toMatch(/Not answered|closest passages/i);
    expect(replies[2]).toBe(replies[3]);
    expect(replies[2]).toContain('/figures');
  });

  it('given colour then figures in quotes are highlighted, and given none then no escape codes are printed', async () => {
    const coloured = await consoleSession(bridgeOnly.dir, ['How much will the repairs cost?'], true);
    expect(coloured.replies[0]).toMatch(/\u001b\[[\d;]*m\$42 million\u001b/);
    const plain = await consoleSession(bridgeOnly.dir, ['How much will the repairs cost?'], false);
    expect(plain.replies[0]).not.toContain('\u001b');
  });

  it('given piped input with a carriage return inside a line and a line of several megabytes then each line gets one reply and the session goes on', async () => {
    const { replies } = await consoleSession(bridgeOnly.dir, ['How much will\rthe repairs cost?', 'x'.repeat(5 * 1024 * 1024), 'Who is the mayor?']);
    expect(replies).toHaveLength(3 + 1);
    expect(replies[0]).toContain('$42 million');
    expect(replies[1]).toContain(`Line 2 is too long: more than ${MAX_LINE_BYTES} bytes`);
    expect(replies[2]).toContain('Ortiz');
  });

  it('given escape sequences, unknown commands and odd input then nothing raw is echoed and the session goes on', async () => {
    const { replies } = await consoleSession(bridgeOnly.dir, [
      '/quote \u001b[31mred\u001b]0;title\u0007',
      '/\u001b[2Jwipe',
      '/ask',
      '<@123> @everyone 🌉 \u200b',
      '/help',
    ]);
    expect(replies).toHaveLength(5 + 1);
    for (const reply of replies) expect(reply).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(replies[1]).toMatch(/unknown command/i);
    expect(replies[2]).toMatch(/usage/i);
  });
});
