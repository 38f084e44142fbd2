/** Part 1: SQuAD 1.1 questions, each asked against its own article; ours side by side with the baseline. */
import { BASELINE_NAME } from '../lib/baseline.ts';
import type { BenchContext, BenchPart, PartOutcome } from '../lib/context.ts';
import type { SquadQuestion } from '../lib/corpus.ts';
import { fixed, heading, pct, points, summaryLines, table } from '../lib/format.ts';
import { containsAnswer, firstCorrectRank, summariseRanks, type RankSummary } from '../lib/metrics.ts';
import { askSafely } from '../lib/ours.ts';
import { everyNth } from '../lib/sample.ts';

/** --quick asks every n-th question. */
const QUICK_STEP = 5;
const LIMIT = 10;

interface SystemScores extends RankSummary {
  strictTop1: number;
}
interface ArticleScores {
  article: string;
  questions: number;
  ours: (SystemScores & { answerRate: number; answeredCorrect: number; errors: number }) | null;
  baseline: SystemScores;
}

interface Tally {
  ranks: (number | null)[];
  strict: number;
  answered: number;
  answeredCorrect: number;
  errors: number;
}
const newTally = (): Tally => ({ ranks: [], strict: 0, answered: 0, answeredCorrect: 0, errors: 0 });

function scores(tally: Tally): SystemScores {
  const summary = summariseRanks(tally.ranks);
  return { ...summary, strictTop1: summary.questions === 0 ? 0 : tally.strict / summary.questions };
}

function oursScores(tally: Tally): NonNullable<ArticleScores['ours']> {
  const n = tally.ranks.length || 1;
  return { ...scores(tally), answerRate: tally.answered / n, answeredCorrect: tally.answeredCorrect / n, errors: tally.errors };
}

function record(tally: Tally, ranked: readonly { text: string; paragraph: number }[], q: SquadQuestion): void {
  const rank = firstCorrectRank(ranked, (s) => containsAnswer(s.text, q.answers));
  tally.ranks.push(rank);
  if (rank === 1 && ranked[0]!.paragraph === q.para + 1) tally.strict++;
}

export const squadPart: BenchPart = {
  name: 'squad',
  title: 'SQuAD 1.1 dev subset: 13 articles, asked against their own article',
  async run(context: BenchContext): Promise<PartOutcome> {
    const squad = await context.squad();
    const engine = await context.squadEngine();
    const baselines = await context.squadBaselines();
    const step = context.options.quick ? QUICK_STEP : 1;

    const perArticle: ArticleScores[] = [];
    const oursAll = newTally();
    const baseAll = newTally();
    for (const { record: squadRecord, article } of squad) {
      const oursTally = newTally();
      const baseTally = newTally();
      const baseline = baselines.get(article.id)!;
      for (const q of everyNth(squadRecord.questions, step)) {
        record(baseTally, baseline.search(q.question, LIMIT), q);
        if (!engine) continue;
        const { answer, error } = askSafely(engine, q.question, { article: article.id, limit: LIMIT });
        record(oursTally, answer.quotes, q);
        if (error) oursTally.errors++;
        if (answer.answered) {
          oursTally.answered++;
          if (oursTally.ranks.at(-1) === 1) oursTally.answeredCorrect++;
        }
      }
      for (const [all, one] of [
        [oursAll, oursTally],
        [baseAll, baseTally],
      ] as const) {
        all.ranks.push(...one.ranks);
        all.strict += one.strict;
        all.answered += one.answered;
        all.answeredCorrect += one.answeredCorrect;
        all.errors += one.errors;
      }
      perArticle.push({
        article: article.id,
        questions: baseTally.ranks.length,
        ours: engine ? oursScores(oursTally) : null,
        baseline: scores(baseTally),
      });
    }
    const overall: ArticleScores = {
      article: 'overall',
      questions: baseAll.ranks.length,
      ours: engine ? oursScores(oursAll) : null,
      baseline: scores(baseAll),
    };

    context.print(heading(`SQuAD: ${overall.questions} questions${step > 1 ? ` (every ${step}th, --quick)` : ''}`));
    // Strict top-1 compares paragraph numbers, so it means something only when every line became a paragraph.
    const paragraphMismatches = squad
      .filter((s) => s.article.paragraphs.length !== s.record.paragraphs.length)
      .map((s) => `${s.article.id} ${s.article.paragraphs.length}/${s.record.paragraphs.length}`);
    if (paragraphMismatches.length > 0) {
      context.print(`!! parseArticle found other paragraph counts than the lines given (found/given): ${paragraphMismatches.join(', ')}`);
    }
    context.print(`ours vs baseline (${BASELINE_NAME}); a quote is right when it contains an answer`);
    context.print(
      table(
        ['article', 'n', 'top1 ours', 'top1 MS', 'top3 ours', 'top3 MS', 'MRR ours', 'MRR MS', 'strict ours', 'strict MS', 'answered', 'ans+right'],
        [...perArticle, overall].map((a) => [
          a.article,
          a.questions,
          pct(a.ours?.top1),
          pct(a.baseline.top1),
          pct(a.ours?.top3),
          pct(a.baseline.top3),
          fixed(a.ours?.mrr),
          fixed(a.baseline.mrr),
          pct(a.ours?.strictTop1),
          pct(a.baseline.strictTop1),
          pct(a.ours?.answerRate),
          pct(a.ours?.answeredCorrect),
        ]),
      ),
    );
    context.print('strict: top-1 is right and comes from the paragraph the question was written for.');
    context.print('answered: share of these (all answerable) questions our engine answered rather than declined;');
    context.print('ans+right: answered and the top quote is right (what a reader sees as a correct answer).');
    if (overall.ours && overall.ours.errors > 0) context.print(`!! ask() threw on ${overall.ours.errors} questions`);

    const o = overall.ours;
    const b = overall.baseline;
    const summary = o
      ? summaryLines(
          `SQuAD ${overall.questions} q`,
          `top-1 ${pct(o.top1)} vs ${pct(b.top1)} (${points(o.top1, b.top1)})  ` +
            `top-3 ${pct(o.top3)} vs ${pct(b.top3)}  MRR ${fixed(o.mrr)} vs ${fixed(b.mrr)}`,
          `strict top-1 ${pct(o.strictTop1)} vs ${pct(b.strictTop1)}  answered ${pct(o.answerRate)}  ` +
            `answered & right ${pct(o.answeredCorrect)}`,
        )
      : summaryLines(`SQuAD ${overall.questions} q`, `baseline only: top-1 ${pct(b.top1)}  top-3 ${pct(b.top3)}  MRR ${fixed(b.mrr)}`);
    return { summary, results: { step, limit: LIMIT, overall, perArticle, paragraphMismatches } };
  },
};
