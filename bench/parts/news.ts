/**
 * Part: fictional news articles on other topics (city politics, disasters, sport, business, science,
 * courts) with reader questions, answerable and not, so that quality is also measured away from the
 * bundled article. A question lists the sentences that answer it, or the paragraphs (any sentence of
 * them answers).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadArticles } from '../../src/core/articles.ts';
import { BaselineIndex, BASELINE_NAME } from '../lib/baseline.ts';
import type { BenchContext, BenchPart, PartOutcome } from '../lib/context.ts';
import { fixed, heading, pct, points, summaryLines, table } from '../lib/format.ts';
import { firstCorrectRank, rate, summariseRanks } from '../lib/metrics.ts';
import { askSafely } from '../lib/ours.ts';

const LIMIT = 10;
const ARTICLES_DIR = fileURLToPath(new URL('../news/articles/', import.meta.url));
const QUESTIONS_FILE = fileURLToPath(new URL('../news/questions.jsonl', import.meta.url));

const newsQuestionSchema = z
  .object({
    article: z.string(),
    question: z.string(),
    sentences: z.array(z.number().int().positive()).optional(),
    paragraphs: z.array(z.number().int().positive()).optional(),
  })
  .refine((q) => q.sentences !== undefined || q.paragraphs !== undefined, 'needs "sentences" or "paragraphs" (empty: unanswerable)');
type NewsQuestion = z.infer<typeof newsQuestionSchema>;

const isAnswerable = (q: NewsQuestion): boolean => (q.sentences?.length ?? 0) + (q.paragraphs?.length ?? 0) > 0;
/** Whether a quoted sentence answers the question, by the sentences or the paragraphs it lists. */
const answers = (q: NewsQuestion, s: { article: string; sentence: number; paragraph: number }): boolean =>
  s.article === q.article && (q.sentences?.includes(s.sentence) === true || q.paragraphs?.includes(s.paragraph) === true);

async function loadQuestions(): Promise<NewsQuestion[]> {
  const lines = (await readFile(QUESTIONS_FILE, 'utf8')).split('\n').filter((line) => line.trim());
  return lines.map((line, i) => {
    const parsed = newsQuestionSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`bench/news/questions.jsonl line ${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });
}

export const newsPart: BenchPart = {
  name: 'news',
  title: 'Reader questions about other news articles',
  async run(context: BenchContext): Promise<PartOutcome> {
    const { articles, problems } = await loadArticles(ARTICLES_DIR);
    for (const problem of problems) context.print(`!! ${problem.file}: ${problem.problem}`);
    const questions = await loadQuestions();
    const answerable = questions.filter(isAnswerable);
    const unanswerable = questions.filter((q) => !isAnswerable(q));
    const baseline = new BaselineIndex(articles.flatMap((a) => a.sentences));
    const baseRanks = answerable.map((q) => firstCorrectRank(baseline.search(q.question, LIMIT, q.article), (s) => answers(q, { article: s.article, sentence: s.index, paragraph: s.paragraph })));
    const base = summariseRanks(baseRanks);
    context.print(heading(`News articles: ${articles.length} articles, ${answerable.length} answerable, ${unanswerable.length} unanswerable questions`));
    if (!context.ourEngine) {
      context.print(`${BASELINE_NAME}: top-1 ${pct(base.top1)}`);
      return { summary: summaryLines('News', `baseline only: top-1 ${pct(base.top1)}`), results: { baseline: base } };
    }
    const engine = context.ourEngine(articles);
    const asked = answerable.map((q) => ({ q, ...askSafely(engine, q.question, { article: q.article, limit: LIMIT }) }));
    const ranks = asked.map(({ q, answer }) => firstCorrectRank(answer.quotes, (quote) => answers(q, quote)));
    const ours = summariseRanks(ranks);
    const answeredRight = rate(asked, (o, i) => o.answer.answered && ranks[i] === 1);
    const declined = rate(
      unanswerable.map((q) => askSafely(engine, q.question, { article: q.article, limit: LIMIT })),
      (o) => !o.answer.answered,
    );
    context.print(`ours vs baseline (${BASELINE_NAME}); each question asked of its own article`);
    context.print(
      table(
        ['measure', 'ours', 'MiniSearch'],
        [
          ['top-1 (answerable)', pct(ours.top1), pct(base.top1)],
          ['top-3 (answerable)', pct(ours.top3), pct(base.top3)],
          ['MRR (answerable)', fixed(ours.mrr), fixed(base.mrr)],
          ['answered & right (answerable)', pct(answeredRight), 'n/a'],
          ['decline rate (unanswerable)', pct(declined), 'n/a'],
        ],
      ),
    );
    return {
      summary: summaryLines(
        `News ${answerable.length}+${unanswerable.length} q`,
        `top-1 ${pct(ours.top1)} vs ${pct(base.top1)} (${points(ours.top1, base.top1)})  answered & right ${pct(answeredRight)}, declined ${pct(declined)} of unanswerable`,
      ),
      results: { articles: articles.length, answerable: answerable.length, unanswerable: unanswerable.length, ours: { ...ours, answeredRight, declined }, baseline: base },
    };
  },
};
