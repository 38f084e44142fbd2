import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/core/articles.ts';
import { AnswerEngine } from '../src/core/engine.ts';
import { FEATURE_NAMES, loadRankerModel } from '../src/core/ranker.ts';

const shipped = JSON.parse(readFileSync(new URL('../src/core/ranker-model.json', import.meta.url), 'utf8')) as { features: string[]; training: { commit: string } };

describe('ranker model file', () => {
  it('given the shipped model, then it was trained on the features the code computes, in the same order', () => {
    expect(shipped.features).toEqual([...FEATURE_NAMES]);
    expect(() => loadRankerModel(shipped)).not.toThrow();
  });

  it('given the shipped model, then it records the commit it was trained at', () => {
    expect(loadRankerModel(shipped).training.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('given a model whose features are listed in another order, then loading it is refused with a message saying so', () => {
    const swapped = { ...shipped, features: [FEATURE_NAMES[1], FEATURE_NAMES[0], ...FEATURE_NAMES.slice(2)] };
    expect(() => loadRankerModel(swapped)).toThrow(/does not match the features the code computes: it lists them in another order.*npm run train-ranker/);
  });

  it('given a model trained before a feature was added, then loading it is refused naming the feature', () => {
    expect(() => loadRankerModel(shipped, [...FEATURE_NAMES, 'quotesSpeaker'])).toThrow(/lacks quotesSpeaker/);
  });

  it('given a model with a feature the code no longer computes, then loading it is refused naming the feature', () => {
    expect(() => loadRankerModel(shipped, FEATURE_NAMES.slice(1))).toThrow(/has bm25 which the code no longer computes/);
  });

  it('given a model file without its training record, then loading it is refused', () => {
    const { training: _training, ...bare } = shipped;
    expect(() => loadRankerModel(bare)).toThrow(/not valid.*training/s);
  });
});

describe('candidate features', () => {
  const article = parseArticle({
    file: 'derby.txt',
    text: ['Erling Haaland opened the scoring in the 12th minute.', 'Phil Foden restored the lead in the 67th minute.\nThe crowd of 53,000 cheered Foden and Haaland.'].join('\n\n'),
  });
  const engine = new AnswerEngine([article]);
  const namesMissed = (question: string) => new Map(engine.candidates(question, article.id).map((c) => [c.sentence.index, c.features.namesMissed]));
  it('given a question naming two people, then namesMissed is the share of them a sentence and its neighbours lack', () => {
    const missed = namesMissed('Did Haaland pass to Foden?');
    expect(missed.get(1)).toBe(0.5);
    expect(missed.get(2)).toBe(0);
    expect(missed.get(3)).toBe(0);
  });
  it('given a question naming no one, then no sentence misses a name', () => {
    expect([...namesMissed('How big was the crowd?').values()].every((share) => share === 0)).toBe(true);
  });
});
