import fc from 'fast-check';
import { describe, it } from 'vitest';
import { answerProbability, FEATURE_NAMES, linear, rankingScore, shippedRankerModel, type CandidateFeatures } from '../src/core/ranker.ts';

const features = fc.tuple(...FEATURE_NAMES.map(() => fc.double({ min: -10, max: 10, noNaN: true }))).map((values) => Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, values[i]])) as unknown as CandidateFeatures);

describe('model scores', () => {
  it('given any features, then the ranking score is the ranking model applied to them, to the last bit', () => {
    fc.assert(fc.property(features, (f) => rankingScore(f) === linear(shippedRankerModel.ranking, f)));
  });

  it('given any features, then the answer probability is the logistic of the answerability model applied to them, to the last bit', () => {
    fc.assert(fc.property(features, (f) => answerProbability(f) === 1 / (1 + Math.exp(-linear(shippedRankerModel.answerable, f)))));
  });
});
