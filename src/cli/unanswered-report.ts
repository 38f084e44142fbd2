/**
 * `npm run unanswered`: what people asked that the articles did not answer, from the bot's
 * UNANSWERED_LOG, grouped by article: how many, the questions asked most (the same question
 * typed differently counts once), and why they went unanswered.
 */
import { readFile } from 'node:fs/promises';
import { unansweredEntrySchema, type UnansweredEntry } from '../unanswered-log.ts';
import { safeLine } from './terminal-text.ts';

/** Questions listed per article; the rest are counted. */
export const TOP_QUESTIONS = 10;
const NO_ARTICLE = '(no close passage)';

interface Tally {
  text: string;
  count: number;
}

export interface ArticleReport {
  /** The article id, or "(no close passage)" for questions asked of every article that came close to none. */
  article: string;
  count: number;
  /** How many different questions, once typed differently is set aside. */
  distinctQuestions: number;
  questions: Tally[];
  reasons: Tally[];
}

export interface UnansweredReport {
  total: number;
  first?: string | undefined;
  last?: string | undefined;
  /** Lines that are not a log entry, skipped; their numbers (1-based) are listed. */
  skipped: number;
  skippedLines: number[];
  articles: ArticleReport[];
}

/** "What did Blinken say about Russia?" and "what did blinken say about russia" are one question. */
export function normaliseQuestion(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'$%.]+/gu, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A reason with the words it quotes set aside, so that reasons of one kind count together. */
export function reasonKind(reason: string): string {
  return reason.replace(/“[^”]*”/g, '“…”').replace(/"[^"]*"/g, '"…"') || '(no reason given)';
}

/** Tallies `keyOf(item)`, each shown as the first spelling met, most frequent first (ties: first met). */
function tally<T>(items: readonly T[], keyOf: (item: T) => string, shownAs: (item: T) => string): Tally[] {
  const counts = new Map<string, Tally>();
  for (const item of items) {
    const key = keyOf(item);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { text: shownAs(item), count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

export function buildReport(logText: string): UnansweredReport {
  const entries: UnansweredEntry[] = [];
  const skippedLines: number[] = [];
  logText.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = undefined;
    }
    const entry = unansweredEntrySchema.safeParse(parsed);
    if (entry.success) entries.push(entry.data);
    else skippedLines.push(i + 1);
  });
  const byArticle = new Map<string, UnansweredEntry[]>();
  for (const entry of entries) {
    const article = entry.article ?? NO_ARTICLE;
    byArticle.set(article, [...(byArticle.get(article) ?? []), entry]);
  }
  const articles = [...byArticle.entries()]
    .map(([article, list]): ArticleReport => {
      const questions = tally(list, (e) => normaliseQuestion(e.question), (e) => e.question);
      return {
        article,
        count: list.length,
        distinctQuestions: questions.length,
        questions: questions.slice(0, TOP_QUESTIONS),
        reasons: tally(list, (e) => reasonKind(e.reason), (e) => reasonKind(e.reason)),
      };
    })
    // Questions that came close to no article come last: they say least about any one article.
    .sort((a, b) => Number(a.article === NO_ARTICLE) - Number(b.article === NO_ARTICLE) || b.count - a.count || a.article.localeCompare(b.article));
  const times = entries.map((e) => e.time).sort();
  return { total: entries.length, first: times[0], last: times.at(-1), skipped: skippedLines.length, skippedLines, articles };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const counted = (tallies: readonly Tally[]) => tallies.map((t) => `  ${`${t.count}×`.padStart(6)}  ${safeLine(t.text)}`);

export function formatReport(report: UnansweredReport, file: string): string {
  const lines = [`${plural(report.total, 'unanswered question')} in ${safeLine(file)}${report.first ? ` (${report.first.slice(0, 10)} to ${report.last?.slice(0, 10)})` : ''}`];
  if (report.skipped) {
    const shown = report.skippedLines.slice(0, 10).join(', ');
    lines.push(`Skipped ${plural(report.skipped, 'line')} that ${report.skipped === 1 ? 'is' : 'are'} not a log entry (line${report.skipped === 1 ? '' : 's'} ${shown}${report.skipped > 10 ? ', …' : ''}).`);
  }
  for (const article of report.articles) {
    const scope = article.article === NO_ARTICLE ? `${NO_ARTICLE}, asked of every article` : article.article;
    lines.push('', `${safeLine(scope)} — ${plural(article.count, 'question')}, ${article.distinctQuestions} different`, '  Most asked:', ...counted(article.questions));
    const unlisted = article.distinctQuestions - article.questions.length;
    if (unlisted > 0) lines.push(`          and ${plural(unlisted, 'other question')}`);
    lines.push('  Why not answered:', ...counted(article.reasons));
  }
  return lines.join('\n');
}

const USAGE = `Usage: npm run unanswered -- [FILE] [--json]

Reports on the questions the bot could not answer, read from FILE (default: UNANSWERED_LOG, as set
in .env or the environment), grouped by article: how many, the questions asked most, and why.

  --json      print the report as one JSON object
  -h, --help  show this help

Exit status: 0 when the report was printed, 1 when the log cannot be read, 2 for bad usage.`;

export interface UnansweredIo {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export async function runUnanswered({ argv, env, stdout, stderr }: UnansweredIo): Promise<number> {
  const json = argv.includes('--json');
  if (argv.includes('-h') || argv.includes('--help')) {
    stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = argv.find((arg) => arg.startsWith('-') && arg !== '--json');
  const files = argv.filter((arg) => !arg.startsWith('-'));
  if (unknown || files.length > 1) {
    stderr.write(`${unknown ? `Unknown option ${safeLine(unknown)}.` : 'Give one log file at most.'}\n\n${USAGE}\n`);
    return 2;
  }
  const file = files[0] ?? env.UNANSWERED_LOG?.trim();
  if (!file) {
    stderr.write('No log to read: set UNANSWERED_LOG in .env (the bot then logs the questions it cannot answer), or name the file: npm run unanswered -- FILE\n');
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    stderr.write(
      code === 'ENOENT'
        ? `There is no log at ${safeLine(file)} yet. The bot writes it (with UNANSWERED_LOG set) when a question goes unanswered.\n`
        : `Cannot read ${safeLine(file)} (${code ?? (error as Error).message}).\n`,
    );
    return 1;
  }
  const report = buildReport(text);
  stdout.write(json ? `${JSON.stringify({ file, ...report })}\n` : `${formatReport(report, file)}\n`);
  return 0;
}
