/**
 * Two linear models over the same features of a candidate sentence: one orders candidates, the
 * other estimates the chance that the best one answers the question. Their weights are learned by
 * `scripts/train-ranker.ts` from reader questions (SQuAD) and written to ranker-model.json; the
 * code here only evaluates them.
 */
import model from './ranker-model.json' with { type: 'json' };

export interface CandidateFeatures {
  /** BM25 of the sentence, divided by the question's total word importance. */
  bm25: number;
  /** BM25 relative to the best candidate's. */
  relativeBm25: number;
  /** Importance-weighted share of the question's words found in the sentence. */
  coverage: number;
  /** The same share over the sentence and its neighbours in the paragraph. */
  windowCoverage: number;
  /** BM25 of the paragraph, divided by total importance. */
  paragraph: number;
  /** The sentence holds the kind of figure asked for (a number for "how many", a date for "when"). */
  kindMatch: number;
  /** "Who"/"where" questions: the sentence names someone or somewhere the question does not. */
  nameMatch: number;
  /** "Why" questions: the sentence gives a reason ("because", "amid"...). */
  reasonMatch: number;
  /** The question asks for a particular kind of answer. */
  asksKind: number;
  /** Share of the question's adjacent word pairs found adjacent in the sentence. */
  pairs: number;
  /** How much the sentence says beyond the question's words (0..1). */
  novelty: number;
  /** log(1 + content words). */
  length: number;
  /** Names in the question that the article never mentions. */
  missingNames: number;
  /** Matched words per word of the span they occupy in the sentence (1 when side by side). */
  proximity: number;
  /** Share of the question's importance found in the previous / next sentence of the paragraph. */
  previousCoverage: number;
  nextCoverage: number;
  /** The sentence opens its paragraph. */
  opensParagraph: number;
  /** The rarest question word is in the sentence. */
  rarestMatched: number;
}

export const FEATURE_NAMES = ['bm25', 'relativeBm25', 'coverage', 'windowCoverage', 'paragraph', 'kindMatch', 'nameMatch', 'reasonMatch', 'asksKind', 'pairs', 'novelty', 'length', 'missingNames', 'proximity', 'previousCoverage', 'nextCoverage', 'opensParagraph', 'rarestMatched'] as const satisfies readonly (keyof CandidateFeatures)[];

export interface LinearModel {
  bias: number;
  weights: Record<(typeof FEATURE_NAMES)[number], number>;
}

export interface RankerModel {
  ranking: LinearModel;
  answerable: LinearModel;
}

const trained = model as RankerModel;

export function linear(m: LinearModel, features: CandidateFeatures): number {
  let total = m.bias;
  for (const name of FEATURE_NAMES) total += (m.weights[name] ?? 0) * features[name];
  return total;
}

/** The model's non-zero weights as pairs, since every candidate of every question is scored. */
function compiled(m: LinearModel): (features: CandidateFeatures) => number {
  const terms = FEATURE_NAMES.map((name) => [name, m.weights[name] ?? 0] as const).filter(([, weight]) => weight !== 0);
  return (features) => {
    let total = m.bias;
    for (const [name, weight] of terms) total += weight * features[name];
    return total;
  };
}
const rankingLinear = compiled(trained.ranking);
const answerableLinear = compiled(trained.answerable);

export function rankingScore(features: CandidateFeatures): number {
  return rankingLinear(features);
}

export function answerProbability(features: CandidateFeatures): number {
  return 1 / (1 + Math.exp(-answerableLinear(features)));
}
