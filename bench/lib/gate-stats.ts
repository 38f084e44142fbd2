/**
 * How often each gate of the engine (src/core/pipeline/gates.ts) declines a labelled question, and
 * how often rightly: a gate firing on a question the set marks unanswerable is right, on an
 * answerable one wrong. Read off each answer's `reasonCode`, so it costs nothing to measure.
 */
import { REASON_CODES, UNSURE_REASON_CODES } from '../../src/core/pipeline/reasons.ts';
import type { Answer } from '../../src/core/types.ts';
import { table } from './format.ts';

export interface GateCount {
  fired: number;
  /** Fired on an unanswerable question. */
  right: number;
  /** Fired on an answerable question. */
  wrong: number;
}

export interface GateStats {
  /** Every gate that fired at least once, in table order. */
  gates: Record<string, GateCount>;
  declined: GateCount;
  /** Declines by the gates that fire only when the judge's probability is low. */
  byProbability: GateCount;
}

const count = (): GateCount => ({ fired: 0, right: 0, wrong: 0 });

function add(tally: GateCount, answerable: boolean): void {
  tally.fired++;
  if (answerable) tally.wrong++;
  else tally.right++;
}

export function countGates(outcomes: readonly { answer: Answer; answerable: boolean }[]): GateStats {
  const byCode = new Map<string, GateCount>();
  const declined = count();
  const byProbability = count();
  for (const { answer, answerable } of outcomes) {
    if (answer.answered) continue;
    add(declined, answerable);
    const code = answer.reasonCode ?? 'none';
    if (!byCode.has(code)) byCode.set(code, count());
    add(byCode.get(code)!, answerable);
    if ((UNSURE_REASON_CODES as ReadonlySet<string>).has(code)) add(byProbability, answerable);
  }
  const order = (code: string) => {
    const at = (REASON_CODES as readonly string[]).indexOf(code);
    return at < 0 ? REASON_CODES.length : at;
  };
  const gates = Object.fromEntries([...byCode].sort(([a], [b]) => order(a) - order(b)));
  return { gates, declined, byProbability };
}

/** One row per gate that fired, then the totals. */
export function gateTable(stats: GateStats): string {
  const row = (label: string, c: GateCount) => [label, c.fired, c.right, c.wrong];
  return table(
    ['gate (declined)', 'fired', 'right', 'wrong'],
    [...Object.entries(stats.gates).map(([code, c]) => row(code, c)), row('all declines', stats.declined), row('of which by probability', stats.byProbability)],
  );
}
