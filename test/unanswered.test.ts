import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildReport, formatReport, runUnanswered } from '../src/cli/unanswered-report.ts';
import { runEntry } from './cli-fixtures.ts';

const FIXTURE = 'test/fixtures/unanswered.jsonl';

async function run(argv: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runUnanswered({ argv, env, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stdout, stderr };
}

describe('the report on unanswered questions', () => {
  it('given a log, then questions are grouped by article, the same question typed differently counts once, and reasons of one kind count together', async () => {
    const report = buildReport(await readFile(FIXTURE, 'utf8'));
    expect(report).toMatchObject({ total: 7, skipped: 2, skippedLines: [4, 7], first: '2026-11-30T09:00:00.000Z', last: '2026-12-03T08:00:00.000Z' });
    expect(report.articles.map((a) => [a.article, a.count])).toEqual([
      ['abc-blinken-isis-rome-2021', 5],
      ['harbour-bridge', 1],
      ['(no close passage)', 1],
    ]);
    const blinken = report.articles[0];
    expect(blinken?.questions[0]).toEqual({ text: 'What did Blinken say about Russia?', count: 3 });
    expect(blinken?.distinctQuestions).toBe(3);
    expect(blinken?.reasons).toEqual([
      { text: 'Nothing in the article mentions “…”.', count: 4 },
      { text: 'Nothing in the article mentions “…” or “…”.', count: 1 },
    ]);
  });

  it('given the report for a terminal, then it reads as counts under each article and names the skipped lines', async () => {
    const { code, stdout } = await run([FIXTURE]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^7 unanswered questions in test\/fixtures\/unanswered\.jsonl \(2026-11-30 to 2026-12-03\)\nSkipped 2 lines that are not a log entry \(lines 4, 7\)\./);
    expect(stdout).toContain('abc-blinken-isis-rome-2021 — 5 questions, 3 different\n  Most asked:\n      3×  What did Blinken say about Russia?');
    expect(stdout).toContain('  Why not answered:\n      4×  Nothing in the article mentions “…”.');
    expect(formatReport(buildReport(''), 'empty.jsonl')).toBe('0 unanswered questions in empty.jsonl');
  });

  it('given --json, then one JSON object with the same figures is printed', async () => {
    const { code, stdout } = await run(['--json', FIXTURE]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ file: FIXTURE, ...buildReport(await readFile(FIXTURE, 'utf8')) });
  });

  it('given no log, then it says where the log would be and how to turn it on, without a stack trace', async () => {
    const missing = await run([], { UNANSWERED_LOG: 'logs/none-yet.jsonl' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('There is no log at logs/none-yet.jsonl yet. The bot writes it (with UNANSWERED_LOG set) when a question goes unanswered.\n');
    const unset = await run([], {});
    expect(unset.code).toBe(2);
    expect(unset.stderr).toMatch(/set UNANSWERED_LOG in \.env/);
    expect((await run(['--top'])).code).toBe(2);
  });

  it('given npm run unanswered with UNANSWERED_LOG set, then it reports on that file', async () => {
    const { code, stdout } = await runEntry('src/cli/unanswered.ts', [], { env: { UNANSWERED_LOG: FIXTURE } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^7 unanswered questions in /);
  });
});
