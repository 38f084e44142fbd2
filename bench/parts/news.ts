/**
 * Parts: sets of fictional news articles with reader questions, answerable and not, so that quality is
 * also measured away from the bundled article. `news` is the tuned set (city politics, disasters,
 * sport, business, science, courts); `train` is the set the judge and ranker learn from. Scored by
 * bench/lib/question-set.ts.
 */
import { fileURLToPath } from 'node:url';
import { BASELINE_NAME } from '../lib/baseline.ts';
import type { BenchContext, BenchPart, PartOutcome } from '../lib/context.ts';
import { fixed, heading, pct, points, summaryLines, table } from '../lib/format.ts';
import { gateTable } from '../lib/gate-stats.ts';
import { measureQuestionSet, type QuestionSetPaths } from '../lib/question-set.ts';

const setIn = (folder: string): QuestionSetPaths => ({
  name: `bench/${folder}`,
  articlesDir: fileURLToPath(new URL(`../${folder}/articles/`, import.meta.url)),
  questionsFile: fileURLToPath(new URL(`../${folder}/questions.jsonl`, import.meta.url)),
});

/** The tuned news set; the held-out part measures it too, for its gap. */
export const NEWS_SET: QuestionSetPaths = setIn('news');
/** Reader questions written blind for training (bench/train/README.md). */
export const TRAIN_SET: QuestionSetPaths = setIn('train');

interface ReaderSetPart {
  name: string;
  title: string;
  /** How the summary and the heading name the set. */
  label: string;
  set: QuestionSetPaths;
}

/** Ours against the baseline on one set, with how often each gate declined, rightly or not. */
function readerSetPart({ name, title, label, set }: ReaderSetPart): BenchPart {
  return {
    name,
    title,
    async run(context: BenchContext): Promise<PartOutcome> {
      const figures = await measureQuestionSet(context, set, { withGates: true });
      const { baseline: base, ours } = figures;
      context.print(heading(`${label}: ${figures.articles} articles, ${figures.answerable} answerable, ${figures.unanswerable} unanswerable questions`));
      if (!ours) {
        context.print(`${BASELINE_NAME}: top-1 ${pct(base.top1)}`);
        return { summary: summaryLines(label, `baseline only: top-1 ${pct(base.top1)}`), results: { baseline: base } };
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
            ...(ours.declinedNear === null ? [] : [['decline rate (near-topic unanswerable)', pct(ours.declinedNear), 'n/a']]),
          ],
        ),
      );
      if (ours.gates) {
        context.print('\nDeclines by gate (right: the question is unanswerable; wrong: it is answerable)');
        context.print(gateTable(ours.gates));
      }
      const near = ours.declinedNear === null ? '' : `, ${pct(ours.declinedNear)} of near-topic`;
      return {
        summary: summaryLines(
          `${label} ${figures.answerable}+${figures.unanswerable} q`,
          `top-1 ${pct(ours.top1)} vs ${pct(base.top1)} (${points(ours.top1, base.top1)})  answered & right ${pct(ours.answeredRight)}, declined ${pct(ours.declined)} of unanswerable${near}`,
        ),
        results: { articles: figures.articles, answerable: figures.answerable, unanswerable: figures.unanswerable, ours, baseline: base },
      };
    },
  };
}

export const newsPart = readerSetPart({ name: 'news', title: 'Reader questions about other news articles', label: 'News', set: NEWS_SET });
export const trainPart = readerSetPart({
  name: 'train',
  title: 'Reader questions written blind, which the judge and ranker are trained on (in-sample once trained)',
  label: 'Train',
  set: TRAIN_SET,
});
