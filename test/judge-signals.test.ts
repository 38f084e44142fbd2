import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/core/articles.ts';
import { AnswerEngine } from '../src/core/engine.ts';
import { judgeProbe, type JudgeFeatures } from '../src/core/judge-model.ts';

// A small article written for these tests: "museum" is its topic word, in most of its sentences.
const TEXT = [
  'The Harbour Museum in Portvale reopened on Saturday after a renovation that cost $12 million, the city council said.',
  'Curator Maren Holt said the museum now shows 340 paintings, twice as many as before the work began in 2021.',
  'The largest gallery of the museum holds a collection of ship models donated by the Ferris family.',
  'Visitors queued for two hours on the first day, and admission to the museum will stay free until the end of March.',
  'The museum shop sells prints, books and model kits.',
  'A cafe on the roof will open in the summer.',
].join('\n');
const engine = new AnswerEngine([parseArticle({ file: 'museum.txt', meta: { id: 'museum', title: 'Harbour Museum reopens' }, text: TEXT })]);

/** What the judge sees of the question's best sentence. */
function seen(question: string): JudgeFeatures {
  let features: JudgeFeatures | undefined;
  judgeProbe.listener = (record) => (features ??= record.features);
  try {
    engine.ask(question);
  } finally {
    judgeProbe.listener = undefined;
  }
  if (!features) throw new Error(`"${question}" did not reach the judge`);
  return features;
}

describe('specificApart: the words that are not the article\'s topic', () => {
  it('given a question whose every word but the topic is in its best sentence, then none of its specific words is apart', () => {
    const features = seen('How much did the renovation of the museum cost?');
    expect(features.specificApart).toBe(0);
    expect(features.topicShare).toBeGreaterThan(0);
  });

  it('given a question whose specific words are written elsewhere in the article, then they count as apart however often the topic word is met', () => {
    expect(seen('Did the Ferris family pay for the renovation?').specificApart).toBeGreaterThan(0);
  });
});

describe('figureBesideAsked: a figure of the kind asked for, beside what is asked about', () => {
  it('given "how many X" and a sentence counting X, then the count is beside what is asked', () => {
    expect(seen('How many paintings does the museum show?').figureBesideAsked).toBe(1);
  });

  it('given "how many X" and a sentence whose count is of something else, then it is not', () => {
    expect(seen('How many sculptures does the museum show now?').figureBesideAsked).toBe(0);
  });

  it('given a question asking for no figure, then it is not', () => {
    expect(seen('Who donated the ship models?').figureBesideAsked).toBe(0);
  });
});

describe('nameReplaced: the passage names someone else where the question names someone', () => {
  it('given a question naming a person the best sentence does not, while it names another, then the name is replaced', () => {
    expect(seen('What did Holt donate to the largest gallery of the museum?').nameReplaced).toBe(1);
  });

  it('given a question whose names are all in its best sentence, then no name is replaced', () => {
    expect(seen('How many paintings does Holt say the museum shows?').nameReplaced).toBe(0);
  });
});
