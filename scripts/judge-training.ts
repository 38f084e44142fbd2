/**
 * Trains the judge (src/core/judge-model.ts): logistic regression over the best sentence's features and
 * the question's signals, separating questions whose best sentence answers them from questions the
 * article cannot answer. Run through `npm run train-ranker -- --judge` (see train-ranker.ts).
 *
 * Examples are what the engine's judge actually sees: each question is asked of its article, and
 * the features recorded at the point where the judge decides (questions a rule declined before it
 * never reach it, and are only counted). Answerable: SQuAD questions whose best sentence holds the
 * answer, and the benchmark's reader questions (bench/news, the seed's) whose best sentence is one
 * of those marked. Unanswerable: questions written by scripts/unanswerables.ts from the SQuAD
 * questions, and the reader questions with no answer. Questions whose best sentence is wrong are
 * left out: declining them is neither right nor wrong for the judge.
 *
 * Cross-validated by article: each article's questions are judged by a model trained without
 * that article, and the threshold is chosen on those held-out probabilities — the highest that
 * keeps as many answerable questions of each kind (SQuAD's, readers') as the older answerability
 * model did, so that answers that were right stay answered. JUDGE_DUMP=file.json writes every
 * example with its held-out probability, to study other thresholds.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadArticles, parseArticle } from '../src/core/articles.ts';
import { ANSWER_THRESHOLD, AnswerEngine } from '../src/core/engine.ts';
import { JUDGE_FEATURE_NAMES, judgeProbability, judgeProbe, judgeVerdict, type JudgeFeatures, type JudgeModel } from '../src/core/judge-model.ts';
import { GATES } from '../src/core/pipeline/gates.ts';
import { answerProbability, type RankerModelFile } from '../src/core/ranker.ts';
import type { Article } from '../src/core/types.ts';
import { squadSources, writeUnanswerables, type UnanswerableKind } from './unanswerables.ts';

const SQUAD = 'bench/data/squad11-dev13.jsonl';
/**
 * Reader questions: the seed's and bench/news (partly written with the engine), and bench/train,
 * written by people who never saw it, whose unanswerable questions say what kind they are ("near" a
 * detail, a swapped name, a changed number, a negation, a wrong detail; or "off" the topic).
 */
const READER_SETS = [
  { name: 'seed', articles: 'data', questions: 'bench/questions/seed.jsonl' },
  { name: 'news', articles: 'bench/news/articles', questions: 'bench/news/questions.jsonl' },
  { name: 'train', articles: 'bench/train/articles', questions: 'bench/train/questions.jsonl' },
];
const L2 = 1e-3;
const EPOCHS = 300;
const LEARNING_RATE = 0.3;
/** One written unanswerable question in this many of each kind: enough of every kind, in a minute. */
const UNANSWERABLE_EVERY = 2;

type Kind = 'own' | 'own-wrong' | 'reader-answerable' | 'reader-wrong' | 'reader-unanswerable' | UnanswerableKind;
/** Answerable questions whose best sentence is wrong weigh this much as examples to decline (WRONG_WEIGHT=0 leaves them out). */
const WRONG_WEIGHT = Number(process.env.WRONG_WEIGHT ?? 0);

interface Sample {
  group: string;
  features: JudgeFeatures;
  label: 0 | 1;
  kind: Kind;
  /** What the older answerability model said of the same best sentence. */
  before: boolean;
  weight: number;
  /** For a reader question: its set and what kind it is ("train: near swapped-name", "news: answerable"), to report each apart. */
  detail?: string;
}

interface ReaderQuestion {
  article?: string;
  question: string;
  sentences?: number[];
  paragraphs?: number[];
  /** bench/train's: ["near", kind] or ["off"] for an unanswerable question. */
  tags?: string[];
}

/** What kind of reader question it is, for the figures: answerable, or the kind of unanswerable one its tags name. */
function readerDetail(set: string, q: ReaderQuestion, answerable: boolean): string {
  if (answerable) return `${set}: answerable`;
  const [where, kind] = q.tags ?? [];
  return where === 'near' || where === 'off' ? `${set}: ${[where, kind].filter(Boolean).join(' ')}` : `${set}: unanswerable`;
}

/**
 * How much each reader question weighs against a SQuAD one (JUDGE_READER_WEIGHT in the environment
 * to try others). Tried 0, 2, 4 and 8: 4 gave the most cross-validated declines of written and
 * reader unanswerable questions at the threshold that keeps answerable ones.
 */
const READER_WEIGHT = Number(process.env.JUDGE_READER_WEIGHT ?? 4);

export interface JudgeOptions {
  /** Train on a small slice, to check that every step runs. */
  check?: boolean;
}

/** The gates that read the answer the judge lets through: they run after it. */
const AFTER_JUDGE: ReadonlySet<string> = new Set(GATES.filter((gate) => gate.stage === 'answer').map((gate) => gate.id));

/**
 * Asks the question and returns what the judge saw, or undefined when a rule decided without it:
 * before it, or after it whatever it says (the judge's passage declined by an answer's gate, as
 * "How old is X?" by a sentence giving no age). A judge trained on those would spend its weights on
 * questions it does not decide.
 */
function seen(engine: AnswerEngine, question: string, article: string): { record: { sentence: number; features: JudgeFeatures } | undefined; declined: boolean } {
  let record: { sentence: number; features: JudgeFeatures } | undefined;
  judgeProbe.listener = (r) => {
    record ??= { sentence: r.sentence, features: r.features };
  };
  judgeProbe.passAlways = true;
  let answer;
  try {
    answer = engine.ask(question, { article });
  } finally {
    judgeProbe.listener = undefined;
    judgeProbe.passAlways = false;
  }
  const moot = answer.reasonCode !== undefined && AFTER_JUDGE.has(answer.reasonCode);
  return { record: moot ? undefined : record, declined: !answer.answered };
}

/**
 * Features the judge does not weigh (their weight is 0): they tell SQuAD's long paragraphs from news
 * articles' one-sentence ones more than an answer from a non-answer, so a judge weighing them would
 * be calibrated for one kind of article only. Leaving them out gained 1 point of held-out declines of
 * reader questions (JUDGE_UNWEIGHED= in the environment, comma-separated, to try others; empty: none).
 */
const UNWEIGHED: ReadonlySet<string> = new Set((process.env.JUDGE_UNWEIGHED ?? 'opensParagraph,previousCoverage,nextCoverage').split(',').filter(Boolean));
const vector = (f: JudgeFeatures) => JUDGE_FEATURE_NAMES.map((name) => (UNWEIGHED.has(name) ? 0 : f[name]));

/** Batch gradient descent on class-balanced, weighted logistic loss with L2, over standardised columns. */
export function fitLogistic(raw: number[][], labels: number[], sampleWeights: number[]): { weights: number[]; bias: number } {
  const d = raw[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const spread = new Array<number>(d).fill(0);
  for (const row of raw) for (let k = 0; k < d; k++) mean[k]! += row[k]! / raw.length;
  for (const row of raw) for (let k = 0; k < d; k++) spread[k]! += (row[k]! - mean[k]!) ** 2 / raw.length;
  const scale = spread.map((v) => Math.sqrt(v) || 1);
  const rows = raw.map((row) => row.map((v, k) => (v - mean[k]!) / scale[k]!));
  let positives = 0;
  let total = 0;
  labels.forEach((l, r) => {
    total += sampleWeights[r]!;
    if (l === 1) positives += sampleWeights[r]!;
  });
  const classWeight = (l: number) => (l === 1 ? total / (2 * Math.max(1e-9, positives)) : total / (2 * Math.max(1e-9, total - positives)));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  let velocity = new Array<number>(d + 1).fill(0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gradient = new Array<number>(d + 1).fill(0);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      let z = bias;
      for (let k = 0; k < d; k++) z += weights[k]! * row[k]!;
      const error = (1 / (1 + Math.exp(-z)) - labels[r]!) * classWeight(labels[r]!) * sampleWeights[r]!;
      for (let k = 0; k < d; k++) gradient[k]! += error * row[k]!;
      gradient[d]! += error;
    }
    velocity = velocity.map((v, k) => 0.9 * v + (gradient[k]! / total + (k < d ? L2 * weights[k]! : 0)));
    for (let k = 0; k < d; k++) weights[k]! -= LEARNING_RATE * velocity[k]!;
    bias -= LEARNING_RATE * velocity[d]!;
  }
  const original = weights.map((w, k) => w / scale[k]!);
  return { weights: original, bias: bias - original.reduce((sum, w, k) => sum + w * mean[k]!, 0) };
}

function train(samples: Sample[]): JudgeModel {
  const { weights, bias } = fitLogistic(
    samples.map((s) => vector(s.features)),
    samples.map((s) => s.label),
    samples.map((s) => s.weight),
  );
  return { bias: Math.round(bias * 1e4) / 1e4, weights: Object.fromEntries(JUDGE_FEATURE_NAMES.map((name, i) => [name, Math.round(weights[i]! * 1e4) / 1e4])), threshold: 0.5 };
}

/** Of each kind of question: how many were asked, decided by a rule without the judge, and declined by one. */
type RuleCounts = Map<string, { total: number; decided: number; declined: number }>;

async function collect(options: JudgeOptions): Promise<{ samples: Sample[]; declinedByRules: RuleCounts }> {
  const readerWeight = READER_WEIGHT;
  const samples: Sample[] = [];
  const declinedByRules: RuleCounts = new Map();
  const count = (kinds: string[], { record, declined }: ReturnType<typeof seen>) => {
    for (const kind of kinds) {
      const t = declinedByRules.get(kind) ?? { total: 0, decided: 0, declined: 0 };
      t.total++;
      if (!record) t.decided++;
      if (!record && declined) t.declined++;
      declinedByRules.set(kind, t);
    }
  };
  const push = (group: string, features: JudgeFeatures, label: 0 | 1, kind: Kind, weight: number, detail?: string) =>
    samples.push({ group, features, label, kind, weight, before: answerProbability(features) >= ANSWER_THRESHOLD, ...(detail ? { detail } : {}) });

  let sources = squadSources(SQUAD);
  if (options.check) sources = sources.slice(0, 3).map((s) => ({ ...s, questions: s.questions.slice(0, 30) }));
  const squadLines = readFileSync(resolve(SQUAD), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; title: string; paragraphs: string[]; questions: { question: string; answers: string[] }[] });
  const articles = sources.map((s) => {
    const squad = squadLines.find((a) => a.id === s.id)!;
    return parseArticle({ file: `${s.id}.txt`, text: squad.paragraphs.join('\n'), meta: { id: s.id, title: squad.title } });
  });
  const engine = new AnswerEngine(articles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  sources.forEach((source) => {
    const answers = new Map(squadLines.find((a) => a.id === source.id)!.questions.map((q) => [q.question, q.answers.map((x) => x.toLowerCase())]));
    for (const q of source.questions) {
      const asked = seen(engine, q.question, source.id);
      const { record } = asked;
      count(['own'], asked);
      if (!record) continue;
      const text = byId.get(source.id)!.sentences[record.sentence]!.text.toLowerCase();
      if ((answers.get(q.question) ?? []).some((x) => text.includes(x))) push(source.id, record.features, 1, 'own', 1);
      else push(source.id, record.features, 0, 'own-wrong', WRONG_WEIGHT);
    }
  });
  for (const written of writeUnanswerables(sources, UNANSWERABLE_EVERY)) {
    const asked = seen(engine, written.question, written.article);
    const { record } = asked;
    count([written.kind], asked);
    if (record) push(written.article, record.features, 0, written.kind, 1);
  }
  for (const set of READER_SETS) {
    const { articles: readerArticles } = await loadArticles(resolve(set.articles));
    const readerEngine = new AnswerEngine(readerArticles);
    const questions = readFileSync(resolve(set.questions), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ReaderQuestion)
      .slice(0, options.check ? 40 : undefined);
    for (const q of questions) {
      const article: Article = readerArticles.find((a) => a.id === (q.article ?? readerArticles[0]!.id))!;
      const asked = seen(readerEngine, q.question, article.id);
      const { record } = asked;
      const answerable = Boolean(q.sentences?.length || q.paragraphs?.length);
      const kind: Kind = answerable ? 'reader-answerable' : 'reader-unanswerable';
      const detail = readerDetail(set.name, q, answerable);
      count([kind, detail], asked);
      if (!record) continue;
      const sentence = article.sentences[record.sentence]!;
      if (!answerable) push(`reader:${article.id}`, record.features, 0, kind, readerWeight, detail);
      else if (q.sentences?.includes(sentence.index) || q.paragraphs?.includes(sentence.paragraph)) push(`reader:${article.id}`, record.features, 1, kind, readerWeight, detail);
      else push(`reader:${article.id}`, record.features, 0, 'reader-wrong', readerWeight * WRONG_WEIGHT);
    }
  }
  return { samples, declinedByRules };
}

const percent = (share: number) => Math.round(1000 * share) / 10;

/**
 * The held-out probability of every sample (a model per article, trained without it), the
 * threshold chosen on them, and the share of each kind judged right at that threshold.
 */
interface Verdicts {
  threshold: number;
  jointMargin?: number;
  figures: Record<string, { questions: number; right: number }>;
  /** The same for each kind of reader question (its set, and what kind of unanswerable question it is). */
  details: Record<string, { questions: number; right: number }>;
}

/**
 * The held-out probability of every sample (a model per article, trained without it), and two
 * ways to decide from it, each with its setting chosen on those probabilities: the judge alone
 * (the highest threshold that keeps, of each kind of answerable question, as many as the older
 * answerability model did), and the judge with that model (both must pass, by the highest margin
 * keeping as many).
 */
function crossValidate(samples: Sample[]): { alone: Verdicts; joint: Verdicts; before: Verdicts['figures']; beforeDetails: Verdicts['details'] } {
  const trainable = samples.filter((s) => s.weight > 0);
  const held = new Map<Sample, number>();
  for (const group of new Set(samples.map((s) => s.group))) {
    const model = train(trainable.filter((s) => s.group !== group));
    for (const s of samples.filter((x) => x.group === group)) held.set(s, judgeProbability(model, s.features));
  }
  if (process.env.JUDGE_DUMP) {
    writeFileSync(process.env.JUDGE_DUMP, JSON.stringify(samples.map((s) => ({ kind: s.kind, group: s.group, label: s.label, held: held.get(s), old: answerProbability(s.features), features: s.features }))));
  }
  const positiveKinds = [...new Set(samples.filter((s) => s.label === 1).map((s) => s.kind))];
  const keeps = (said: (s: Sample) => boolean) =>
    positiveKinds.every((kind) => {
      const ofKind = samples.filter((s) => s.kind === kind);
      return ofKind.filter(said).length >= ofKind.filter((s) => s.before).length;
    });
  const tallyBy = (key: (s: Sample) => string | undefined) => (said: (s: Sample) => boolean) => {
    const out: Verdicts['figures'] = {};
    for (const k of new Set(samples.map(key))) {
      if (k === undefined) continue;
      const ofKind = samples.filter((s) => key(s) === k);
      out[k] = { questions: ofKind.length, right: percent(ofKind.filter((s) => (said(s) ? 1 : 0) === s.label).length / ofKind.length) };
    }
    return out;
  };
  const tally = tallyBy((s) => s.kind);
  const tallyDetails = tallyBy((s) => s.detail);
  // The older model kept this many answerable questions of each kind (SQuAD's, readers'): the judge must keep as many of each.
  const thresholds = [...new Set([...held.values()].map((p) => Math.round(p * 1000) / 1000))].sort((a, b) => b - a);
  const threshold = thresholds.find((t) => keeps((s) => held.get(s)! >= t)) ?? 0;
  const margins = Array.from({ length: 201 }, (_, i) => Math.round((2 - i * 0.02) * 100) / 100);
  const joint = (m: number) => (s: Sample) => judgeVerdict({ bias: 0, weights: {}, threshold, jointMargin: m }, held.get(s)!, answerProbability(s.features), ANSWER_THRESHOLD);
  const jointMargin = margins.find((m) => keeps(joint(m))) ?? -2;
  const alone = (s: Sample) => held.get(s)! >= threshold;
  return {
    alone: { threshold, figures: tally(alone), details: tallyDetails(alone) },
    joint: { threshold, jointMargin, figures: tally(joint(jointMargin)), details: tallyDetails(joint(jointMargin)) },
    before: tally((s) => s.before),
    beforeDetails: tallyDetails((s) => s.before),
  };
}

/** Trains the judge and returns the model file's judge section, printing cross-validated figures. */
export async function trainJudge(options: JudgeOptions = {}): Promise<NonNullable<RankerModelFile['judge']>> {
  const readerWeight = READER_WEIGHT;
  const { samples, declinedByRules } = await collect(options);
  for (const [kind, t] of declinedByRules) if (!kind.includes(':')) console.log(`judge: ${kind}: ${t.total} asked, ${percent(t.decided / t.total)}% decided by a rule, before the judge or after it whatever it says`);
  const { alone, joint, before, beforeDetails } = crossValidate(samples);
  // The way that declines more of the unanswerable questions, readers' first, while keeping the answerable ones.
  const declines = (v: Verdicts) => [v.figures['reader-unanswerable']?.right ?? 0, Object.entries(v.figures).reduce((sum, [kind, f]) => sum + (samples.find((s) => s.kind === kind)?.label ? 0 : (f.right * f.questions) / 100), 0)];
  const [a, j] = [declines(alone), declines(joint)];
  const chosen = j[0]! > a[0]! || (j[0] === a[0] && j[1]! > a[1]!) ? joint : alone;
  console.log(`judge: threshold chosen by cross-validation: ${alone.threshold}; joint margin with the answerability model: ${joint.jointMargin}; deciding ${chosen === joint ? 'jointly' : 'alone'}`);
  for (const kind of Object.keys(before)) {
    const verb = samples.find((s) => s.kind === kind)?.label ? 'answered' : 'declined';
    console.log(`judge: ${kind} (${before[kind]!.questions}): ${verb} ${alone.figures[kind]!.right.toFixed(1)}% alone, ${joint.figures[kind]!.right.toFixed(1)}% jointly, ${before[kind]!.right.toFixed(1)}% by the answerability model (cross-validated by article)`);
  }
  // Each kind of reader question: an unanswerable kind end to end (the rules' declines, then the held-out
  // judge's among those it decides); an answerable one by what the judge keeps of those whose best sentence is right.
  for (const [detail, t] of [...declinedByRules].filter(([kind]) => kind.includes(':'))) {
    const judged = chosen.details[detail];
    const reach = judged?.questions ?? 0;
    if (detail.endsWith(': answerable')) {
      console.log(`judge: ${detail} (${t.total}): ${percent(t.declined / t.total)}% declined by a rule; of ${reach} whose best sentence is right, answered ${judged?.right ?? 0}% (${beforeDetails[detail]?.right ?? 0}% by the answerability model), cross-validated by article`);
      continue;
    }
    const endToEnd = (right = 0) => percent((t.declined + (right * reach) / 100) / t.total);
    console.log(`judge: ${detail} (${t.total}): ${percent(t.declined / t.total)}% declined by a rule, ${reach} reach the judge; declined in all ${endToEnd(judged?.right)}% (${endToEnd(beforeDetails[detail]?.right)}% by the answerability model), cross-validated by article`);
  }
  const figures = chosen.figures;
  const threshold = chosen.threshold;
  const model = train(samples.filter((s) => s.weight > 0));
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  return {
    enabled: true,
    features: [...JUDGE_FEATURE_NAMES],
    bias: model.bias,
    weights: model.weights,
    threshold,
    ...(chosen.jointMargin === undefined ? {} : { jointMargin: chosen.jointMargin }),
    training: {
      commit: git('rev-parse', 'HEAD'),
      dirty: git('status', '--porcelain', '--untracked-files=no') !== '',
      data: [SQUAD, ...READER_SETS.map((s) => s.questions)],
      readerWeight,
      figures,
    },
  };
}
