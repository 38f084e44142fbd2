/**
 * Two linear models over the same features of a candidate sentence: one orders candidates, the
 * other estimates the chance that the best one answers the question. Their weights are learned by
 * `scripts/train-ranker.ts` from reader questions (SQuAD) and written to ranker-model.json; the
 * code here only evaluates them.
 */
import { z } from 'zod';
import shippedModel from './ranker-model.json' with { type: 'json' };
import { QUESTION_SIGNAL_NAMES } from './judge-signals.ts';

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
  /** Share of the names in the question that neither the sentence nor its neighbours hold. */
  namesMissed: number;
}

export const FEATURE_NAMES = ['bm25', 'relativeBm25', 'coverage', 'windowCoverage', 'paragraph', 'kindMatch', 'nameMatch', 'reasonMatch', 'asksKind', 'pairs', 'novelty', 'length', 'missingNames', 'proximity', 'previousCoverage', 'nextCoverage', 'opensParagraph', 'rarestMatched', 'namesMissed'] as const satisfies readonly (keyof CandidateFeatures)[];

export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface LinearModel {
  bias: number;
  weights: Record<FeatureName, number>;
}

export interface RankerModel {
  ranking: LinearModel;
  answerable: LinearModel;
}

const percent = z.number().min(0).max(100);
/** What the model file says of itself: the features it was trained on, where, from what, and how well it did. */
const trainingSchema = z.object({
  /** `git rev-parse HEAD` when it was trained, and whether the tree had uncommitted changes. */
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  dirty: z.boolean(),
  data: z.string().min(1),
  note: z.string().optional(),
  /** The figures the training script printed, all cross-validated by article except `inSampleTop1`. */
  figures: z.object({
    reachable: percent,
    rankingTop1: percent,
    bm25Top1: percent,
    inSampleTop1: percent,
    answerability: z.record(z.string(), z.object({ questions: z.number().int().nonnegative(), right: percent })),
  }),
});
const linearSchema = z.object({ bias: z.number(), weights: z.record(z.string(), z.number()) });
/**
 * The judge (judge-model.ts): its own feature list, weights, threshold and how it was trained. Optional, so
 * that a file without one still loads; the engine then decides with the answerability model.
 */
const judgeSchema = z.object({
  enabled: z.boolean(),
  features: z.array(z.string()),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  threshold: z.number().min(0).max(1),
  /**
   * When present, the judge and the answerability model must both agree: the best sentence answers
   * when each one's log-odds beyond its own threshold is at least this (negative: each is allowed a
   * little below its threshold, as long as the other is too). Absent: the judge alone decides.
   */
  jointMargin: z.number().optional(),
  training: z.object({
    commit: z.string().regex(/^[0-9a-f]{40}$/),
    dirty: z.boolean(),
    data: z.array(z.string().min(1)),
    readerWeight: z.number().nonnegative(),
    note: z.string().optional(),
    /** Cross-validated by article, at the threshold: share of each kind of question judged right. */
    figures: z.record(z.string(), z.object({ questions: z.number().int().nonnegative(), right: percent })),
  }),
});
const modelFileSchema = z.object({ features: z.array(z.string()), training: trainingSchema, ranking: linearSchema, answerable: linearSchema, judge: judgeSchema.optional() });

export type RankerModelFile = RankerModel & z.infer<typeof modelFileSchema>;

/** How the model's feature list differs from the features the code computes, or undefined when they agree. */
function featureMismatch(features: readonly string[], expected: readonly string[] = FEATURE_NAMES): string | undefined {
  const missing = expected.filter((name) => !features.includes(name));
  const extra = features.filter((name) => !expected.includes(name));
  const parts = [missing.length ? `lacks ${missing.join(', ')}` : '', extra.length ? `has ${extra.join(', ')} which the code no longer computes` : ''].filter(Boolean);
  if (!parts.length && features.some((name, i) => name !== expected[i])) parts.push(`lists them in another order (${features.join(', ')})`);
  return parts.length ? parts.join('; ') : undefined;
}

/**
 * Reads a model file, refusing one trained on other features than the code computes: its weights
 * would score the wrong numbers without any error.
 */
export function loadRankerModel(json: unknown, expected: readonly string[] = FEATURE_NAMES, expectedJudge: readonly string[] = [...expected, ...QUESTION_SIGNAL_NAMES]): RankerModelFile {
  const parsed = modelFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`The ranker model (src/core/ranker-model.json) is not valid: ${z.prettifyError(parsed.error)}`);
  const file = parsed.data;
  const problems = [
    featureMismatch(file.features, expected),
    ...(['ranking', 'answerable'] as const).map((part) => {
      const differs = featureMismatch(Object.keys(file[part].weights).sort(), [...expected].sort());
      return differs && `its ${part} weights ${differs}`;
    }),
    ...(file.judge
      ? [featureMismatch(file.judge.features, expectedJudge), featureMismatch(Object.keys(file.judge.weights).sort(), [...expectedJudge].sort())].map((differs, i) => differs && `its judge ${i ? 'weights ' : ''}${differs}`)
      : []),
  ].filter(Boolean);
  if (problems.length) {
    throw new Error(`The ranker model (src/core/ranker-model.json) does not match the features the code computes: it ${problems.join('; ')}. Retrain it with \`npm run train-ranker\`.`);
  }
  return file as RankerModelFile;
}

const trained = loadRankerModel(shippedModel);
/** The shipped model file, checked against the code's features. */
export const shippedRankerModel: RankerModelFile = trained;

export function linear(m: LinearModel, features: CandidateFeatures): number {
  let total = m.bias;
  for (const name of FEATURE_NAMES) total += (m.weights[name] ?? 0) * features[name];
  return total;
}

/**
 * `linear` for one model, written out as a function over its non-zero weights, in the same order:
 * every candidate of every question is scored, and a feature read by a name held in a variable is a
 * lookup by name each time, where `features.bm25` written out is read in place.
 */
function compiled(m: LinearModel): (features: CandidateFeatures) => number {
  const names = FEATURE_NAMES.filter((name) => (m.weights[name] ?? 0) !== 0);
  const weights = names.map((name) => m.weights[name]!);
  const sum = names.map((name, i) => `total += weights[${i}] * features.${name};`).join('\n');
  return new Function('bias', 'weights', `return (features) => {\nlet total = bias;\n${sum}\nreturn total;\n};`)(m.bias, weights) as (features: CandidateFeatures) => number;
}
const rankingLinear = compiled(trained.ranking);
const answerableLinear = compiled(trained.answerable);

export function rankingScore(features: CandidateFeatures): number {
  return rankingLinear(features);
}

export function answerProbability(features: CandidateFeatures): number {
  return 1 / (1 + Math.exp(-answerableLinear(features)));
}
