/* eslint-disable no-control-regex -- the tests look for control characters in the output */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsk } from '../src/cli/ask-command.ts';
import { MAX_LINE_BYTES, readLines } from '../src/cli/line-reader.ts';
import { BRIDGE, LAUNCHER, LIBRARY, makeDataDir, runAskCommand } from './cli-fixtures.ts';
import { bundledDataDir } from './bundled-data.ts';

const ANSWER_KEYS = ['answered', 'answering', 'figures', 'question', 'quotes'];
const DECLINED_KEYS = [...ANSWER_KEYS, 'reason', 'reasonCode'].sort();
const QUOTE_KEYS = ['article', 'end', 'matched', 'paragraph', 'score', 'sentence', 'start', 'text'];
const FIGURE_KEYS = ['kind', 'paragraph', 'sentence', 'text', 'unit', 'value'];

interface JsonAnswer {
  question: string;
  answered: boolean;
  reason?: string;
  answering: number;
  quotes: Record<string, unknown>[];
  figures: Record<string, unknown>[];
}

/** Runs the command in-process: quicker than a process per case where the process itself is not under test. */
async function askInProcess(argv: string[], stdin: string | readonly (string | Buffer)[] = '', env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const code = await runAsk({ argv, env, stdin: Readable.from(typeof stdin === 'string' ? [stdin] : stdin), stdout, stderr });
  return { code, stdout: out, stderr: err };
}

function expectContractShape(answer: JsonAnswer) {
  const keys = answer.answered ? ANSWER_KEYS : DECLINED_KEYS;
  expect(Object.keys(answer).sort()).toEqual('note' in answer ? [...keys, 'note'].sort() : keys);
  for (const quote of answer.quotes) {
    const expected = 'speaker' in quote ? [...QUOTE_KEYS, 'speaker'].sort() : QUOTE_KEYS;
    expect(Object.keys(quote).sort()).toEqual(expected);
  }
  for (const figure of answer.figures) expect(Object.keys(figure).sort()).toEqual(FIGURE_KEYS);
  // The answering quotes come first; a declined question has none, only closest passages.
  if (answer.answered) expect(answer.answering).toBeGreaterThanOrEqual(1);
  else expect(answer.answering).toBe(0);
  expect(answer.answering).toBeLessThanOrEqual(answer.quotes.length);
}

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeAll(async () => {
  data = await makeDataDir([BRIDGE, LIBRARY]);
});
afterAll(() => data.cleanup());

describe('ask --json', () => {
  it('given a question about the bundled article then stdout is exactly one JSON object with the contract keys and exit code 0', async () => {
    const result = await runAskCommand(['--json', 'How much humanitarian aid did the United States announce?']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const answer = JSON.parse(result.stdout) as JsonAnswer;
    expectContractShape(answer);
    expect(answer.quotes.length).toBeGreaterThan(0);
  });

  it('given the question of the example in docs/ask-json.md, then the answer is the example, its score aside', async () => {
    const doc = await readFile(new URL('../docs/ask-json.md', import.meta.url), 'utf8');
    const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? '{}') as JsonAnswer & { question: string };
    const result = await askInProcess(['--json', '--data', bundledDataDir(), example.question]);
    const answer = JSON.parse(result.stdout) as JsonAnswer;
    const withoutScores = (a: JsonAnswer) => ({ ...a, quotes: a.quotes.slice(0, a.answering).map(({ score: _score, ...quote }) => quote) });
    expect(withoutScores({ ...answer, quotes: answer.quotes.slice(0, example.quotes.length) })).toEqual(withoutScores(example));
  });

  it('given a question the articles do not answer then it declines with a reason, still lists closest sentences, and exits 0', async () => {
    const result = await askInProcess(['--json', '--data', data.dir, "What is the mayor's favourite colour?"]);
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout) as JsonAnswer;
    expectContractShape(answer);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toEqual(expect.any(String));
    expect(answer.reason?.length).toBeGreaterThan(0);
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(answer.quotes.length).toBeLessThanOrEqual(10);
    expect(answer.figures).toEqual([]);
  });

  it('given a question word the sentence writes otherwise then the text answer shows the sentence\'s word beside it', async () => {
    const result = await askInProcess(['--data', data.dir, 'How many automobiles cross the bridge daily?']);
    expect(result.stdout).toMatch(/Matched: .*automobiles \(as “cars”\)/);
  });

  it('given two questions in one line then the answer is the first\'s and its note names the second', async () => {
    const result = await askInProcess(['--json', '--data', data.dir, 'How much will the bridge repairs cost? Who is the mayor?']);
    const answer = JSON.parse(result.stdout) as JsonAnswer & { note?: string };
    expectContractShape(answer);
    expect(answer.note).toMatch(/Ask “Who is the mayor\?” on its own/);
    const text = await askInProcess(['--data', data.dir, 'How much will the bridge repairs cost? Who is the mayor?']);
    expect(text.stdout).toContain('You asked 2 questions; this is about the first.');
  });

  it('given any answer then each quote is the verbatim slice of its article file at its offsets', async () => {
    const result = await askInProcess(['--json', '--data', data.dir, 'How much will the bridge repairs cost?']);
    const answer = JSON.parse(result.stdout) as JsonAnswer;
    expect(answer.quotes.length).toBeGreaterThan(0);
    for (const quote of answer.quotes) {
      const file = await readFile(join(data.dir, `${String(quote.article)}.txt`), 'utf8');
      expect(file.slice(Number(quote.start), Number(quote.end))).toBe(quote.text);
    }
  });

  it('given a question whose answer holds a figure then the figures carry the contract keys', async () => {
    const result = await askInProcess(['--json', '--data', data.dir, 'How much will the bridge repairs cost?']);
    const answer = JSON.parse(result.stdout) as JsonAnswer;
    expectContractShape(answer);
    expect(answer.answered).toBe(true);
    expect(answer.figures.length).toBeGreaterThan(0);
  });
});

describe('ask --data and --article', () => {
  it('given --data with two articles then answers come from those articles, not the bundled one', async () => {
    const result = await askInProcess(['--json', '--data', data.dir, 'How many children signed up for the reading drive?']);
    const answer = JSON.parse(result.stdout) as JsonAnswer;
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(new Set(answer.quotes.map((quote) => quote.article))).not.toContain('abc-blinken-isis-rome-2021');
    expect(answer.quotes[0]?.article).toBe(LIBRARY.id);
  });

  it('given --article then every quote comes from that article, where without it the other article shows up too', async () => {
    const question = 'How many children and cars?';
    const everywhere = JSON.parse((await askInProcess(['--json', '--data', data.dir, question])).stdout) as JsonAnswer;
    expect(everywhere.quotes.map((quote) => quote.article)).toContain(LIBRARY.id);

    const limited = JSON.parse((await askInProcess(['--json', '--data', data.dir, '--article', BRIDGE.id, question])).stdout) as JsonAnswer;
    expect(limited.quotes.length).toBeGreaterThan(0);
    for (const quote of limited.quotes) expect(quote.article).toBe(BRIDGE.id);
  });

  it('given DATA_DIR and no flag then DATA_DIR is used, and given both then the flag wins', async () => {
    const empty = await makeDataDir([]);
    try {
      const fromEnv = await askInProcess(['--json', 'How much will the repairs cost?'], '', { DATA_DIR: data.dir });
      expect(fromEnv.code).toBe(0);
      expect((JSON.parse(fromEnv.stdout) as JsonAnswer).quotes[0]?.article).toBe(BRIDGE.id);

      const fromEmptyEnv = await askInProcess(['--json', 'How much will the repairs cost?'], '', { DATA_DIR: empty.dir });
      expect(fromEmptyEnv.code).toBe(1);
      const flagWins = await askInProcess(['--json', '--data', data.dir, 'How much will the repairs cost?'], '', { DATA_DIR: empty.dir });
      expect(flagWins.code).toBe(0);
    } finally {
      await empty.cleanup();
    }
  });

  it('given one broken file among good ones then the warning names it on stderr and stdout holds only the JSON', async () => {
    const mixed = await makeDataDir([BRIDGE], { 'broken.txt': 'A paragraph.\n', 'broken.meta.json': '{ not json' });
    try {
      const result = await askInProcess(['--json', '--data', mixed.dir, 'How long will the bridge close?']);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('broken');
      expect(() => JSON.parse(result.stdout)).not.toThrow();
    } finally {
      await mixed.cleanup();
    }
  });
  it('given a file name holding an escape code then the warning shows the code escaped, says how to rename it, and the other articles answer', async () => {
    const odd = await makeDataDir([BRIDGE], { '\u001b]0;pwned\u0007 bridge.txt': 'A paragraph.\n' });
    try {
      const result = await askInProcess(['--json', '--data', odd.dir, 'How much will the repairs cost?']);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('\\u001b]0;pwned\\u0007 bridge.txt: its name does not make an article id');
      expect(result.stderr).toContain('rename it, e.g. to "0-pwned-bridge.txt"');
      expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
      expect((JSON.parse(result.stdout) as JsonAnswer).answered).toBe(true);
    } finally {
      await odd.cleanup();
    }
  });
});

describe('ask --article by part of its id or title', () => {
  it('given --article with a word of one article\'s id or title, then the questions go to that article, in a JSONL line too', async () => {
    const question = 'How much will the repairs cost?';
    const named = JSON.parse((await askInProcess(['--json', '--data', data.dir, '--article', 'bridge', question])).stdout) as JsonAnswer;
    expect(named.quotes.length).toBeGreaterThan(0);
    for (const quote of named.quotes) expect(quote.article).toBe(BRIDGE.id);
    const line = JSON.stringify({ question, article: 'harbour' });
    const fromLine = JSON.parse((await askInProcess(['--jsonl', '--data', data.dir], `${line}\n`)).stdout.trim()) as JsonAnswer;
    for (const quote of fromLine.quotes) expect(quote.article).toBe(BRIDGE.id);
  });
  it('given --article with a word several articles share, then it exits 2 naming them', async () => {
    const result = await runAskCommand(['--json', '--data', data.dir, '--article', 'r', 'Anything?']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/could be any of .*harbour-bridge.*summer-reading|could be any of .*summer-reading.*harbour-bridge/);
  });
});

describe('ask bad usage', () => {
  it('given an unknown --article then it exits 2, names the known ids on stderr and prints nothing on stdout', async () => {
    const result = await runAskCommand(['--json', '--data', data.dir, '--article', 'nope', 'Anything?']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('nope');
    expect(result.stderr).toContain(BRIDGE.id);
    expect(result.stderr).toContain(LIBRARY.id);
  });

  it('given a missing data folder then it exits 1 with a message naming the folder and what to set', async () => {
    const result = await askInProcess(['--data', join(data.dir, 'missing'), 'Anything?']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('missing');
    expect(result.stderr).toContain('Set DATA_DIR in .env (or give --data DIR) to the folder holding the article files.');
  });

  it('given a folder without articles then it exits 1 saying no articles loaded', async () => {
    const empty = await makeDataDir([]);
    try {
      const result = await askInProcess(['--data', empty.dir, 'Anything?']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/no articles/i);
      expect(result.stderr).toMatch(/holds no \.txt or \.md files: save an article there as <id>\.txt/);
    } finally {
      await empty.cleanup();
    }
  });

  it.each([
    [[], /question/i],
    [['--bogus', 'Anything?'], /bogus/],
    [['--jsonl', 'Anything?'], /stdin/],
    [['--data'], /data/],
    [['--json', '--jsonl'], /one of --json/],
    [['-5'], /ask -- -- "-5"/],
  ])('given arguments %j then it exits 2 with a message on stderr', async (argv, message) => {
    const result = await askInProcess(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('given --help then it prints the options and exits 0', async () => {
    const result = await askInProcess(['--help']);
    expect(result.code).toBe(0);
    for (const option of ['--json', '--jsonl', '--data', '--article']) expect(result.stdout).toContain(option);
  });
});

describe('ask --jsonl', () => {
  it('given a console command on a line ("/figures"), then that line gets an error saying it is a command, as --json does, and the next line is answered', async () => {
    const result = await askInProcess(['--jsonl', '--data', data.dir], '/figures\nHow much will the bridge repairs cost?\n');
    const [command, answer] = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(command).toEqual({ line: 1, error: expect.stringContaining('"/figures" is a command') });
    expect(answer).toMatchObject({ question: 'How much will the bridge repairs cost?' });
  });
  it('given mixed lines then it writes one object per line in order, with an error object for each bad line', async () => {
    const lines = [
      'How much will the bridge repairs cost?',
      JSON.stringify({ question: 'How many children signed up?', article: LIBRARY.id }),
      '{ not json',
      JSON.stringify({ question: 42 }),
      '',
      JSON.stringify({ question: 'Who is the mayor?', article: 'nope' }),
      JSON.stringify({ question: 'Who is the mayor?', artcle: BRIDGE.id }),
      'What did the mayor say?',
    ];
    const result = await askInProcess(['--jsonl', '--data', data.dir], `${lines.join('\n')}\n`);
    expect(result.code).toBe(0);
    const outputs = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(outputs).toHaveLength(lines.length);

    expect(outputs[0]?.question).toBe(lines[0]);
    expect(outputs[1]?.question).toBe('How many children signed up?');
    for (const quote of (outputs[1] as unknown as JsonAnswer).quotes) expect(quote.article).toBe(LIBRARY.id);
    for (const bad of [2, 3, 4, 5, 6]) {
      expect(Object.keys(outputs[bad] ?? {}).sort()).toEqual(['error', 'line']);
      expect(outputs[bad]?.line).toBe(bad + 1);
    }
    expect(String(outputs[5]?.error)).toContain(BRIDGE.id);
    expect(outputs[7]?.question).toBe(lines[7]);
    for (const answer of [outputs[0], outputs[1], outputs[7]]) expectContractShape(answer as unknown as JsonAnswer);
  });

  it('given malformed lines then each error names its line and says in plain words what is wrong and what a line should be', async () => {
    const lines = [JSON.stringify({ q: 'Who is the mayor?' }), JSON.stringify({ question: 42 }), JSON.stringify({ question: 'Who is the mayor?', article: 'nope' }), '{ not json', ''];
    const result = await askInProcess(['--jsonl', '--data', data.dir], `${lines.join('\n')}\n`);
    const errors = result.stdout.trim().split('\n').map((line) => String((JSON.parse(line) as { error?: unknown }).error));
    expect(errors).toHaveLength(lines.length);
    for (const [i, error] of errors.entries()) expect(error).toMatch(new RegExp(`^Line ${i + 1}\\b`));
    expect(errors[0]).toContain('"question" is missing; "q" is not a field');
    expect(errors[1]).toContain('"question" must be text, not a number');
    expect(errors[2]).toContain('Unknown article “nope”');
    expect(errors[3]).toMatch(/^Line 4 is not valid JSON .*expected a plain question, or \{"question": "\.\.\.", "article": "id"\}/);
    expect(errors[4]).toMatch(/^Line 5 is empty/);
    for (const error of errors) expect(error).not.toMatch(/Invalid input|received undefined/);
  });

  it('given a carriage return inside a line then that line is still one question, and a CRLF ending is not part of it', async () => {
    const lines = ['How much will the bridge\rrepairs cost?', '{"question": "Who is\rthe mayor?"}', 'How many children signed up?\r'];
    const result = await askInProcess(['--jsonl', '--data', data.dir], `${lines.join('\n')}\n`);
    const outputs = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(outputs).toHaveLength(3);
    expect(outputs[0]?.question).toBe('How much will the bridge\rrepairs cost?');
    expect(outputs[1]).toEqual({ line: 2, error: expect.stringMatching(/^Line 2 is not valid JSON/) as unknown });
    expect(outputs[2]?.question).toBe('How many children signed up?');
  });

  it('given a line of several megabytes then it gets one error naming the line and the limit, and the lines around it are answered', async () => {
    const megabyte = 'x'.repeat(1024 * 1024);
    const chunks = ['How much will the bridge repairs cost?\n', ...Array<string>(5).fill(megabyte), '\nHow many children signed up?\n'];
    const result = await askInProcess(['--jsonl', '--data', data.dir], chunks);
    expect(result.code).toBe(0);
    const outputs = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(outputs).toHaveLength(3);
    expect(outputs[0]?.question).toBe('How much will the bridge repairs cost?');
    expect(outputs[1]).toEqual({ line: 2, error: expect.stringContaining(`more than ${MAX_LINE_BYTES} bytes`) as unknown });
    expect(String(outputs[1]?.error)).toMatch(/^Line 2 is too long/);
    expect(outputs[2]?.question).toBe('How many children signed up?');
  });

  it('given a typed replacement character then the line is answered, and given bytes that are not UTF-8 then only that line is refused', async () => {
    const input = Buffer.concat([Buffer.from('How much did the caf\uFFFD bridge cost?\n'), Buffer.from([0x63, 0x61, 0x66, 0xff, 0x0a]), Buffer.from('Who is the mayor?\n')]);
    const result = await askInProcess(['--jsonl', '--data', data.dir], [input]);
    const outputs = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(outputs).toHaveLength(3);
    expect(outputs[0]?.question).toBe('How much did the caf\uFFFD bridge cost?');
    expect(outputs[1]).toEqual({ line: 2, error: 'Line 2 is not valid UTF-8 text; it was skipped.' });
    expect(outputs[2]?.question).toBe('Who is the mayor?');
  });

  it('given a question on an open pipe then its answer arrives before the next question is sent', async () => {
    const child = spawn(process.execPath, [LAUNCHER, 'ask', '--jsonl', '--data', data.dir]);
    const received: string[] = [];
    let buffer = '';
    let onLine: (() => void) | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      received.push(...parts);
      onLine?.();
    });
    const nextLine = (count: number) =>
      new Promise<void>((resolve) => {
        onLine = () => received.length >= count && resolve();
        onLine();
      });

    child.stdin.write('How much will the bridge repairs cost?\n');
    await nextLine(1);
    child.stdin.write('How many children signed up?\n');
    await nextLine(2);
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));

    expect(code).toBe(0);
    expect(received.map((line) => (JSON.parse(line) as JsonAnswer).question)).toEqual([
      'How much will the bridge repairs cost?',
      'How many children signed up?',
    ]);
  });
});

describe('reading input lines', () => {
  const linesOf = async (chunks: readonly (string | Buffer)[], maxBytes?: number) => {
    const lines = [];
    for await (const line of readLines(Readable.from(chunks), maxBytes)) lines.push(line);
    return lines;
  };

  it('given chunks that split a CRLF and a multi-byte character then the lines come out whole', async () => {
    const euro = Buffer.from('€');
    const chunks = [Buffer.from('one\r'), Buffer.from('\n2 '), euro.subarray(0, 1), euro.subarray(1), Buffer.from('\n\nlast')];
    expect(await linesOf(chunks)).toEqual([
      { number: 1, text: 'one' },
      { number: 2, text: '2 €' },
      { number: 3, text: '' },
      { number: 4, text: 'last' },
    ]);
  });

  it('given lines at and just over the limit then the one at the limit is kept, also with a CRLF ending', async () => {
    expect(await linesOf(['abcd\r\n', 'abcd', 'e\nabcd\r', 'x\n', 'abcdefghij'], 4)).toEqual([
      { number: 1, text: 'abcd' },
      { number: 2, problem: 'too-long' },
      { number: 3, problem: 'too-long' },
      { number: 4, problem: 'too-long' },
    ]);
  });
});

describe('ask in terminal format', () => {
  it('given a question then it prints the quote with its ¶/s citation and the article title, without colour when piped', async () => {
    const result = await runAskCommand(['--data', data.dir, 'How much will the bridge repairs cost?']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/¶\d+ · s\d+/);
    expect(result.stdout).toContain(BRIDGE.title);
    expect(result.stdout).not.toContain('\u001b');
  });

  it('given a figure typed alone then it says the quotes are where the article gives it, and JSON keeps its contract keys', async () => {
    const text = await runAskCommand(['10,000']);
    expect(text.stdout).toMatch(/this is the one place the article gives 10,000\.\n\n.*10,000/s);
    const json = JSON.parse((await askInProcess(['--json', '10,000'])).stdout) as JsonAnswer;
    expectContractShape(json);
    expect(json.quotes[0]?.text).toContain('10,000');
  });

  it('given a console command then it runs the command instead of reading it as a question, and --article scopes it', async () => {
    const quotes = await askInProcess(['--data', data.dir, '/quote']);
    expect(quotes.code).toBe(0);
    expect(quotes.stdout).not.toMatch(/Not answered/);
    expect(quotes.stdout).toMatch(/“.+”/);
    const figures = await askInProcess(['--data', data.dir, '--article', LIBRARY.id, '/figures']);
    expect(figures.stdout).toMatch(/¶\d+ · s\d+/);
    expect(figures.stdout).toContain('21,000');
    expect(figures.stdout).not.toContain('$42 million');
    const unknown = await askInProcess(['--data', data.dir, '/frobnicate']);
    expect(unknown.stdout).toContain('Unknown command /frobnicate');
  });

  it('given a console command with --json then it exits 2 saying --json takes questions, and prints nothing on stdout', async () => {
    const result = await askInProcess(['--json', '/quote']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/JSON output answers questions; "\/quote" is a command/);
  });

  it.each([
    ['empty', ''],
    ['whitespace', '   \t  '],
    ['very long', 'bridge '.repeat(1500)],
    ['emoji only', '🌉🚗💸'],
    ['zero-width characters', '\u200b\u200c\u200d\ufeff'],
    ['markdown', '**How much** will the `bridge` cost? [link](http://x)'],
    ['mass mention', '@everyone how much will it cost?'],
    ['user mention', '<@123> how much will it cost?'],
    ['non-English', '¿Cuánto costarán las reparaciones del puente?'],
    ['terminal escapes', 'How much \u001b[31mred\u001b[0m \u001b]0;pwned\u0007 cost?\u009b2J'],
    ['bidi override', 'How much \u202ewill it cost\u202c?'],
  ])('given a %s question then both formats handle it, exit 0, and nothing raw reaches the terminal', async (_kind, question) => {
    const json = await askInProcess(['--json', '--data', data.dir, question]);
    expect(json.code).toBe(0);
    const answer = JSON.parse(json.stdout) as JsonAnswer;
    expectContractShape(answer);
    expect(answer.question).toBe(question);
    expect(json.stdout.trimEnd()).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);

    const text = await askInProcess(['--data', data.dir, question]);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});
