/**
 * Part 3: does declining generalise? Questions the article cannot answer: other articles' questions,
 * SQuAD questions put to the seed article, and hard negatives (a real question with its name swapped).
 * The baseline always returns something, so it has no decline rate.
 */
import type { BenchContext, BenchPart, PartOutcome } from '../lib/context.ts';
import { heading, pct, summaryLines, table } from '../lib/format.ts';
import { makeHardNegatives } from '../lib/hard-negatives.ts';
import { rate } from '../lib/metrics.ts';
import { askSafely, type Engine } from '../lib/ours.ts';
import { hashString, pick } from '../lib/sample.ts';

const FULL = { perOrderedPair: 10, seedSample: 500, hardPerArticle: 100 };
const QUICK = { perOrderedPair: 2, seedSample: 100, hardPerArticle: 20 };
const EXAMPLES_SHOWN = 12;
const LIMIT = 10;

interface Probe {
  article: string;
  question: string;
  note?: string;
}

function declineRate(engine: Engine, probes: readonly Probe[]): { rate: number; answered: Probe[]; errors: number } {
  const answered: Probe[] = [];
  let errors = 0;
  for (const probe of probes) {
    const { answer, error } = askSafely(engine, probe.question, { article: probe.article, limit: LIMIT });
    if (error) errors++;
    if (answer.answered) answered.push({ ...probe, note: `${probe.note ?? ''} -> s${answer.quotes[0]?.sentence ?? '-'}` });
  }
  return { rate: probes.length === 0 ? 0 : 1 - answered.length / probes.length, answered, errors };
}

export const declinePart: BenchPart = {
  name: 'decline',
  title: 'Declining questions the article does not answer',
  async run(context: BenchContext): Promise<PartOutcome> {
    const sizes = context.options.quick ? QUICK : FULL;
    const squad = await context.squad();
    const seedArticle = await context.seedArticle();

    const crossArticle: Probe[] = [];
    for (const target of squad) {
      for (const source of squad) {
        if (source === target) continue;
        const sample = pick(source.record.questions, sizes.perOrderedPair, hashString(`${target.article.id}<-${source.article.id}`));
        for (const q of sample) crossArticle.push({ article: target.article.id, question: q.question, note: `from ${source.article.id}` });
      }
    }
    const allSquadQuestions = squad.flatMap((s) => s.record.questions.map((q) => ({ ...q, from: s.article.id })));
    const toSeed: Probe[] = pick(allSquadQuestions, sizes.seedSample, hashString('squad->seed')).map((q) => ({
      article: seedArticle.id,
      question: q.question,
      note: `from ${q.from}`,
    }));
    const hard = makeHardNegatives(
      squad.map((s) => ({ id: s.article.id, text: s.article.text, questions: s.record.questions })),
      sizes.hardPerArticle,
    );
    const hardProbes: Probe[] = hard.map((h) => ({
      article: h.article,
      question: h.question,
      note: `"${h.replaced}" -> "${h.replacement}"`,
    }));
    const originals: Probe[] = hard.map((h) => ({ article: h.article, question: h.original }));

    const squadEngine = await context.squadEngine();
    const seedEngine = await context.seedEngine();
    const sets = [
      { key: 'crossArticle', label: "other SQuAD articles' questions", engine: squadEngine, probes: crossArticle },
      { key: 'squadToSeed', label: 'SQuAD questions -> seed article', engine: seedEngine, probes: toSeed },
      { key: 'hardNegatives', label: 'hard negatives (name swapped)', engine: squadEngine, probes: hardProbes },
    ] as const;

    context.print(heading('Declining: questions the article does not answer'));
    if (!squadEngine || !seedEngine) {
      context.print('our engine is not available; the baseline never declines, so there is nothing to measure.');
      return {
        summary: summaryLines('Decline', 'n/a (engine not available)'),
        results: Object.fromEntries(sets.map((s) => [s.key, { questions: s.probes.length, ours: null }])),
      };
    }

    const measured = sets.map((set) => ({ ...set, ...declineRate(set.engine!, set.probes) }));
    const control = rate(originals, (p) => askSafely(squadEngine, p.question, { article: p.article, limit: LIMIT }).answer.answered);
    context.print(
      table(
        ['question set', 'n', 'declined ours', 'declined MS'],
        measured.map((m) => [m.label, m.probes.length, pct(m.rate), 'n/a']),
      ),
    );
    context.print(`control: the same ${originals.length} hard-negative questions before the swap were answered ${pct(control)} of the time.`);
    const errors = measured.reduce((sum, m) => sum + m.errors, 0);
    if (errors > 0) context.print(`!! ask() threw on ${errors} questions`);
    for (const m of measured) {
      if (m.answered.length === 0) continue;
      context.print(`\nAnswered although unanswerable — ${m.label} (first ${Math.min(EXAMPLES_SHOWN, m.answered.length)} of ${m.answered.length}):`);
      for (const p of m.answered.slice(0, EXAMPLES_SHOWN)) context.print(`  [${p.article}] ${p.question}  (${p.note})`);
    }

    const byKey = Object.fromEntries(measured.map((m) => [m.key, m]));
    return {
      summary: summaryLines(
        'Decline',
        `declined: other articles' questions ${pct(byKey.crossArticle!.rate)} (n=${crossArticle.length}), ` +
          `SQuAD questions to seed ${pct(byKey.squadToSeed!.rate)} (n=${toSeed.length})`,
        `hard negatives ${pct(byKey.hardNegatives!.rate)} (n=${hardProbes.length}; same questions unswapped answered ${pct(control)}); MiniSearch n/a`,
      ),
      results: {
        ...Object.fromEntries(
          measured.map((m) => [
            m.key,
            { questions: m.probes.length, ours: { declineRate: m.rate, errors: m.errors }, baseline: 'n/a', answeredExamples: m.answered.slice(0, EXAMPLES_SHOWN) },
          ]),
        ),
        hardNegativeOriginalsAnswerRate: control,
        sizes,
      },
    };
  },
};
