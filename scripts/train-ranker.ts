/**
 * Learns the ranker's two linear models from SQuAD 1.1 reader questions and writes
 * src/core/ranker-model.json.
 *
 *   npm run train-ranker            (reads bench/data/squad11-dev13.jsonl)
 *   npm run train-ranker -- --dry   (cross-validation figures only, model unchanged)
 *   npm run train-ranker -- --check (the shipped model matches the code's features, and training
 *                                    runs end to end on a small slice, the judge's too; nothing is written)
 *   npm run train-ranker -- --keep-ranking (keeps the shipped ranking weights and learns answerability
 *                                    on the candidates they put first; the note records where they came from)
 *   npm run train-ranker -- --judge (trains only the judge, see judge-training.ts, keeping the
 *                                    ranking and answerability weights; JUDGE_ENABLED=1 or 0 turns it
 *                                    on or off, JUDGE_READER_WEIGHT and WRONG_WEIGHT set its training)
 *
 * Ranking: pairwise logistic regression (a sentence holding the answer should outscore one that
 * does not, for the same question). Answerability: logistic regression separating questions asked
 * of their own article (top sentence right) from questions asked of another article and from
 * questions whose name was swapped for another name of the same article — unanswerable questions
 * that look answerable. Both are cross-validated by article: every figure printed comes from
 * articles the model did not see. The answerability figures are taken at the engine's threshold,
 * also on the reader questions of the benchmark (bench/news and the seed's).
 *
 * The model file records the features it was trained on, the commit and data it was trained from,
 * and the figures printed here, so that a model left behind by a feature change is caught.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadArticles, parseArticle } from '../src/core/articles.ts';
import { ANSWER_THRESHOLD, AnswerEngine } from '../src/core/engine.ts';
import { trainJudge } from './judge-training.ts';
import { FEATURE_NAMES, linear, loadRankerModel, type CandidateFeatures, type LinearModel, type RankerModelFile } from '../src/core/ranker.ts';

const DATA = resolve(process.argv.find((a) => a.endsWith('.jsonl')) ?? 'bench/data/squad11-dev13.jsonl');
const MODEL_PATH = resolve('src/core/ranker-model.json');
const CHECK = process.argv.includes('--check');
const DRY = CHECK || process.argv.includes('--dry');
const JUDGE_ONLY = process.argv.includes('--judge');
const KEEP_RANKING = process.argv.includes('--keep-ranking');
/** The slice `--check` trains on: enough questions for every step to run, few enough to take seconds. */
const CHECK_ARTICLES = 3;
const CHECK_QUESTIONS = 40;
const CHECK_READER_QUESTIONS = 60;
const L2 = 1e-3;
const EPOCHS = 400;
const LEARNING_RATE = 0.3;
const PAIRS_PER_QUESTION = 8;
/**
 * Reader questions about news articles (bench/news, bench/questions/seed.jsonl), answerable or not,
 * are scored by every cross-validated answerability model, and weigh this much in its training
 * (READER_WEIGHT=8 in the environment to try). 0 by default: with weights 2 to 8 they gained 1-4
 * points of cross-validated declines on them, and the engine as a whole declined fewer.
 */
const READER_WEIGHT = Number(process.env.READER_WEIGHT ?? 0);
const READER_SETS = [
  { articles: 'data', questions: 'bench/questions/seed.jsonl' },
  { articles: 'bench/news/articles', questions: 'bench/news/questions.jsonl' },
];

interface SquadArticle {
  id: string;
  title: string;
  paragraphs: string[];
  questions: { id: string; question: string; answers: string[]; para: number }[];
}

interface QuestionSample {
  article: string;
  candidates: { features: CandidateFeatures; correct: boolean }[];
}

interface AnswerableSample {
  article: string;
  features: CandidateFeatures;
  label: 0 | 1;
  kind: 'own' | 'other-article' | 'swapped-name' | 'reader-answerable' | 'reader-unanswerable';
}

function loadSquad(): SquadArticle[] {
  const squad = readFileSync(DATA, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as SquadArticle);
  return CHECK ? squad.slice(0, CHECK_ARTICLES).map((a) => ({ ...a, questions: a.questions.slice(0, CHECK_QUESTIONS) })) : squad;
}

/** The commit the model is trained at, and whether uncommitted changes could make it irreproducible. */
function gitState(): { commit: string; dirty: boolean } {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain', '--untracked-files=no') !== '' };
}

/** With --keep-ranking, where the ranking weights were learned, carried from model to model. */
function keptRankingNote(shipped: RankerModelFile): { note?: string } {
  if (!KEEP_RANKING) return {};
  const from = shipped.training.note?.match(/^Ranking weights kept from .*?\./)?.[0] ?? `Ranking weights kept from the model trained at ${shipped.training.commit.slice(0, 7)}${shipped.training.dirty ? ' with uncommitted changes' : ''}.`;
  return { note: `${from} Answerability trained at this commit on the candidates they rank first.` };
}

const percent = (share: number) => Math.round(1000 * share) / 10;

function vector(f: CandidateFeatures): number[] {
  return FEATURE_NAMES.map((name) => f[name]);
}

function toModel(weights: number[], bias: number): LinearModel {
  return { bias, weights: Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, Math.round(weights[i]! * 1e4) / 1e4])) as LinearModel['weights'] };
}

/** Batch gradient descent on logistic loss with L2; rows are feature vectors, labels 0/1. */
function logistic(raw: number[][], labels: number[], withBias: boolean, sampleWeights?: number[]): { weights: number[]; bias: number } {
  const d = FEATURE_NAMES.length;
  // Standardise columns so one learning rate suits every feature; the weights are mapped back at the end.
  const mean = new Array<number>(d).fill(0);
  const spread = new Array<number>(d).fill(0);
  for (const row of raw) for (let k = 0; k < d; k++) mean[k]! += row[k]! / raw.length;
  if (!withBias) mean.fill(0);
  for (const row of raw) for (let k = 0; k < d; k++) spread[k]! += (row[k]! - mean[k]!) ** 2 / raw.length;
  const scale = spread.map((v) => Math.sqrt(v) || 1);
  const rows = raw.map((row) => row.map((v, k) => (v - mean[k]!) / scale[k]!));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  // Balance classes so the rarer one is not ignored.
  const sampleWeight = (r: number) => sampleWeights?.[r] ?? 1;
  let positives = 0;
  let total = 0;
  labels.forEach((l, r) => {
    total += sampleWeight(r);
    if (l === 1) positives += sampleWeight(r);
  });
  const weightOf = (l: number) => (l === 1 ? total / (2 * Math.max(1, positives)) : total / (2 * Math.max(1, total - positives)));
  let velocity = new Array<number>(d + 1).fill(0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gradient = new Array<number>(d + 1).fill(0);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      let z = withBias ? bias : 0;
      for (let k = 0; k < d; k++) z += weights[k]! * row[k]!;
      const error = (1 / (1 + Math.exp(-z)) - labels[r]!) * weightOf(labels[r]!) * sampleWeight(r);
      for (let k = 0; k < d; k++) gradient[k]! += error * row[k]!;
      gradient[d]! += error;
    }
    velocity = velocity.map((v, k) => 0.9 * v + (gradient[k]! / total + (k < d ? L2 * weights[k]! : 0)));
    for (let k = 0; k < d; k++) weights[k]! -= LEARNING_RATE * velocity[k]!;
    if (withBias) bias -= LEARNING_RATE * velocity[d]!;
  }
  const original = weights.map((w, k) => w / scale[k]!);
  return { weights: original, bias: bias - original.reduce((sum, w, k) => sum + w * mean[k]!, 0) };
}

function trainRanking(samples: QuestionSample[]): LinearModel {
  const rows: number[][] = [];
  const labels: number[] = [];
  let flip = false;
  for (const sample of samples) {
    const good = sample.candidates.filter((c) => c.correct);
    const bad = sample.candidates.filter((c) => !c.correct).slice(0, PAIRS_PER_QUESTION);
    if (!good.length || !bad.length) continue;
    for (const negative of bad) {
      const difference = vector(good[0]!.features).map((v, k) => v - vector(negative.features)[k]!);
      // Present each pair in both orders' worth of sign so the model has no bias to learn.
      flip = !flip;
      rows.push(flip ? difference : difference.map((v) => -v));
      labels.push(flip ? 1 : 0);
    }
  }
  const { weights } = logistic(rows, labels, false);
  return toModel(weights, 0);
}

function trainAnswerable(all: AnswerableSample[]): LinearModel {
  const samples = READER_WEIGHT > 0 ? all : all.filter((s) => !s.kind.startsWith('reader'));
  const { weights, bias } = logistic(samples.map((s) => vector(s.features)), samples.map((s) => s.label), true, samples.map((s) => (s.kind.startsWith('reader') ? READER_WEIGHT : 1)));
  return toModel(weights, Math.round(bias * 1e4) / 1e4);
}

function topOneRate(samples: QuestionSample[], model: LinearModel): number {
  let right = 0;
  for (const sample of samples) {
    let best: { score: number; correct: boolean } | undefined;
    for (const c of sample.candidates) {
      const score = linear(model, c.features);
      if (!best || score > best.score) best = { score, correct: c.correct };
    }
    if (best?.correct) right++;
  }
  return right / samples.length;
}

/** Deterministic pseudo-random choice so every run trains on the same samples. */
function pick<T>(items: T[], seed: number): T {
  return items[Math.abs(Math.imul(seed, 2654435761)) % items.length]!;
}

interface ReaderQuestion {
  article?: string;
  question: string;
  sentences?: number[];
  paragraphs?: number[];
}

/** The top candidate of every reader question, labelled answerable (and ranked right) or not; wrong-ranked ones are left out. */
async function readerSamples(ranking: LinearModel): Promise<AnswerableSample[]> {
  const samples: AnswerableSample[] = [];
  for (const set of READER_SETS) {
    const { articles } = await loadArticles(resolve(set.articles));
    const engine = new AnswerEngine(articles);
    const questions = readFileSync(resolve(set.questions), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as ReaderQuestion).slice(0, CHECK ? CHECK_READER_QUESTIONS : undefined);
    for (const q of questions) {
      const article = q.article ?? articles[0]!.id;
      const top = engine
        .candidates(q.question, article)
        .reduce<ReturnType<AnswerEngine['candidates']>[number] | undefined>((best, c) => (!best || linear(ranking, c.features) > linear(ranking, best.features) ? c : best), undefined);
      if (!top) continue;
      const wanted = [...(q.sentences ?? []), ...(q.paragraphs ?? [])];
      if (wanted.length === 0) samples.push({ article, features: top.features, label: 0, kind: 'reader-unanswerable' });
      else if (q.sentences?.includes(top.sentence.index) || q.paragraphs?.includes(top.sentence.paragraph)) {
        samples.push({ article, features: top.features, label: 1, kind: 'reader-answerable' });
      }
    }
  }
  return samples;
}

async function main(): Promise<void> {
  // Importing the ranker has already refused a model whose features disagree with the code's.
  const shipped = loadRankerModel(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
  console.log(`shipped model: ${shipped.features.length} features, as the code computes them; trained at ${shipped.training.commit.slice(0, 7)}${shipped.training.dirty ? ' (with uncommitted changes)' : ''} on ${shipped.training.data}`);
  if (shipped.judge) console.log(`shipped judge: ${shipped.judge.features.length} features, ${shipped.judge.enabled ? `threshold ${shipped.judge.threshold}` : 'disabled'}`);
  if (JUDGE_ONLY || CHECK) {
    const judge = await trainJudge({ check: CHECK });
    // JUDGE_ENABLED=1 or 0 turns the judge on or off; otherwise it stays as the shipped file has it.
    const enabled = process.env.JUDGE_ENABLED ? process.env.JUDGE_ENABLED === '1' : (shipped.judge?.enabled ?? false);
    const withJudge = { ...shipped, judge: { ...judge, enabled } };
    loadRankerModel(withJudge);
    console.log(JSON.stringify({ judge: { bias: judge.bias, threshold: judge.threshold, weights: judge.weights } }));
    if (!DRY) writeFileSync(MODEL_PATH, `${JSON.stringify(withJudge, null, 2)}\n`);
    if (JUDGE_ONLY) return;
  }
  const squad = loadSquad();
  const articles = squad.map((a) => parseArticle({ file: `${a.id}.txt`, text: a.paragraphs.join('\n'), meta: { id: a.id, title: a.title } }));
  const engine = new AnswerEngine(articles);
  const rankingSamples: QuestionSample[] = [];
  const answerableSamples: AnswerableSample[] = [];
  const unanswerable: { article: string; candidates: CandidateFeatures[]; kind: AnswerableSample['kind'] }[] = [];

  squad.forEach((source, a) => {
    const article = articles[a]!;
    const names = [...new Set(article.text.match(/\b\p{Lu}\p{Ll}{2,}\b/gu) ?? [])];
    source.questions.forEach((q, n) => {
      const answers = q.answers.map((x) => x.toLowerCase());
      // Ordered by BM25, not by the model in use, so that training does not depend on the model it replaces.
      const candidates = engine
        .candidates(q.question, article.id)
        .sort((x, y) => y.features.bm25 - x.features.bm25 || x.sentence.index - y.sentence.index)
        .map((c) => ({ features: c.features, correct: answers.some((x) => c.sentence.text.toLowerCase().includes(x)) }));
      rankingSamples.push({ article: article.id, candidates });
      if (n % 3 === 0) {
        const other = squad[(a + 1 + (n % (squad.length - 1))) % squad.length]!;
        const question = pick(other.questions, n).question;
        unanswerable.push({ article: article.id, candidates: engine.candidates(question, article.id).map((c) => c.features), kind: 'other-article' });
      }
      const ownName = q.question.match(/(?<=\s)\p{Lu}\p{Ll}{2,}\b/u)?.[0];
      if (ownName && n % 2 === 0) {
        const replacement = pick(names.filter((x) => x !== ownName && !source.paragraphs[q.para]!.includes(x)), n + 7);
        if (replacement) {
          const swapped = q.question.replace(ownName, replacement);
          unanswerable.push({ article: article.id, candidates: engine.candidates(swapped, article.id).map((c) => c.features), kind: 'swapped-name' });
        }
      }
    });
  });

  // Cross-validation by article for the ranking model.
  const ids = articles.map((a) => a.id);
  let cvRight = 0;
  const baselineModel: LinearModel = toModel(FEATURE_NAMES.map((n) => (n === 'bm25' ? 1 : 0)), 0);
  for (const held of ids) {
    const model = trainRanking(rankingSamples.filter((s) => s.article !== held));
    const test = rankingSamples.filter((s) => s.article === held);
    cvRight += topOneRate(test, model) * test.length;
  }
  // Retraining the ranking moves near ties between sentences without changing its cross-validated top-1.
  const ranking = KEEP_RANKING ? shipped.ranking : trainRanking(rankingSamples);
  const figures: RankerModelFile['training']['figures'] = {
    reachable: percent(rankingSamples.filter((s) => s.candidates.some((c) => c.correct)).length / rankingSamples.length),
    rankingTop1: percent(cvRight / rankingSamples.length),
    bm25Top1: percent(topOneRate(rankingSamples, baselineModel)),
    inSampleTop1: percent(topOneRate(rankingSamples, ranking)),
    answerability: {},
  };
  console.log(`questions with a right sentence among the candidates: ${figures.reachable.toFixed(1)}%`);
  console.log(`ranking top-1 (cross-validated by article): ${figures.rankingTop1.toFixed(1)}%  | BM25 alone on the same candidates: ${figures.bm25Top1.toFixed(1)}%  | trained on all, in-sample: ${figures.inSampleTop1.toFixed(1)}%`);

  // Answerability: negatives are the top sentence (under the new ranking model) of questions the
  // article cannot answer; positives are own-article questions whose top sentence is right.
  for (const { article, candidates, kind } of unanswerable) {
    const top = candidates.reduce<CandidateFeatures | undefined>((best, c) => (!best || linear(ranking, c) > linear(ranking, best) ? c : best), undefined);
    if (top) answerableSamples.push({ article, features: top, label: 0, kind });
  }
  for (const sample of rankingSamples) {
    let best: { score: number; c: QuestionSample['candidates'][number] } | undefined;
    for (const c of sample.candidates) {
      const score = linear(ranking, c.features);
      if (!best || score > best.score) best = { score, c };
    }
    if (best?.c.correct) answerableSamples.push({ article: sample.article, features: best.c.features, label: 1, kind: 'own' });
  }
  answerableSamples.push(...(await readerSamples(ranking)));
  const tally = new Map<string, { right: number; total: number }>();
  for (const held of new Set(answerableSamples.map((sample) => sample.article))) {
    const model = trainAnswerable(answerableSamples.filter((s) => s.article !== held));
    for (const s of answerableSamples.filter((x) => x.article === held)) {
      const said = 1 / (1 + Math.exp(-linear(model, s.features))) >= ANSWER_THRESHOLD ? 1 : 0;
      const t = tally.get(s.kind) ?? { right: 0, total: 0 };
      t.total++;
      if (said === s.label) t.right++;
      tally.set(s.kind, t);
    }
  }
  for (const [kind, t] of tally) {
    figures.answerability[kind] = { questions: t.total, right: percent(t.right / t.total) };
    console.log(`answerability, ${kind} (${t.total}): ${figures.answerability[kind].right.toFixed(1)}% ${t.total && answerableSamples.find((x) => x.kind === kind)?.label ? 'answered' : 'declined'} (cross-validated by article)`);
  }
  const answerable = trainAnswerable(answerableSamples);
  // The judge is trained on its own (--judge) and kept as it is.
  const model = { features: [...FEATURE_NAMES], training: { ...gitState(), data: relative(process.cwd(), DATA), ...keptRankingNote(shipped), figures }, ranking, answerable, ...(shipped.judge ? { judge: shipped.judge } : {}) };
  // What is written must load: the same check the engine makes at start.
  loadRankerModel(model);
  console.log(JSON.stringify({ ranking, answerable }));
  if (!DRY) writeFileSync(MODEL_PATH, `${JSON.stringify(model, null, 2)}\n`);
  if (CHECK) console.log('check passed: the shipped model matches the features, and training ran end to end on a small slice');
}

await main();
