/**
 * The judge: whether the best sentence answers the question, from its features (ranker.ts) and the
 * question's signals (judge-signals.ts), by a logistic model learned by `npm run train-ranker` and
 * kept in ranker-model.json beside the ranker's. Cross-validated by article, on SQuAD questions,
 * written unanswerable ones (scripts/unanswerables.ts) and the benchmark's reader questions. While
 * the file's judge is missing or disabled, the older answerability model decides alone.
 */
import { answerProbability, FEATURE_NAMES, shippedRankerModel, type CandidateFeatures } from './ranker.ts';
import { QUESTION_SIGNAL_NAMES, questionSignals, type JudgedCandidate, type QuestionSignals } from './judge-signals.ts';
import type { AnalysedQuestion } from './question.ts';
import type { ResolvedWord } from './resolve.ts';

/** The judge's features, in order: the best sentence's, then the question's. */
export const JUDGE_FEATURE_NAMES = [...FEATURE_NAMES, ...QUESTION_SIGNAL_NAMES] as const;
export type JudgeFeatureName = (typeof JUDGE_FEATURE_NAMES)[number];
export type JudgeFeatures = CandidateFeatures & QuestionSignals;

/** What the judge saw, for training: the question's best sentence and its features. */
export interface JudgeRecord {
  article: string;
  sentence: number;
  features: JudgeFeatures;
}

/**
 * Training listens here to collect what the judge sees; the engine never sets it. With `passAlways`,
 * every passage the judge sees is passed on, so that training learns which questions a rule after
 * the judge (the answer's gates) declines whatever the judge says.
 */
export const judgeProbe: { listener?: ((record: JudgeRecord) => void) | undefined; passAlways?: boolean } = {};

export function judgeFeatures(question: AnalysedQuestion, resolved: readonly ResolvedWord[], best: JudgedCandidate, candidates: readonly JudgedCandidate[]): JudgeFeatures {
  return { ...best.features, ...questionSignals(question, resolved, best, candidates) };
}

export interface JudgeModel {
  bias: number;
  weights: Record<string, number>;
  threshold: number;
  jointMargin?: number | undefined;
}

export function judgeProbability(model: JudgeModel, features: JudgeFeatures): number {
  let total = model.bias;
  for (const name of JUDGE_FEATURE_NAMES) total += (model.weights[name] ?? 0) * features[name];
  return 1 / (1 + Math.exp(-total));
}

const logOdds = (p: number) => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12));

/**
 * The judge's verdict from its probability and the answerability model's: the judge alone, or (with
 * a joint margin) both beyond their thresholds by at least the margin, in log-odds.
 */
export function judgeVerdict(model: JudgeModel, judged: number, answerability: number, answerabilityThreshold: number): boolean {
  if (model.jointMargin === undefined) return judged >= model.threshold;
  return Math.min(logOdds(judged) - logOdds(model.threshold), logOdds(answerability) - logOdds(answerabilityThreshold)) >= model.jointMargin;
}

const shippedJudge = shippedRankerModel.judge?.enabled ? shippedRankerModel.judge : undefined;

/**
 * Whether the best candidate answers: the judge's verdict (see judgeVerdict), or (judge disabled)
 * the answerability model's probability against `fallbackThreshold`.
 */
export function judgeAnswers(question: AnalysedQuestion, resolved: readonly ResolvedWord[], best: JudgedCandidate, candidates: readonly JudgedCandidate[], fallbackThreshold: number): boolean {
  const listener = judgeProbe.listener;
  if (!shippedJudge && !listener) return answerProbability(best.features) >= fallbackThreshold;
  const features = judgeFeatures(question, resolved, best, candidates);
  listener?.({ article: best.index.article.id, sentence: best.id, features });
  if (listener && judgeProbe.passAlways) return true;
  const answerability = answerProbability(best.features);
  return shippedJudge ? judgeVerdict(shippedJudge, judgeProbability(shippedJudge, features), answerability, fallbackThreshold) : answerability >= fallbackThreshold;
}
