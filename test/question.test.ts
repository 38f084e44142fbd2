import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../src/core/question.ts';
import { termOf } from '../src/core/terms.ts';

describe('analyseQuestion', () => {
  it.each([
    ['How many fighters are held?', 'count'],
    ['How much aid did the US announce?', 'amount'],
    ['How old are the fighters?', 'age'],
    ['When did the meeting start?', 'time'],
    ['What time did the quake strike?', 'time'],
    ['How fast were the winds?', 'measure'],
    ['Who is holding the fighters?', 'person'],
    ['Where was the meeting held?', 'place'],
    ['Why are countries reluctant?', 'reason'],
    ['What did Blinken say?', 'other'],
    ['Until when should the fight go on?', 'other'],
  ])('given "%s", then the kind of answer wanted is %s', (question, kind) => {
    expect(analyseQuestion(question).kind).toBe(kind);
  });

  it.each([
    ['How many ISIS fighters are held in Syria?', 'fighters'],
    ['How many new cops will be hired?', 'cops'],
    ['How many PG&E customers lost power?', 'customers'],
    ['How many jobs wil construction creat?', 'jobs'],
    ['How many children were freed?', 'children'],
    ['How many people fled the city?', 'people'],
  ])('given "%s", then what is counted is "%s"', (question, noun) => {
    expect(analyseQuestion(question).counted).toBe(termOf(noun));
  });

  it.each([
    ["What is Superintendent Hale's salary?", ['salary']],
    ['What is the new revenue outlook for the year?', ['new', 'revenue', 'outlook']],
    ['What is the company worth now?', ['company', 'worth']],
    ['What is the capital of Niger?', ['capital']],
  ])('given "%s", then what it asks for is %j', (question, words) => {
    expect(analyseQuestion(question).attribute).toEqual(words.map((w) => termOf(w)));
  });

  it('given "what is" followed by a name or a noun naming the kind of answer, or another form of question, then nothing is singled out', () => {
    for (const question of ["What is Antony Blinken's job?", 'What is the name of the dentist?', 'What is EPS?', 'How much is the salary?']) {
      expect(analyseQuestion(question).attribute).toBeUndefined();
    }
  });

  it('given "what city", then the noun naming the kind of answer is marked as such, not as something to match', () => {
    const { words } = analyseQuestion('What city hosted the meeting?');
    expect(words.find((w) => w.raw === 'city')).toMatchObject({ focus: true });
  });

  it('given "what did X say", then the words naming the speaker are marked', () => {
    const { words } = analyseQuestion('What did the Suns coach say about the loss?');
    expect(words.filter((w) => w.speaker).map((w) => w.raw)).toEqual(['Suns', 'coach']);
  });
});
