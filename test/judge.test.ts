import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/core/articles.ts';
import { AnswerEngine } from '../src/core/engine.ts';
import { JUDGE_FEATURE_NAMES, judgeProbability, judgeProbe, type JudgeRecord } from '../src/core/judge-model.ts';
import { QUESTION_SIGNAL_NAMES } from '../src/core/judge-signals.ts';
import { FEATURE_NAMES, loadRankerModel } from '../src/core/ranker.ts';
import { writeUnanswerables, type SourceArticle } from '../scripts/unanswerables.ts';

const shipped = JSON.parse(readFileSync(new URL('../src/core/ranker-model.json', import.meta.url), 'utf8')) as Record<string, unknown> & { judge?: { features: string[]; weights: Record<string, number> } };

// A small article written for these tests, about nothing the benchmark asks.
const TEXT = [
  'The Harbour Museum in Portvale reopened on Saturday after a renovation that cost $12 million, the city council said.',
  'Curator Maren Holt said the museum now shows 340 paintings, twice as many as before the work began in 2021.',
  'The largest gallery holds a collection of ship models donated by the Ferris family.',
  'Visitors queued for two hours on the first day, and admission will stay free until the end of March.',
].join('\n');
const ARTICLE = parseArticle({ file: 'museum.txt', meta: { id: 'museum', title: 'Harbour Museum reopens' }, text: TEXT });
const ANSWERABLE = ['How much did the renovation of the Harbour Museum cost?', 'How many paintings does the museum show, according to Holt?', 'When did the work on the museum begin?', 'Who donated the ship models?'];

describe('the judge in the model file', () => {
  it('given the shipped model, then its judge lists the features the code computes, the sentence features then the question signals', () => {
    expect(shipped.judge?.features).toEqual([...FEATURE_NAMES, ...QUESTION_SIGNAL_NAMES]);
    expect(Object.keys(shipped.judge?.weights ?? {}).sort()).toEqual([...JUDGE_FEATURE_NAMES].sort());
    expect(() => loadRankerModel(shipped)).not.toThrow();
  });

  it('given a judge trained before a signal was added, then loading the model is refused naming the signal', () => {
    expect(() => loadRankerModel(shipped, FEATURE_NAMES, [...JUDGE_FEATURE_NAMES, 'speakerApart'])).toThrow(/judge lacks speakerApart/);
  });

  it('given a judge whose features are in another order, then loading the model is refused', () => {
    const judge = shipped.judge!;
    const reordered = { ...shipped, judge: { ...judge, features: [...judge.features].reverse() } };
    expect(() => loadRankerModel(reordered)).toThrow(/judge lists them in another order/);
  });

  it('given a model file without a judge, then it still loads', () => {
    const { judge: _judge, ...bare } = shipped;
    expect(() => loadRankerModel(bare)).not.toThrow();
  });
});

describe('what the judge sees', () => {
  it('given a question that reaches the judge, then every feature it records is a finite number within its range', () => {
    const engine = new AnswerEngine([ARTICLE]);
    const records: JudgeRecord[] = [];
    judgeProbe.listener = (record) => records.push(record);
    try {
      for (const question of ANSWERABLE) engine.ask(question);
    } finally {
      judgeProbe.listener = undefined;
    }
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      for (const name of QUESTION_SIGNAL_NAMES) {
        expect(Number.isFinite(record.features[name])).toBe(true);
        expect(record.features[name]).toBeGreaterThanOrEqual(-1);
        expect(record.features[name]).toBeLessThanOrEqual(2);
      }
    }
  });
});

describe('written unanswerable questions', () => {
  // One paragraph a line, as the training articles are read.
  const paragraphs = TEXT.split('\n');
  const questions = [
    { question: 'How many paintings does the museum show after the work that began in 2021?', paragraph: paragraphs[1]! },
    { question: 'What did Holt say about the paintings?', paragraph: paragraphs[1]! },
    { question: 'Why didn\'t the museum reopen earlier?', paragraph: paragraphs[0]! },
    { question: 'When did the work on the museum begin?', paragraph: paragraphs[1]! },
  ];
  const written = writeUnanswerables([{ id: 'museum', text: TEXT, questions }]);
  const engine = new AnswerEngine([ARTICLE]);
  const ofKind = (kind: string) => written.filter((w) => w.kind === kind);

  it('given a question with a number the article never gives, then the engine declines it', () => {
    expect(ofKind('changed-number').length).toBeGreaterThan(0);
    for (const w of ofKind('changed-number')) {
      expect(engine.ask(w.from).answered).toBe(true);
      expect(engine.ask(w.question).answered).toBe(false);
    }
  });

  it('given a quoted person swapped for another name of the article, then the engine declines it', () => {
    const swapped = ofKind('swapped-name').filter((w) => w.from.startsWith('What did Holt say'));
    expect(swapped).toHaveLength(1);
    expect(swapped[0]!.question).not.toMatch(/Holt/);
    expect(engine.ask(swapped[0]!.question).answered).toBe(false);
  });

  it('given a negated question about a passage that negates nothing, then the trained judge scores it below its threshold and its source above', () => {
    const judge = loadRankerModel(shipped).judge!;
    const negated = ofKind('negation').find((w) => w.from === 'When did the work on the museum begin?');
    expect(negated?.question).toBe("When didn't the work on the museum begin?");
    const seen = (question: string) => {
      let record: JudgeRecord | undefined;
      judgeProbe.listener = (r) => (record = r);
      try {
        engine.ask(question);
      } finally {
        judgeProbe.listener = undefined;
      }
      return judgeProbability(judge, record!.features);
    };
    expect(seen(negated!.question)).toBeLessThan(judge.threshold);
    expect(seen(negated!.from)).toBeGreaterThanOrEqual(judge.threshold);
  });

  it('given a question that already negates, then no negation is written from it', () => {
    expect(ofKind('negation').some((w) => w.from.includes("didn't"))).toBe(false);
  });

  it('given two answerable questions that differ only by a name, then swapping one name for the other is never written as unanswerable', () => {
    const text = 'Anna Berg won the sprint.\nPaul Stone won the marathon.';
    const questions = ['Which race did Berg win?', 'Which race did Stone win?'];
    const source: SourceArticle = { id: 'races', text, questions: questions.map((question, i) => ({ question, paragraph: text.split('\n')[i]! })) };
    const out = writeUnanswerables([source]);
    const normal = (q: string) => q.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    for (const w of out) expect(questions.map(normal)).not.toContain(normal(w.question));
  });

  it('given an article, then no written question is the same as one of its answerable questions', () => {
    const normal = (q: string) => q.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    for (const w of written) expect(questions.map((q) => normal(q.question))).not.toContain(normal(w.question));
    expect(new Set(written.map((w) => w.kind)).size).toBeGreaterThan(2);
  });
});
