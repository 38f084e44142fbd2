/** The interactive console of local mode: ask questions and look around the loaded articles. */
import { createInterface } from 'node:readline';
import type { AnswerEngine } from '../core/engine.ts';
import { FIGURE_KINDS, type Article, type ArticleProblem } from '../core/types.ts';
import { articleIdNamed, formatProblem } from './data.ts';
import { exampleQuestions } from './examples.ts';
import { describeLineProblem, readLines, type InputLine } from './line-reader.ts';
import {
  citation,
  renderAnswer,
  renderArticleDetails,
  renderArticleList,
  renderFigures,
  renderQuotations,
} from './render-terminal.ts';
import { createStyle, safeEcho, safeLine, type Style } from './terminal-text.ts';

export const PROMPT = 'ask> ';
const ALL_ARTICLES = 'all';
const EXIT_WORDS = new Set(['exit', 'quit', '/exit', '/quit']);
const BLANK_HINT = 'Type a question about the article, or /help for commands and examples.';

export interface ConsoleOptions {
  engine: AnswerEngine;
  problems: readonly ArticleProblem[];
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  errorOutput: NodeJS.WritableStream;
  colour: boolean;
}

/** Other words for a figure kind ("percentage" for percent), as people type them after /figures. */
const KIND_WORDS: Readonly<Record<string, string>> = { percentage: 'percent', measurement: 'measure' };

export class ConsoleSession {
  /** The article questions go to; undefined means every loaded article. */
  private activeId: string | undefined;
  private readonly style: Style;

  /** `skipped`: files that did not load, so that `/use` of one says why it is not there. */
  constructor(private readonly engine: AnswerEngine, colour: boolean, activeId?: string, private readonly skipped: readonly ArticleProblem[] = []) {
    this.style = createStyle(colour);
    this.activeId = activeId ?? (engine.articles.length === 1 ? engine.articles[0]?.id : undefined);
  }

  private get scope(): readonly Article[] {
    const active = this.activeId === undefined ? undefined : this.engine.getArticle(this.activeId);
    return active ? [active] : this.engine.articles;
  }

  /** `skipped`: files that did not load, warned about above the banner. */
  banner(skipped = 0): string {
    const count = this.engine.articles.length;
    const skippedNote = skipped ? ` (${skipped} file${skipped === 1 ? '' : 's'} skipped, see the warnings above)` : '';
    return [
      this.style.strong('Article answer bot — local mode'),
      `Loaded ${count} article${count === 1 ? '' : 's'}${skippedNote}:`,
      renderArticleList(this.engine.articles, this.activeId, this.style),
      `Type a question, or /help for commands and examples. Leave with exit or Ctrl-D.`,
    ].join('\n');
  }

  /** The reply to one input line, or undefined when the reader wants to leave. */
  reply(line: string): string | undefined {
    const input = line.trim();
    if (input === '') return BLANK_HINT;
    if (EXIT_WORDS.has(input.toLowerCase())) return undefined;
    if (!input.startsWith('/')) return this.ask(input);

    const [, command = '', rest = ''] = /^\/(\S*)\s*(.*)$/s.exec(input) ?? [];
    const argument = rest.trim();
    switch (command.toLowerCase()) {
      case 'ask':
        return argument ? this.ask(argument) : 'Usage: /ask <question>';
      case 'figures':
      case 'figure':
        return this.figures(argument);
      case 'quote':
      case 'quotes':
        return renderQuotations(this.scope, argument || undefined, this.style);
      case 'article':
      case 'articles':
        return argument ? this.use(argument) : this.describeArticles();
      case 'use':
        return argument ? this.use(argument) : `Usage: /use <id>${this.engine.articles.length > 1 ? ' or /use all' : ''}`;
      case 'help':
      case '?':
        return this.help();
      default:
        return `Unknown command /${safeEcho(command, 40)}. Type /help for the list.`;
    }
  }

  private ask(question: string): string {
    const answer = this.engine.ask(question, { article: this.activeId });
    // "help" typed without the slash asks for what /help shows.
    if (answer.smallTalk === 'help') return this.help();
    const rendered = renderAnswer(answer, (id) => this.engine.getArticle(id), this.style);
    return answer.answered || answer.smallTalk ? rendered : `${rendered}${this.answeredElsewhere(question)}`;
  }

  /** With one article picked, a question it does not answer may be answered by another loaded one: say which. */
  private answeredElsewhere(question: string): string {
    if (this.activeId === undefined || this.engine.articles.length < 2) return '';
    const everywhere = this.engine.ask(question);
    const other = everywhere.answered ? everywhere.quotes[0]?.article : undefined;
    if (other === undefined || other === this.activeId) return '';
    return `\n\n${this.style.strong('Another article answers this:')} ${safeLine(other)}. Type /use ${safeLine(other)} (or /use all) and ask again.`;
  }

  private figures(kindName: string): string {
    if (!kindName) return renderFigures(this.scope, undefined, this.style);
    const kinds = [...new Set(this.scope.flatMap((article) => article.figures.map((figure) => figure.kind)))];
    // "/figures years" reads naturally, so a plural finds the kind too, as do "percentages" and "measurements".
    const singular = kindName.toLowerCase().replace(/s$/, '');
    const wanted = KIND_WORDS[singular] ?? singular;
    const kind = kinds.find((known) => known === wanted);
    if (kind) return renderFigures(this.scope, kind, this.style);
    const known = (FIGURE_KINDS as readonly string[]).includes(wanted);
    return `${known ? `No figures of kind “${safeEcho(kindName, 40)}” here.` : `“${safeEcho(kindName, 40)}” is not a kind of figure.`} Kinds here: ${kinds.join(', ') || 'none'}.`;
  }

  private describeArticles(): string {
    const [only, ...others] = this.scope;
    const details = only && others.length === 0 ? [renderArticleDetails(only, this.style), ''] : [];
    const heading = this.activeId === undefined ? 'Loaded articles (questions search all of them; /use <id> picks one):' : 'Loaded articles (* = the one questions go to):';
    return [...details, heading, renderArticleList(this.engine.articles, this.activeId, this.style)].join('\n');
  }

  private use(id: string): string {
    if (id.toLowerCase() === ALL_ARTICLES && !this.engine.getArticle(id)) {
      this.activeId = undefined;
      const count = this.engine.articles.length;
      return count === 1 ? 'Only one article is loaded; questions go to it.' : `Questions now go to all ${count} articles.`;
    }
    const named = articleIdNamed(this.engine, id, this.skipped);
    if ('problem' in named) return named.problem;
    const article = this.engine.getArticle(named.id)!;
    this.activeId = article.id;
    return [`Questions now go to ${article.id}.`, '', renderArticleDetails(article, this.style)].join('\n');
  }

  private help(): string {
    const several = this.engine.articles.length > 1;
    const examples = this.scope.slice(0, 2).flatMap((article) => exampleQuestions(article));
    const lines = [
      this.style.strong('Ask in plain words, or use a command:'),
      '  <question>          the sentences that answer it, quoted verbatim and cited',
      '  /ask <question>     the same',
      '  /figures [kind]     every figure with its citation, optionally one kind (money, count, year…)',
      '  /quote [search]     direct quotations with speaker and citation, optionally only those matching search (words, speaker or post: /quote mayor)',
      '  /article [id]       the active article: title, credit, year, dateline, counts; and the list of loaded articles',
      `  /use <id>           send questions to that article (same as /article <id>)${several ? '; /use all for every article' : ''}`,
      '  /help               this help',
      '  exit, quit, Ctrl-D  leave (Ctrl-C too)',
      '',
      `Citations read ${citation(2, 3)}: paragraph 2, sentence 3, sentences counted across the whole article.`,
      'When the article does not answer, the reason comes first and the closest passages follow, marked as not an answer;',
      'when it may answer in other words than the question’s, the reply says it found no sure answer and asks you to check them.',
    ];
    if (examples.length > 0) {
      lines.push('', this.style.strong('For example:'), ...examples.map((example) => `  ${safeEcho(example)}`));
    }
    return lines.join('\n');
  }
}

interface LineSource {
  lines: AsyncIterable<InputLine>;
  prompt(): void;
  /** Whether each line read is written back after the prompt: piped input is not shown by a terminal. */
  echo: boolean;
}

/**
 * A person at a terminal gets readline's line editing, where Enter may send a lone "\r". Piped input is
 * read as JSON Lines are: lines end at "\n", and an endless line costs bounded memory.
 */
function lineSource(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): LineSource {
  const typed = (input as { isTTY?: boolean }).isTTY === true;
  const terminal = typed && (output as { isTTY?: boolean }).isTTY === true;
  // Questions piped in appear nowhere unless written back, and the transcript would be answers only.
  if (!terminal) return { lines: readLines(input), prompt: () => output.write(`\n${PROMPT}`), echo: !typed };
  const reader = createInterface({ input, output, prompt: `\n${PROMPT}`, terminal });
  reader.on('SIGINT', () => reader.close());
  async function* numbered(): AsyncGenerator<InputLine> {
    let number = 0;
    try {
      for await (const text of reader) yield { number: ++number, text };
    } finally {
      // Leaving early must close readline too: its iterator does not, and an open terminal keeps the process alive.
      reader.close();
    }
  }
  return { lines: numbered(), prompt: () => reader.prompt(), echo: false };
}

/** Runs until the reader leaves (exit, quit, Ctrl-D, Ctrl-C) or the input ends. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { engine, problems, input, output, errorOutput, colour } = options;
  const session = new ConsoleSession(engine, colour, undefined, problems);
  const warning = createStyle(colour).warning;

  // Warnings first: printed after the banner they would sit between it and the prompt, read as part of the session.
  for (const problem of problems) errorOutput.write(`${warning('warning:')} ${formatProblem(problem)}\n`);
  output.write(`${session.banner(problems.length)}\n`);

  const source = lineSource(input, output);
  source.prompt();
  for await (const line of source.lines) {
    // A blank line too ends the prompt's line, so that the hint it gets starts a line of its own.
    if (source.echo && 'text' in line) output.write(`${line.text.trim() === '' ? '' : safeEcho(line.text)}\n`);
    const reply = 'problem' in line ? describeLineProblem(line) : session.reply(line.text);
    // Leaving ends the loop, which closes the input: lines after `exit` are not answered.
    if (reply === undefined) break;
    output.write(`${reply}\n`);
    source.prompt();
  }
  output.write('\n');
}
