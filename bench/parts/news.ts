/**
 * Part: fictional news articles on other topics (city politics, disasters, sport, business, science,
 * courts) with reader questions, answerable and not, so that quality is also measured away from the
 * bundled article. Scored by bench/lib/question-set.ts.
 */
import { fileURLToPath } from 'node:url';
import { BASELINE_NAME } from '../lib/baseline.ts';
import type { BenchContext, BenchPart, PartOutcome } from '../lib/context.ts';
import { fixed, heading, pct, points, summaryLines, table } from '../lib/format.ts';
import { gateTable } from '../lib/gate-stats.ts';
import { measureQuestionSet, type QuestionSetPaths } from '../lib/question-set.ts';

/** The tuned news set; the held-out part measures it too, for its gap. */
export const NEWS_SET: QuestionSetPaths = {
  name: 'bench/news',
  articlesDir: fileURLToPath(new URL('../news/articles/', import.meta.url)),
  questionsFile: fileURLToPath(new URL('../news/questions.jsonl', import.meta.url)),
};

export const newsPart: BenchPart = {
  name: 'news',
  title: 'Reader questions about other news articles',
  async run(context: BenchContext): Promise<PartOutcome> {
    const figures = await measureQuestionSet(context, NEWS_SET, { withGates: true });
    const { baseline: base, ours } = figures;
    context.print(heading(`News articles: ${figures.articles} articles, ${figures.answerable} answerable, ${figures.unanswerable} unanswerable questions`));
    if (!ours) {
      context.print(`${BASELINE_NAME}: top-1 ${pct(base.top1)}`);
      return { summary: summaryLines('News', `baseline only: top-1 ${pct(base.top1)}`), results: { baseline: base } };
    }
    context.print(`ours vs baseline (${BASELINE_NAME}); each question asked of its own article`);
    context.print(
      table(
        ['measure', 'ours', 'MiniSearch'],
        [
          ['top-1 (answerable)', pct(ours.top1), pct(base.top1)],
          ['top-3 (answerable)', pct(ours.top3), pct(base.top3)],
          ['MRR (answerable)', fixed(ours.mrr), fixed(base.mrr)],
          ['answered & right (answerable)', pct(ours.answeredRight), 'n/a'],
          ['decline rate (unanswerable)', pct(ours.declined), 'n/a'],
        ],
      ),
    );
    if (ours.gates) {
      context.print('\nDeclines by gate (right: the question is unanswerable; wrong: it is answerable)');
      context.print(gateTable(ours.gates));
    }
    return {
      summary: summaryLines(
        `News ${figures.answerable}+${figures.unanswerable} q`,
        `top-1 ${pct(ours.top1)} vs ${pct(base.top1)} (${points(ours.top1, base.top1)})  answered & right ${pct(ours.answeredRight)}, declined ${pct(ours.declined)} of unanswerable`,
      ),
      results: { articles: figures.articles, answerable: figures.answerable, unanswerable: figures.unanswerable, ours, baseline: base },
    };
  },
};
