/** Part 2: hand-written reader questions about the bundled article, answerable and not. */
import type { Sentence } from '../../src/core/types.ts';
import { BASELINE_NAME } from '../lib/baseline.ts';
import type { BenchContext, BenchPart, PartOutcome } from '../lib/context.ts';
import type { SeedQuestion } from '../lib/corpus.ts';
import { fixed, heading, pct, points, summaryLines, table } from '../lib/format.ts';
import { countGates, gateTable, type GateStats } from '../lib/gate-stats.ts';
import { firstCorrectRank, rate, summariseRanks } from '../lib/metrics.ts';
import { askSafely } from '../lib/ours.ts';

const LIMIT = 10;
/** bench/questions/seed.jsonl numbers sentences 1..13 over the content paragraphs. */
const EXPECTED_SENTENCES = 13;

export interface SeedMiss {
  id: string;
  question: string;
  expected: number[];
  /** Our top sentence number, or null when nothing came back. */
  got: number | null;
  answered: boolean;
  /** Rank of the first accepted sentence among our quotes, null when absent. */
  rank: number | null;
  reason?: string | undefined;
}

function shorten(text: string, max = 70): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export const seedPart: BenchPart = {
  name: 'seed',
  title: 'Seed questions about the bundled article',
  async run(context: BenchContext): Promise<PartOutcome> {
    const article = await context.seedArticle();
    const questions = await context.seedQuestions();
    const engine = await context.seedEngine();
    const baseline = await context.seedBaseline();

    if (article.sentences.length !== EXPECTED_SENTENCES) {
      context.print(`!! the seed article parsed into ${article.sentences.length} sentences; its questions are numbered for ${EXPECTED_SENTENCES}`);
    }
    const tooFar = questions.filter((q) => q.sentences.some((n) => n > article.sentences.length));
    if (tooFar.length > 0) {
      context.print(`!! ${tooFar.length} seed questions name sentences beyond the article's ${article.sentences.length}`);
    }

    const answerable = questions.filter((q) => q.sentences.length > 0);
    const unanswerable = questions.filter((q) => q.sentences.length === 0);
    const isAccepted = (q: SeedQuestion, inArticle: string, sentence: number) =>
      inArticle === article.id && q.sentences.includes(sentence);

    const baseRanks = answerable.map((q) =>
      firstCorrectRank(baseline.search(q.question, LIMIT), (s: Sentence) => isAccepted(q, s.article, s.index)),
    );
    const base = summariseRanks(baseRanks);

    let ours: Record<string, unknown> | null = null;
    let gates: GateStats | null = null;
    const misses: SeedMiss[] = [];
    const wronglyAnswered: SeedMiss[] = [];
    let summary: string[];
    if (engine) {
      const outcomes = answerable.map((q) => ({ q, ...askSafely(engine, q.question, { limit: LIMIT }) }));
      const ranks = outcomes.map(({ q, answer }) => firstCorrectRank(answer.quotes, (quote) => isAccepted(q, quote.article, quote.sentence)));
      const oursRanks = summariseRanks(ranks);
      const answerRate = rate(outcomes, (o) => o.answer.answered);
      const answeredRight = rate(outcomes, (o, i) => o.answer.answered && ranks[i] === 1);
      outcomes.forEach(({ q, answer }, i) => {
        if (answer.answered && ranks[i] === 1) return;
        misses.push({
          id: q.id,
          question: q.question,
          expected: q.sentences,
          got: answer.quotes[0]?.sentence ?? null,
          answered: answer.answered,
          rank: ranks[i] ?? null,
          reason: answer.reason,
        });
      });
      const declines = unanswerable.map((q) => ({ q, ...askSafely(engine, q.question, { limit: LIMIT }) }));
      const declineRate = rate(declines, (d) => !d.answer.answered);
      for (const { q, answer } of declines) {
        if (!answer.answered) continue;
        wronglyAnswered.push({
          id: q.id,
          question: q.question,
          expected: [],
          got: answer.quotes[0]?.sentence ?? null,
          answered: true,
          rank: null,
        });
      }
      const errors = [...outcomes, ...declines].filter((o) => o.error).length;
      gates = countGates([...outcomes.map((o) => ({ answer: o.answer, answerable: true })), ...declines.map((d) => ({ answer: d.answer, answerable: false }))]);
      ours = { ...oursRanks, answerRate, answeredRight, declineRate, errors };

      context.print(heading(`Seed article: ${answerable.length} answerable, ${unanswerable.length} unanswerable questions`));
      context.print(`ours vs baseline (${BASELINE_NAME}); right = an accepted sentence`);
      context.print(
        table(
          ['measure', 'ours', 'MiniSearch'],
          [
            ['top-1 (answerable)', pct(oursRanks.top1), pct(base.top1)],
            ['top-3 (answerable)', pct(oursRanks.top3), pct(base.top3)],
            ['MRR (answerable)', fixed(oursRanks.mrr), fixed(base.mrr)],
            ['answer rate (answerable)', pct(answerRate), 'n/a'],
            ['answered & right (answerable)', pct(answeredRight), 'n/a'],
            ['decline rate (unanswerable)', pct(declineRate), 'n/a'],
          ],
        ),
      );
      if (errors > 0) context.print(`!! ask() threw on ${errors} questions`);
      context.print('\nDeclines by gate (right: the question is unanswerable; wrong: it is answerable)');
      context.print(gateTable(gates));
      context.print(`\nAnswerable questions we got wrong (${misses.length}): expected sentence(s) -> our top-1`);
      for (const m of misses) {
        const what = m.answered ? `answered s${m.got ?? '-'}` : `declined (closest s${m.got ?? '-'})`;
        const rank = m.rank === null ? 'not in top 10' : `right one at rank ${m.rank}`;
        context.print(`  ${m.id.padEnd(5)} ${shorten(m.question).padEnd(70)} want s${m.expected.join('/s')}  ${what}, ${rank}`);
        if (!m.answered && m.reason) context.print(`        why declined: ${shorten(m.reason, 110)}`);
      }
      context.print(`\nUnanswerable questions we answered (${wronglyAnswered.length}):`);
      for (const m of wronglyAnswered) {
        context.print(`  ${m.id.padEnd(5)} ${shorten(m.question).padEnd(70)} answered s${m.got ?? '-'}`);
      }
      summary = summaryLines(
        `Seed ${answerable.length}+${unanswerable.length} q`,
        `top-1 ${pct(oursRanks.top1)} vs ${pct(base.top1)} ` +
          `(${points(oursRanks.top1, base.top1)})  top-3 ${pct(oursRanks.top3)} vs ${pct(base.top3)}  ` +
          `MRR ${fixed(oursRanks.mrr)} vs ${fixed(base.mrr)}`,
        `answered ${pct(answerRate)} of answerable (right ${pct(answeredRight)}), ` +
          `declined ${pct(declineRate)} of unanswerable; ${misses.length} wrong, ${wronglyAnswered.length} wrongly answered`,
      );
    } else {
      context.print(heading(`Seed article: ${answerable.length} answerable questions (baseline only)`));
      context.print(`${BASELINE_NAME}: top-1 ${pct(base.top1)}  top-3 ${pct(base.top3)}  MRR ${fixed(base.mrr)}`);
      summary = summaryLines(`Seed ${answerable.length} q`, `baseline only: top-1 ${pct(base.top1)}  MRR ${fixed(base.mrr)}`);
    }
    return {
      summary,
      results: {
        answerable: answerable.length,
        unanswerable: unanswerable.length,
        sentencesInArticle: article.sentences.length,
        ours,
        gates,
        baseline: base,
        misses,
        wronglyAnswered,
      },
    };
  },
};
