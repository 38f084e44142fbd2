/**
 * Part: the frozen held-out set (bench/heldout, frozen 2026-12-06): news articles and reader questions
 * that nobody changing the engine has read, so their figures show how the engine does on text it was not
 * tuned on. Reported apart from the tuned sets, with the gap to the tuned news set measured in the same
 * run, and without listing failures. Never tune on it: see bench/heldout/README.md.
 */
import { fileURLToPath } from 'node:url';
import { BASELINE_NAME } from '../lib/baseline.ts';
import type { BenchContext, BenchPart, PartOutcome } from '../lib/context.ts';
import { fixed, heading, pct, points, summaryLines, table } from '../lib/format.ts';
import { measureQuestionSet, type QuestionSetPaths } from '../lib/question-set.ts';
import { NEWS_SET } from './news.ts';

export const HELDOUT_SET: QuestionSetPaths = {
  name: 'bench/heldout',
  articlesDir: fileURLToPath(new URL('../heldout/articles/', import.meta.url)),
  questionsFile: fileURLToPath(new URL('../heldout/questions.jsonl', import.meta.url)),
};

/**
 * The second frozen set (bench/heldout-2026-12-07, frozen 2026-12-07): nine more articles with questions written
 * the same way, after the engine, by someone who never saw it. Never tune on it either.
 */
export const HELDOUT2_SET: QuestionSetPaths = {
  name: 'bench/heldout-2026-12-07',
  articlesDir: fileURLToPath(new URL('../heldout-2026-12-07/articles/', import.meta.url)),
  questionsFile: fileURLToPath(new URL('../heldout-2026-12-07/questions.jsonl', import.meta.url)),
};

/** How far below the tuned news set the held-out "answered and right" rate may fall, as a share. */
export const TARGET_GAP = 0.03;

/** Whether the held-out rate is at most TARGET_GAP below the tuned one (above it is fine too). */
export function withinTarget(heldout: number, tuned: number): boolean {
  // Rounded to a tenth of a point, as printed, so that a gap printed as 3.0 pp meets the target.
  return Math.round((tuned - heldout) * 1000) <= TARGET_GAP * 1000;
}

async function runFrozenSet(context: BenchContext, set: QuestionSetPaths, label: string): Promise<PartOutcome> {
  const held = await measureQuestionSet(context, set);
  const { baseline: base, ours } = held;
  context.print(
    heading(`Held-out ${set.name} (frozen): ${held.articles} articles, ${held.answerable} answerable, ${held.unanswerable} unanswerable (${held.nearTopic} near-topic) questions`),
  );
  if (!ours) {
    context.print(`${BASELINE_NAME}: top-1 ${pct(base.top1)}`);
    return { summary: summaryLines(label, `baseline only: top-1 ${pct(base.top1)}`), results: { baseline: base } };
  }
  const tuned = (await measureQuestionSet(context, NEWS_SET)).ours!;
  const gap = points(ours.answeredRight, tuned.answeredRight);
  const verdict = `${withinTarget(ours.answeredRight, tuned.answeredRight) ? 'met' : 'NOT met'} (target: within ${TARGET_GAP * 100} pp of the tuned set)`;
  context.print(`ours vs baseline (${BASELINE_NAME}) on the held-out set, and ours on the tuned news set in the same run`);
  context.print(
    table(
      ['measure', 'held-out', 'MiniSearch', 'tuned news'],
      [
        ['top-1 (answerable)', pct(ours.top1), pct(base.top1), pct(tuned.top1)],
        ['top-3 (answerable)', pct(ours.top3), pct(base.top3), pct(tuned.top3)],
        ['MRR (answerable)', fixed(ours.mrr), fixed(base.mrr), fixed(tuned.mrr)],
        ['answered & right (answerable)', pct(ours.answeredRight), 'n/a', pct(tuned.answeredRight)],
        ['declined (unanswerable)', pct(ours.declined), 'n/a', pct(tuned.declined)],
        ['declined (near-topic unanswerable)', pct(ours.declinedNear), 'n/a', pct(tuned.declinedNear)],
      ],
    ),
  );
  context.print(`answered & right, held-out minus tuned news: ${gap}: ${verdict}`);
  return {
    summary: summaryLines(
      `${label} ${held.answerable}+${held.unanswerable}`,
      `top-1 ${pct(ours.top1)} vs ${pct(base.top1)} (${points(ours.top1, base.top1)})  answered & right ${pct(ours.answeredRight)}, declined ${pct(ours.declined)} of unanswerable, ${pct(ours.declinedNear)} of near-topic`,
      `answered & right ${gap} against the tuned news set (${pct(tuned.answeredRight)}): ${verdict}`,
    ),
    results: {
      set: set.name,
      articles: held.articles,
      answerable: held.answerable,
      unanswerable: held.unanswerable,
      nearTopic: held.nearTopic,
      ours,
      baseline: base,
      tunedNews: tuned,
      answeredRightGap: ours.answeredRight - tuned.answeredRight,
      targetGap: TARGET_GAP,
    },
  };
}

/** A part for one frozen set, `label` opening its summary lines; a later frozen set is one more `frozenSetPart` registered in bench/run.ts. */
export function frozenSetPart(name: string, set: QuestionSetPaths, label = 'Held-out'): BenchPart {
  return { name, title: `Frozen held-out articles and questions (${set.name})`, run: (context) => runFrozenSet(context, set, label) };
}

export const heldoutPart = frozenSetPart('heldout', HELDOUT_SET);
export const heldout2Part = frozenSetPart('heldout2', HELDOUT2_SET, 'Held-out 2');
