import { describe, expect, it } from 'vitest';
import { WordScores } from '../src/core/word-scores.ts';

describe('WordScores', () => {
  it('given several scores for one word of one sentence, then it keeps the highest', () => {
    const scores = new WordScores().reset(5, 2);
    scores.raise(3, 0, 1.5);
    scores.raise(3, 0, 0.5);
    scores.raise(3, 1, 2);
    expect(scores.get(3, 0)).toBe(1.5);
    expect(scores.total(3)).toBe(3.5);
    expect(scores.has(3)).toBe(true);
    expect(scores.has(2)).toBe(false);
  });

  it('given equal totals, then the best keep the order in which sentences were first scored', () => {
    const scores = new WordScores().reset(10, 1);
    for (const [id, score] of [[7, 1], [2, 3], [5, 1], [9, 2], [1, 1]] as const) scores.raise(id, 0, score);
    expect(scores.best(4).map((b) => b.id)).toEqual([2, 9, 7, 5]);
    expect(scores.idsInOrder()).toEqual([1, 2, 5, 7, 9]);
  });

  it('given a reset for the next question, then nothing of the last one remains, whatever the new shape', () => {
    const scores = new WordScores().reset(6, 3);
    scores.raise(4, 2, 9);
    scores.reset(6, 2);
    expect(scores.has(4)).toBe(false);
    expect(scores.total(4)).toBe(0);
    expect(scores.best(3)).toEqual([]);
    scores.reset(40, 4);
    scores.raise(39, 3, 1);
    expect(scores.best(1)).toEqual([{ id: 39, total: 1 }]);
  });
});
