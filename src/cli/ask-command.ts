/** `npm run ask -- "question"`: answer once (terminal text or JSON), or answer stdin line by line as JSON. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { AnswerEngine } from '../core/engine.ts';
import { toAnswerJson, toJsonLine, type AnswerJson, type LineErrorJson } from './answer-json.ts';
import { ConsoleSession } from './console.ts';
import { articleIdNamed, DataError, formatProblem, loadData, resolveDataDir } from './data.ts';
import { describeLineProblem, MAX_LINE_BYTES, readLines } from './line-reader.ts';
import { renderAnswer } from './render-terminal.ts';
import { createStyle, safeLine, wantsColour } from './terminal-text.ts';

export const EXIT_OK = 0;
export const EXIT_DATA_ERROR = 1;
export const EXIT_USAGE = 2;

/** How many closest sentences the JSON lists, answered or not. */
export const JSON_QUOTE_LIMIT = 10;

export const USAGE = `Usage: npm run --silent ask -- [options] "question"
       npm run --silent ask -- --jsonl [options] < questions.txt

Answers a question from the articles, quoting the sentences that answer it with their citations.
The console's commands work too: /figures [kind], /quote [search], /article, /help.

Options:
  --json         print exactly one JSON object on stdout
  --jsonl        read questions from stdin, one per line, and write one JSON object per line, in order;
                 a line is a plain question or {"question": "...", "article": "id"} ("article" optional);
                 a bad line yields {"line": <number>, "error": "<message>"} and the rest go on;
                 each line is UTF-8 text of at most ${MAX_LINE_BYTES} bytes
  --data DIR     load the articles in DIR (default: $DATA_DIR, else data)
  --article ID   answer from this article only (part of its id or title will do, as with /use)
  -h, --help     show this help

Exit status: 0 when the question was handled (answered or declined), 1 when the articles cannot be
loaded, 2 for bad usage.
`;

const HELP_HINT = 'Run `npm run ask -- --help` for the options.';

export interface AskIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

class UsageError extends Error {}

const jsonlRequestSchema = z
  .object({
    question: z.string(),
    article: z.string().optional(),
  })
  .strict();

function parseOptions(argv: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        data: { type: 'string' },
        article: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const unknown = (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'([^']+)'/.exec((error as Error).message)?.[1] : undefined;
    if (unknown === undefined) throw new UsageError((error as Error).message);
    if (unknown.startsWith('--')) throw new UsageError(`Unknown option ${unknown}.`);
    // npm takes the first "--" for itself, so a question starting with "-" needs a second one.
    throw new UsageError(`Unknown option ${unknown}. A question that starts with "-" goes after a "--" of its own: npm run --silent ask -- -- "${unknown}"`);
  }
  const { values, positionals } = parsed;
  if (values.json && values.jsonl) throw new UsageError('Choose one of --json (one question) and --jsonl (questions from stdin).');
  if (values.data !== undefined && values.data.trim() === '') throw new UsageError('--data needs a folder.');
  if (values.help) return { ...values, question: undefined };
  if (values.jsonl && positionals.length > 0) {
    throw new UsageError('--jsonl reads the questions from stdin; do not also give one as an argument.');
  }
  if (!values.jsonl && positionals.length === 0) throw new UsageError('Give a question to answer.');
  // Unquoted words are one question: `ask -- how much aid` works as well as `ask -- "how much aid"`.
  return { ...values, question: values.jsonl ? undefined : positionals.join(' ') };
}

const JSONL_FORM = 'a plain question, or {"question": "...", "article": "id"}';

/** What is wrong with a JSON line's fields, in the reader's words rather than the validator's. */
function describeRequestIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `${issue.keys.map((key) => `"${key}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} (the fields are "question" and "article")`;
  const field = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the line';
  if (issue.code === 'invalid_type') {
    const given = issue.input === undefined ? undefined : issue.input === null ? 'null' : Array.isArray(issue.input) ? 'a list' : typeof issue.input === 'object' ? 'an object' : `a ${typeof issue.input}`;
    return given === undefined ? `${field} is missing` : `${field} must be text, not ${given}`;
  }
  return `${field}: ${issue.message}`;
}

function answerLine(engine: AnswerEngine, line: string, lineNumber: number, defaultArticle: string | undefined): AnswerJson | LineErrorJson {
  const input = line.trim();
  // Every message names its line, as a skipped line's does, so it reads on its own in a log.
  if (input === '') return { line: lineNumber, error: `Line ${lineNumber} is empty: expected ${JSONL_FORM}.` };

  let request: z.infer<typeof jsonlRequestSchema> = { question: input };
  if (input.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(input);
    } catch (error) {
      return { line: lineNumber, error: `Line ${lineNumber} is not valid JSON (${(error as Error).message}): expected ${JSONL_FORM}.` };
    }
    const result = jsonlRequestSchema.safeParse(json, { reportInput: true });
    if (!result.success) {
      return { line: lineNumber, error: `Line ${lineNumber}: ${result.error.issues.map(describeRequestIssue).join('; ')}. Expected ${JSONL_FORM}.` };
    }
    request = result.data;
  }

  // As with --json, a console command is no question: said so on its line, not answered as one.
  if (request.question.trimStart().startsWith('/')) {
    return { line: lineNumber, error: `Line ${lineNumber}: ${commandNotAnswered(request.question)}` };
  }
  let article = defaultArticle;
  if (request.article !== undefined) {
    const named = articleIdNamed(engine, request.article);
    if ('problem' in named) return { line: lineNumber, error: `Line ${lineNumber}: ${named.problem}` };
    article = named.id;
  }
  return toAnswerJson(engine.ask(request.question, { article, limit: JSON_QUOTE_LIMIT }));
}

function commandNotAnswered(question: string): string {
  return `JSON output answers questions; "${question.trim().split(/\s/)[0]}" is a command. Run it without --json or --jsonl, or ask in words.`;
}

async function answerEachLine(engine: AnswerEngine, io: AskIo, defaultArticle: string | undefined): Promise<void> {
  for await (const line of readLines(io.stdin)) {
    const result = 'problem' in line ? { line: line.number, error: describeLineProblem(line) } : answerLine(engine, line.text, line.number, defaultArticle);
    // One write per line so a reader on the other end of a pipe gets each answer as soon as it is ready.
    io.stdout.write(`${toJsonLine(result)}\n`);
  }
}

export async function runAsk(io: AskIo): Promise<number> {
  try {
    const options = parseOptions(io.argv);
    if (options.help) {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }

    const { engine, problems } = await loadData(resolveDataDir(options.data, io.env));
    for (const problem of problems) io.stderr.write(`warning: ${formatProblem(problem)}\n`);
    // "--article bridge" picks the one article whose id or title says so, as /use does.
    const named = options.article === undefined ? undefined : articleIdNamed(engine, options.article, problems);
    if (named && 'problem' in named) throw new UsageError(named.problem);
    const article = named?.id;

    if (options.jsonl) {
      await answerEachLine(engine, io, article);
      return EXIT_OK;
    }

    const question = options.question ?? '';
    // The console's commands work here too, so "/quote" or "/figures money" is not read as a question.
    if (question.trimStart().startsWith('/')) {
      if (options.json) throw new UsageError(commandNotAnswered(question));
      const reply = new ConsoleSession(engine, wantsColour(io.stdout, io.env), article).reply(question);
      if (reply !== undefined) io.stdout.write(`${reply}\n`);
      return EXIT_OK;
    }
    const answer = engine.ask(question, { article, limit: JSON_QUOTE_LIMIT });
    const output = options.json
      ? toJsonLine(toAnswerJson(answer))
      : renderAnswer(answer, (id) => engine.getArticle(id), createStyle(wantsColour(io.stdout, io.env)), { echoQuestion: true });
    io.stdout.write(`${output}\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${safeLine(error.message)}\n${HELP_HINT}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof DataError) {
      io.stderr.write(`error: ${error.message}\n`);
      return EXIT_DATA_ERROR;
    }
    throw error;
  }
}
