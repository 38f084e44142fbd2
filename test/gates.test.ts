import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/core/articles.ts';
import { AnswerEngine } from '../src/core/engine.ts';
import { GATES, type Gate } from '../src/core/pipeline/gates.ts';
import { REASON_CODES, reasonText, UNSURE_REASON_CODES } from '../src/core/pipeline/reasons.ts';

// Every gate's example is asked of this article; each line gives some gate something to catch.
const FERRY = parseArticle({
  file: 'ferry.txt',
  meta: { title: 'Port Ellin buys a ferry', credit: 'Test Wire', year: 2024 },
  text: [
    '(PORT ELLIN) — The town of Port Ellin bought a new ferry, the Gull, from a Norwegian shipyard on Monday, Mayor Ruth Dunmore said.',
    'The ferry cost $12 million and carries 300 passengers and 40 cars.',
    '“This boat will serve us for thirty years,” said Captain Ivo Brandt.',
    'The old ferry was retired in 2019 after a fire.',
    'Dunmore said the council approved the purchase after two years of debate.',
    'A bakery on the harbour sells bread to passengers, and the mayor often visits it.',
    'The Gull is painted white. Its engines were tested in the fjord, where 12 sea trials were run.',
    'Some 500 residents signed a petition against the purchase.',
    'Its crew trained in Norway.',
    'A tugboat from Bergen waited at the harbour mouth.',
    'Ticket sales earned the town $2 million in 2023.',
    'The council will set new fares on Friday.',
    'A second vessel will join the fleet next spring.',
    'Bergen’s harbour fee is $300, Brandt said.',
    'At the ceremony, Dunmore praised the crew, the shipyard workers, the harbour pilots and the many volunteers who had helped to bring ' +
      'the new vessel safely across the stormy sea during a long and difficult week of autumn gales, calling the delivery a remarkable ' +
      'achievement for a small community. She thanked the pilots for steering through fog and rain, and the workers for finishing ahead ' +
      'of schedule. The volunteers, she said, had given up their weekends and evenings to help.',
  ].join('\n'),
});

const engine = new AnswerEngine([FERRY]);

/** A second article, for the gates about several. */
const BRIDGE = parseArticle({ file: 'bridge.txt', text: 'The Harbour Road bridge reopened on Monday.\nThe repairs cost $9 million.\n' });

/** Asks a gate's example the way that gate can see it: the article gates need no articles, or an id not loaded, or several. */
function askExample(gate: Gate) {
  if (gate.id === 'no-articles') return new AnswerEngine([]).ask(gate.example);
  if (gate.id === 'pronoun-of-several') return new AnswerEngine([FERRY, BRIDGE]).ask(gate.example);
  return engine.ask(gate.example, gate.id === 'unknown-article' ? { article: 'no-such-article' } : {});
}

describe('the gate table', () => {
  it('given the gate table, then every gate has its own id, a one-line condition and an example', () => {
    expect(new Set(GATES.map((g) => g.id)).size).toBe(GATES.length);
    for (const gate of GATES) {
      expect(gate.when.trim(), gate.id).not.toBe('');
      expect(gate.when, gate.id).not.toContain('\n');
      expect(gate.example.length, gate.id).toBeGreaterThan(0);
    }
  });

  it('given the gate table, then its gates are the reason codes, in the same order', () => {
    expect(GATES.map((g) => g.id)).toEqual([...REASON_CODES]);
  });

  it('given the gates of each stage, then they stand together in the table, in the order the pipeline runs them', () => {
    const stages = GATES.map((g) => g.stage).filter((stage, i, all) => stage !== all[i - 1]);
    expect(stages).toEqual(['question', 'search', 'passage', 'answer']);
  });

  it.each(GATES.map((gate) => [gate.id, gate] as const))('given the example of gate %s, then that gate declines it', (id, gate) => {
    const answer = askExample(gate);
    expect(answer.answered).toBe(false);
    expect(answer.reasonCode).toBe(id);
    expect(answer.reason).toBeTruthy();
  });

  it('given the gates that fire on a low probability, then they are gates of the table', () => {
    for (const code of UNSURE_REASON_CODES) expect(GATES.some((g) => g.id === code)).toBe(true);
  });

  it('given "in Llano County" and a passage about Burnet County, then place-elsewhere declines; asked of Burnet County, it answers', () => {
    const flood = parseArticle({
      file: 'flood.txt',
      text: [
        '(MARBLE FALLS, Texas) — Flash floods killed at least nine people in the Texas Hill Country on Friday.',
        'Burnet County Sheriff Calvin Tate said four of the dead were found in two vehicles swept off a low-water crossing.',
        'The governor declared a disaster in Burnet and Llano counties.',
      ].join('\n'),
    });
    const engine = new AnswerEngine([flood]);
    expect(engine.ask('How many people died in Llano County?')).toMatchObject({ answered: false, reasonCode: 'place-elsewhere' });
    const burnet = engine.ask('How many people died in Burnet County?');
    expect([burnet.answered, burnet.quotes[0]?.sentence]).toEqual([true, 2]);
  });

  it('given "who designed" and a passage naming no one and no kind of person, then it declines; "firefighters" would answer', () => {
    const bridge = parseArticle({ file: 'bridge.txt', text: 'The Riverside Bridge reopened on Tuesday.\nThe project replaced the bridge\'s steel deck and added a bike lane.' });
    expect(new AnswerEngine([bridge]).ask('Who designed the bridge?')).toMatchObject({ answered: false, reasonCode: 'no-one-in-passage' });
    const rescue = parseArticle({ file: 'rescue.txt', text: 'A ferry ran aground near the harbour on Friday.\nFirefighters rescued 14 children from the ferry.' });
    expect(new AnswerEngine([rescue]).ask('Who rescued the children?')).toMatchObject({ answered: true });
  });

  it('given "what river" and a best passage naming nothing, then it declines rather than answer with it', () => {
    const bridge = parseArticle({ file: 'bridge.txt', text: 'The Riverside Bridge reopened on Tuesday after an 18-month renovation.\nRoughly 28,000 vehicles crossed the bridge each day before it closed.' });
    expect(new AnswerEngine([bridge]).ask('What river does the bridge cross?')).toMatchObject({ answered: false, reasonCode: 'no-place-named' });
  });

  it('given "what country" and a best passage naming a place, or anything the question does not name, then no-place-named lets it answer', () => {
    const answer = engine.ask('What country was the shipyard in?');
    expect([answer.answered, answer.quotes[0]?.sentence]).toEqual([true, 1]);
  });

  it('given a question the article answers, then the answer carries no reason code', () => {
    const answer = engine.ask('How much did the ferry cost?');
    expect(answer.answered).toBe(true);
    expect(answer.reasonCode).toBeUndefined();
  });
});

describe('the wording of reasons', () => {
  const params = { words: ['ferry', 'Gull'], together: ['bread'], kind: 'count', text: 'Dunmore', dateUnit: 'month' } as const;

  it.each([...REASON_CODES])('given the reason code %s, then it has a sentence to show', (code) => {
    const text = reasonText(code, params);
    expect(text).toMatch(/^\S.*[.]$/);
    expect(text).not.toContain('undefined');
  });

  it('given words found only outside the closest passage, then the reason speaks of that passage, not of the whole article', () => {
    expect(reasonText('unlikely-found-apart', { words: ['cost', 'main'], together: ['library'] })).toBe(
      'The closest passage mentions “library” but not “cost” or “main”, so it does not answer that.',
    );
  });
  it('given a word of the question in the possessive, then the reason names the thing itself, not “mayor\'s”', () => {
    expect(reasonText('nothing-matches', { words: ["mayor's", 'NASA’s'] })).toBe('Nothing in the article mentions “mayor” or “NASA”.');
    const answer = new AnswerEngine([FERRY]).ask("What is the governor's salary?");
    expect(answer.answered).toBe(false);
    expect(answer.reason).toContain('“governor”');
  });
  it('given a question about a pronoun alone, then the reason asks who for a person and what for "it"', () => {
    expect(reasonText('role-not-named', { words: ['son'] })).toBe('The article mentions the son but never gives their name.');
    expect(reasonText('pronoun-only', { text: 'she' })).toBe('I read each question on its own, so I cannot tell who “she” is. Ask again with their name in its place.');
    expect(reasonText('pronoun-only', { text: 'It' })).toBe('I read each question on its own, so I cannot tell what “It” is. Ask again with what you mean in its place.');
  });
  it('given several articles searched, then a reason about the closest passage names its article, and one about them all speaks of "the articles"', () => {
    const several = { articles: 3, article: 'Ferry cuts' };
    expect(reasonText('speaker-not-quoted', { ...several, words: ['mayor'] })).toBe('The article “Ferry cuts” does not quote “mayor” on that.');
    expect(reasonText('role-not-named', { ...several, words: ['son'] })).toBe('The article “Ferry cuts” mentions the son but never gives their name.');
    expect(reasonText('figure-never-given', { articles: 3, words: ['$5 million'] })).toBe('The articles never give $5 million.');
    expect(reasonText('figure-never-given', { words: ['$5 million'] })).toBe('The article never gives $5 million.');
  });
  it('given many words to list, then a reason names the first six and counts the rest', () => {
    const words = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    expect(reasonText('nothing-matches', { words })).toBe('Nothing in the article mentions “a”, “b”, “c”, “d”, “e”, “f” or 2 more words.');
  });
});
