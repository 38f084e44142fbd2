/** Part 4: index build time and query latency, ours against the baseline on the same SQuAD corpus. */
import { BaselineIndex } from '../lib/baseline.ts';
import type { BenchContext, BenchPart, PartOutcome } from '../lib/context.ts';
import { duration, heading, summaryLines, table, times } from '../lib/format.ts';
import { median, percentile, ratio } from '../lib/metrics.ts';
import { askSafely } from '../lib/ours.ts';
import { everyNth } from '../lib/sample.ts';
import { repeatTimed, timed } from '../lib/timing.ts';
import { squadToArticle } from '../lib/corpus.ts';

const FULL = { buildRepeats: 5, questionStep: 1 };
const QUICK = { buildRepeats: 2, questionStep: 5 };
/** Untimed queries first, so the JIT and caches are warm for both systems. */
const WARMUP_QUERIES = 300;
const LIMIT = 10;

interface Latency {
  p50: number;
  p99: number;
  mean: number;
}
function latency(samples: readonly number[]): Latency {
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
}

export const speedPart: BenchPart = {
  name: 'speed',
  title: 'Index build time and query latency',
  async run(context: BenchContext): Promise<PartOutcome> {
    const sizes = context.options.quick ? QUICK : FULL;
    const squad = await context.squad();
    const factory = context.ourEngine;
    const articles = squad.map((s) => s.article);
    const sentenceCount = articles.reduce((sum, a) => sum + a.sentences.length, 0);

    const parseMs = timed(() => squad.map((s) => squadToArticle(s.record))).ms;
    const perArticle = articles.map((article) => {
      const base = median(repeatTimed(sizes.buildRepeats, () => new BaselineIndex(article.sentences)));
      const ours = factory ? median(repeatTimed(sizes.buildRepeats, () => factory([article]))) : null;
      return { article: article.id, sentences: article.sentences.length, ours, baseline: base, ratio: ratio(ours, base) };
    });
    const totalBase = median(repeatTimed(sizes.buildRepeats, () => articles.map((a) => new BaselineIndex(a.sentences))));
    const totalOurs = factory ? median(repeatTimed(sizes.buildRepeats, () => factory(articles))) : null;

    const questions = squad.flatMap((s) => everyNth(s.record.questions, sizes.questionStep).map((q) => ({ article: s.article.id, question: q.question })));
    // An engine of its own, not the one the SQuAD part asked every question of already: its caches
    // would make the timed pass below a second meeting with every word.
    const engine = factory ? factory(articles) : null;
    const baselines = await context.squadBaselines();
    for (const q of questions.slice(0, WARMUP_QUERIES)) {
      baselines.get(q.article)!.search(q.question, LIMIT);
      if (engine) askSafely(engine, q.question, { article: q.article, limit: LIMIT });
    }
    // Alternating the two systems question by question spreads the noise of a shared machine evenly.
    const timePass = () => {
      const base: number[] = [];
      const ours: number[] = [];
      for (const q of questions) {
        base.push(timed(() => baselines.get(q.article)!.search(q.question, LIMIT)).ms);
        if (engine) ours.push(timed(() => askSafely(engine, q.question, { article: q.article, limit: LIMIT })).ms);
      }
      return { base: latency(base), ours: engine ? latency(ours) : null };
    };
    const { base: baseLatency, ours: oursLatency } = timePass();
    // The same questions again: every word has been met, so this shows what first meetings cost above.
    const { base: baseAgainLatency, ours: oursAgainLatency } = timePass();

    context.print(heading(`Speed: ${articles.length} SQuAD articles, ${sentenceCount} sentences, ${questions.length} queries`));
    context.print(`parsing all articles (shared by both, not counted below): ${duration(parseMs)}`);
    context.print(`index build, median of ${sizes.buildRepeats} builds per article:`);
    context.print(
      table(
        ['article', 'sentences', 'ours', 'MiniSearch', 'ours/MS'],
        [
          ...perArticle.map((a) => [a.article, a.sentences, duration(a.ours), duration(a.baseline), times(a.ratio)]),
          ['total (ours: one engine; MS: one index per article)', sentenceCount, duration(totalOurs), duration(totalBase), times(ratio(totalOurs, totalBase))],
        ],
      ),
    );
    context.print(`\nquery latency after ${Math.min(WARMUP_QUERIES, questions.length)} warm-up queries (ask with article filter vs search of that article's index):`);
    context.print(
      table(
        ['latency', 'ours', 'MiniSearch', 'ours/MS'],
        (['p50', 'p99', 'mean'] as const).map((k) => [k, duration(oursLatency?.[k]), duration(baseLatency[k]), times(ratio(oursLatency?.[k], baseLatency[k]))]),
      ),
    );
    context.print('\nthe same questions asked again (every word already met; the figures above are the measure):');
    context.print(
      table(
        ['latency', 'ours', 'MiniSearch', 'ours/MS'],
        (['p50', 'p99', 'mean'] as const).map((k) => [k, duration(oursAgainLatency?.[k]), duration(baseAgainLatency[k]), times(ratio(oursAgainLatency?.[k], baseAgainLatency[k]))]),
      ),
    );

    return {
      summary: summaryLines(
        'Speed',
        `build ${duration(totalOurs)} vs ${duration(totalBase)} (${times(ratio(totalOurs, totalBase))}), ` +
          `query p50 ${duration(oursLatency?.p50)} vs ${duration(baseLatency.p50)} (${times(ratio(oursLatency?.p50, baseLatency.p50))}), ` +
          `p99 ${duration(oursLatency?.p99)} vs ${duration(baseLatency.p99)} (${times(ratio(oursLatency?.p99, baseLatency.p99))})`,
      ),
      results: {
        sentences: sentenceCount,
        queries: questions.length,
        buildRepeats: sizes.buildRepeats,
        parseMs,
        build: { perArticle, total: { ours: totalOurs, baseline: totalBase, ratio: ratio(totalOurs, totalBase) } },
        latencyMs: {
          ours: oursLatency,
          baseline: baseLatency,
          ratio: oursLatency ? { p50: ratio(oursLatency.p50, baseLatency.p50), p99: ratio(oursLatency.p99, baseLatency.p99) } : null,
        },
        askedAgainMs: {
          ours: oursAgainLatency,
          baseline: baseAgainLatency,
          ratio: oursAgainLatency ? { p50: ratio(oursAgainLatency.p50, baseAgainLatency.p50), p99: ratio(oursAgainLatency.p99, baseAgainLatency.p99) } : null,
        },
      },
    };
  },
};
