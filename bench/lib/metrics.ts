/** Pure scoring helpers shared by the benchmark parts. */

/** 1-based rank of the first correct item, or null when none is correct. */
export function firstCorrectRank<T>(ranked: readonly T[], isCorrect: (item: T) => boolean): number | null {
  const at = ranked.findIndex(isCorrect);
  return at === -1 ? null : at + 1;
}

/** Case-insensitive check that a passage contains one of the accepted answers. */
export function containsAnswer(passage: string, answers: readonly string[]): boolean {
  const haystack = passage.toLowerCase();
  return answers.some((answer) => answer.length > 0 && haystack.includes(answer.toLowerCase()));
}

export interface RankSummary {
  questions: number;
  top1: number;
  top3: number;
  mrr: number;
}

/** Summarises the first-correct ranks of a set of questions (null = not found in the list). */
export function summariseRanks(ranks: readonly (number | null)[]): RankSummary {
  const n = ranks.length;
  if (n === 0) return { questions: 0, top1: 0, top3: 0, mrr: 0 };
  let top1 = 0;
  let top3 = 0;
  let reciprocal = 0;
  for (const rank of ranks) {
    if (rank === null) continue;
    if (rank === 1) top1++;
    if (rank <= 3) top3++;
    reciprocal += 1 / rank;
  }
  return { questions: n, top1: top1 / n, top3: top3 / n, mrr: reciprocal / n };
}

/** Share of items for which the predicate holds; 0 for an empty list. */
export function rate<T>(items: readonly T[], predicate: (item: T, index: number) => boolean): number {
  if (items.length === 0) return 0;
  let hits = 0;
  items.forEach((item, index) => {
    if (predicate(item, index)) hits++;
  });
  return hits / items.length;
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** ours / baseline, or null when the baseline is zero or either side is missing. */
export function ratio(ours: number | null | undefined, baseline: number | null | undefined): number | null {
  if (ours == null || baseline == null || !Number.isFinite(ours) || !Number.isFinite(baseline) || baseline === 0) {
    return null;
  }
  return ours / baseline;
}
