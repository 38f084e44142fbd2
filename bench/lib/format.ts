/** Plain-text tables and number formats for the benchmark report. */

export type Cell = string | number | null | undefined;

export function pct(value: number | null | undefined, digits = 1): string {
  return value == null || Number.isNaN(value) ? 'n/a' : `${(value * 100).toFixed(digits)}%`;
}

export function fixed(value: number | null | undefined, digits = 3): string {
  return value == null || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);
}

/** A duration given in milliseconds, shown in the unit that reads best. */
export function duration(ms: number | null | undefined): string {
  if (ms == null || Number.isNaN(ms)) return 'n/a';
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

export function megabytes(bytes: number | null | undefined): string {
  return bytes == null || Number.isNaN(bytes) ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MB`;
}

export function times(value: number | null | undefined): string {
  return value == null || Number.isNaN(value) ? 'n/a' : `${value.toFixed(value < 10 ? 2 : 1)}×`;
}

/** Signed difference in percentage points, e.g. "+3.2 pp". */
export function points(ours: number | null | undefined, baseline: number | null | undefined): string {
  if (ours == null || baseline == null) return 'n/a';
  const diff = (ours - baseline) * 100;
  return `${diff >= 0 ? '+' : ''}${diff.toFixed(1)} pp`;
}

/** Left-aligns the first column and right-aligns the rest. */
export function table(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = [headers, ...rows].map((row) => row.map((cell) => (cell == null ? 'n/a' : String(cell))));
  const widths = headers.map((_, col) => Math.max(...text.map((row) => (row[col] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(text[0]!), rule, ...text.slice(1).map(line)].join('\n');
}

export function heading(title: string): string {
  return `\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`;
}

const SUMMARY_LABEL_WIDTH = 16;

/** Summary lines of one part: the label in a fixed-width first column, continuation lines indented. */
export function summaryLines(label: string, ...lines: string[]): string[] {
  // A label longer than the column still keeps a space before its line.
  return lines.map((line, i) => `${(i === 0 ? label : '').padEnd(SUMMARY_LABEL_WIDTH - 1)} ${line}`);
}
