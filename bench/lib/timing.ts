/** Wall-clock measurement with the monotonic high-resolution clock. */

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs `work` and returns its result with the elapsed milliseconds. */
export function timed<T>(work: () => T): { value: T; ms: number } {
  const start = process.hrtime.bigint();
  const value = work();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** Elapsed milliseconds of each of `repeats` runs. */
export function repeatTimed(repeats: number, work: () => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) samples.push(timed(work).ms);
  return samples;
}
