/**
 * A set of articles with reader questions about them (bench/news, bench/heldout), scored the same way
 * whichever set it is: each question is asked of its own article, by us and by the baseline.
 *
 * A question lists the sentences that answer it, or the paragraphs (any sentence of them answers);
 * both empty means the article does not answer it. `answer` is the words of the listed sentences that
 * answer it, quoted verbatim so that a test can check the numbers still point at them. `tags` name the
 * kind of question; an unanswerable one tagged `near` is about the article's topic (a swapped name, a
 * changed number, a detail it never gives), unlike one from another article's topic (`off`).
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { loadArticles } from '../../src/core/articles.ts';
import { BaselineIndex } from './baseline.ts';
import type { BenchContext } from './context.ts';
import { countGates, type GateStats } from './gate-stats.ts';
import { firstCorrectRank, rate, summariseRanks, type RankSummary } from './metrics.ts';
import { askSafely } from './ours.ts';

const LIMIT = 10;

const setQuestionSchema = z
  .object({
    article: z.string(),
    question: z.string(),
    sentences: z.array(z.number().int().positive()).optional(),
    paragraphs: z.array(z.number().int().positive()).optional(),
    answer: z.string().min(1).optional(),
    tags: z.array(z.string()).optional(),
  })
  .refine((q) => q.sentences !== undefined || q.paragraphs !== undefined, 'needs "sentences" or "paragraphs" (empty: unanswerable)');
export type SetQuestion = z.infer<typeof setQuestionSchema>;

export const isAnswerable = (q: SetQuestion): boolean => (q.sentences?.length ?? 0) + (q.paragraphs?.length ?? 0) > 0;
export const isNearTopic = (q: SetQuestion): boolean => q.tags?.includes('near') === true;

/** Whether a quoted sentence answers the question, by the sentences or the paragraphs it lists. */
export const answers = (q: SetQuestion, s: { article: string; sentence: number; paragraph: number }): boolean =>
  s.article === q.article && (q.sentences?.includes(s.sentence) === true || q.paragraphs?.includes(s.paragraph) === true);

/** Reads a questions.jsonl file; `name` is how problems refer to it. */
export async function loadSetQuestions(file: string, name: string): Promise<SetQuestion[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim());
  return lines.map((line, i) => {
    const parsed = setQuestionSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${name} line ${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });
}

export interface QuestionSetPaths {
  /** How the report names the set, e.g. "bench/news". */
  name: string;
  articlesDir: string;
  questionsFile: string;
}

export interface QuestionSetScores extends RankSummary {
  /** Answerable questions answered, with an answering sentence first. */
  answeredRight: number;
  /** Unanswerable questions declined. */
  declined: number;
  /** Unanswerable questions tagged `near` declined; null when the set tags none. */
  declinedNear: number | null;
  /** How often each gate declined, rightly or not; only when asked for. */
  gates?: GateStats;
}

export interface QuestionSetFigures {
  articles: number;
  answerable: number;
  unanswerable: number;
  nearTopic: number;
  baseline: RankSummary;
  /** Null when our engine is not available. */
  ours: QuestionSetScores | null;
}

/** Asks every question of its own article, of us and of the baseline, over one index of the set's articles. */
export async function measureQuestionSet(context: BenchContext, paths: QuestionSetPaths, { withGates = false } = {}): Promise<QuestionSetFigures> {
  const { articles, problems } = await loadArticles(paths.articlesDir);
  for (const problem of problems) context.print(`!! ${problem.file}: ${problem.problem}`);
  const questions = await loadSetQuestions(paths.questionsFile, `${paths.name}/questions.jsonl`);
  const answerable = questions.filter(isAnswerable);
  const unanswerable = questions.filter((q) => !isAnswerable(q));
  const nearTopic = unanswerable.filter(isNearTopic);
  const baselineIndex = new BaselineIndex(articles.flatMap((a) => a.sentences));
  const baseline = summariseRanks(
    answerable.map((q) =>
      firstCorrectRank(baselineIndex.search(q.question, LIMIT, q.article), (s) => answers(q, { article: s.article, sentence: s.index, paragraph: s.paragraph })),
    ),
  );
  const counts = { articles: articles.length, answerable: answerable.length, unanswerable: unanswerable.length, nearTopic: nearTopic.length, baseline };
  if (!context.ourEngine) return { ...counts, ours: null };

  const engine = context.ourEngine(articles);
  const ask = (q: SetQuestion) => askSafely(engine, q.question, { article: q.article, limit: LIMIT }).answer;
  const asked = answerable.map(ask);
  const ranks = asked.map((answer, i) => firstCorrectRank(answer.quotes, (quote) => answers(answerable[i]!, quote)));
  const declines = unanswerable.map(ask);
  const declinedBy = new Map(unanswerable.map((q, i) => [q, !declines[i]!.answered]));
  const gates = withGates
    ? { gates: countGates([...asked.map((answer) => ({ answer, answerable: true })), ...declines.map((answer) => ({ answer, answerable: false }))]) }
    : {};
  return {
    ...counts,
    ours: {
      ...summariseRanks(ranks),
      answeredRight: rate(asked, (answer, i) => answer.answered && ranks[i] === 1),
      declined: rate(unanswerable, (q) => declinedBy.get(q) === true),
      declinedNear: nearTopic.length > 0 ? rate(nearTopic, (q) => declinedBy.get(q) === true) : null,
      ...gates,
    },
  };
}
