import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseForms, DEFAULT_RELATED_LIMIT, isNounOfOneSense, isDictionaryWord, isPersonNoun, isPlaceName, newsParaphrases, relatedWords, type Relation } from '../src/core/lexicon.ts';

/** Whether a reader's word reaches the article's word: some related word is one of its base forms. */
function reaches(readerWord: string, articleWord: string, limit = DEFAULT_RELATED_LIMIT): Relation | undefined {
  const targets = new Set(baseForms(articleWord));
  return relatedWords(readerWord, limit).find((related) => targets.has(related.word))?.relation;
}

describe('baseForms', () => {
  it.each([
    ['children', 'child'],
    ['mice', 'mouse'],
    ['went', 'go'],
    ['said', 'say'],
    ['kids', 'kid'],
    ['countries', 'country'],
    ['fighters', 'fighter'],
    ['detained', 'detain'],
    ['imprisoned', 'imprison'],
    ['saying', 'say'],
    ['better', 'good'],
  ])('given the inflected word "%s" then its base forms include "%s"', (word, base) => {
    expect(baseForms(word)).toContain(base);
  });

  it.each([
    ['planes', 'plane', 'plan'],
    ['sites', 'site', 'sit'],
    ['wines', 'wine', 'win'],
    ['rides', 'ride', 'rid'],
  ])('given "%s", a plural ending in "-es" after no hiss, then it is a form of "%s" and not of "%s"', (word, base, other) => {
    expect(baseForms(word)).toContain(base);
    expect(baseForms(word)).not.toContain(other);
  });

  it('given a verb ending in "-es" after a hiss or an "o" then the whole "-es" drops', () => {
    for (const [word, base] of [['passes', 'pass'], ['watches', 'watch'], ['taxes', 'tax'], ['goes', 'go'], ['echoes', 'echo']]) expect(baseForms(word!)).toContain(base);
  });

  it('given a plane the article never mentions then its relatives are aircraft, not plans', () => {
    const relatives = relatedWords('planes').map((r) => r.word);
    expect(relatives).toContain('airplane');
    expect(relatives).not.toContain('programme');
  });

  it('given an irregular plural that is no lemma itself then only the lemma comes back', () => {
    expect(baseForms('children')).toEqual(['child']);
  });

  it('given a word that is itself a lemma then it comes first, before the lemmas it inflects', () => {
    expect(baseForms('saying')[0]).toBe('saying');
    expect(baseForms('saying')).toContain('say');
  });

  it('given "said", "says" and "saying" then they share the base form "say"', () => {
    for (const word of ['said', 'says', 'saying']) expect(baseForms(word)).toContain('say');
  });

  it('given capitals, surrounding spaces or a curly possessive then the forms are the same as for the plain word', () => {
    expect(baseForms('  Children ')).toEqual(baseForms('children'));
    expect(baseForms('nation’s')).toEqual(['nation']);
    expect(baseForms("nations'")).toEqual(['nation']);
  });

  it('given a name WordNet does not know then the word comes back lowercased', () => {
    expect(baseForms('Blinken')).toEqual(['blinken']);
  });

  it('given empty or blank input then there is no base form', () => {
    expect(baseForms('')).toEqual([]);
    expect(baseForms('   ')).toEqual([]);
  });
});

describe('newsParaphrases', () => {
  it('given an inflected word of a newsroom paraphrase group then the other words of the group come back, not its own forms', () => {
    expect(newsParaphrases('deaths')).toEqual(expect.arrayContaining(['die', 'kill', 'dead']));
    expect(newsParaphrases('deaths')).not.toContain('death');
    expect(newsParaphrases('won')).toEqual(expect.arrayContaining(['beat', 'defeat', 'victory']));
    expect(newsParaphrases('scored')).toEqual(expect.arrayContaining(['goal', 'equalise']));
    expect(newsParaphrases('attended')).toEqual(expect.arrayContaining(['crowd', 'attendance']));
    expect(newsParaphrases('sickened')).toEqual(expect.arrayContaining(['sick', 'ill']));
    expect(newsParaphrases('regulators')).toEqual(expect.arrayContaining(['agency', 'watchdog']));
    expect(newsParaphrases('sales')).toEqual(expect.arrayContaining(['revenue']));
    expect(newsParaphrases('evacuees')).toEqual(expect.arrayContaining(['evacuation']));
    expect(newsParaphrases('reorganization')).toEqual(expect.arrayContaining(['restructuring']));
    expect(newsParaphrases('convicted')).toEqual(expect.arrayContaining(['guilty']));
    expect(newsParaphrases('hired')).toContain('recruit');
    expect(newsParaphrases('nicked')).toEqual(expect.arrayContaining(['steal', 'stolen']));
    expect(newsParaphrases('sacked')).toEqual(expect.arrayContaining(['dismiss', 'oust']));
    expect(newsParaphrases('cops')).toEqual(expect.arrayContaining(['police', 'detective']));
    expect(newsParaphrases('rid')).toEqual(expect.arrayContaining(['remove', 'eliminate']));
    expect(newsParaphrases('unfilled')).toEqual(expect.arrayContaining(['vacant', 'vacancy']));
    expect(newsParaphrases('worth')).toContain('value');
    expect(newsParaphrases('headquartered')).toEqual(expect.arrayContaining(['headquarters', 'based']));
    expect(newsParaphrases('fines')).toContain('penalty');
    expect(newsParaphrases('hackers')).toContain('attacker');
    expect(newsParaphrases('hurt')).toEqual(expect.arrayContaining(['injure', 'injury']));
    expect(newsParaphrases('stock')).toContain('share');
    expect(newsParaphrases('cars')).toContain('vehicle');
    expect(newsParaphrases('steal')).toEqual(expect.arrayContaining(['defraud', 'theft']));
  });

  it('given a word in no group, or nothing, then there is none', () => {
    expect(newsParaphrases('bridge')).toEqual([]);
    expect(newsParaphrases('')).toEqual([]);
  });
});

describe('relatedWords', () => {
  it.each([
    ['kids', 'children'],
    ['children', 'kids'],
    ['nations', 'countries'],
    ['countries', 'nations'],
    ['jailed', 'imprisoned'],
    ['imprisoned', 'jailed'],
    ['detained', 'imprisoned'],
    ['jailed', 'detained'],
    ['pledge', 'promise'],
    ['promise', 'pledge'],
    ['help', 'aid'],
    ['aid', 'assistance'],
    ['announced', 'announcement'],
    ['announcement', 'announced'],
    ['repatriation', 'repatriate'],
    ['citizens', 'nationals'],
    ['funds', 'money'],
    ['money', 'funds'],
    ['killed', 'died'],
    ['died', 'killed'],
    ['killed', 'dead'],
    ['militants', 'fighters'],
    ['said', 'told'],
    ['give', 'provide'],
  ])('given a reader writes "%s" then the article\'s "%s" is within reach', (readerWord, articleWord) => {
    expect(reaches(readerWord, articleWord)).toBeDefined();
  });

  it('given "kids" then "child" is the very first, a synonym', () => {
    expect(relatedWords('kids')[0]).toEqual({ word: 'child', relation: 'synonym' });
  });

  it('given a noun and its verb then they are labelled as derived from each other', () => {
    expect(reaches('repatriation', 'repatriate')).toBe('derived');
    expect(reaches('announced', 'announcement')).toBe('derived');
  });

  it('given a word then synonyms of its main sense come before its broader and narrower terms', () => {
    const words = relatedWords('kids').map((related) => related.word);
    expect(words.indexOf('child')).toBeLessThan(words.indexOf('juvenile'));
    const relations = relatedWords('weapons').map((related) => related.relation);
    expect(relations.indexOf('synonym')).toBeLessThan(relations.indexOf('hyponym'));
  });

  it('given any word then the results hold no duplicates and none of its own base forms', () => {
    for (const word of ['said', 'saying', 'better', 'arms', 'children', 'meeting']) {
      const words = relatedWords(word, Infinity).map((related) => related.word);
      expect(new Set(words).size).toBe(words.length);
      for (const form of baseForms(word)) expect(words).not.toContain(form);
      expect(words).not.toContain(word);
    }
  });

  it('given a limit then no more words than that come back, and the first ones are the same', () => {
    const all = relatedWords('take', Infinity);
    expect(all.length).toBeGreaterThan(DEFAULT_RELATED_LIMIT);
    expect(relatedWords('take')).toHaveLength(DEFAULT_RELATED_LIMIT);
    expect(relatedWords('take', 5)).toEqual(all.slice(0, 5));
    expect(relatedWords('take', 0)).toEqual([]);
    expect(relatedWords('take', -3)).toEqual([]);
  });

  it('given single words only then no multi-word collocation is returned', () => {
    for (const word of ['die', 'go', 'money', 'kill']) {
      expect(relatedWords(word, Infinity).every((related) => !/\s|_/.test(related.word))).toBe(true);
    }
  });

  it('given a word WordNet does not know then nothing is related', () => {
    expect(relatedWords('Blinken')).toEqual([]);
  });
});

describe('odd input', () => {
  const odd = ['', ' ', '😀', '👩‍👩‍👧', 'x'.repeat(10_000), 'a b c', '\u0000', '\ud800', "'", "'s", '...', '-', 'ß', 'İstanbul'];

  it.each(odd.map((input) => [JSON.stringify(input.slice(0, 12)), input]))(
    'given %s then neither function throws and the results are well formed',
    (_label, input) => {
      const forms = baseForms(input);
      expect(forms.every((form) => form === form.toLowerCase())).toBe(true);
      expect(relatedWords(input).length).toBeLessThanOrEqual(DEFAULT_RELATED_LIMIT);
    },
  );

  it('given any string at all then neither function throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.integer({ min: -5, max: 50 }), (input, limit) => {
        baseForms(input);
        expect(relatedWords(input, limit).length).toBeLessThanOrEqual(Math.max(0, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('given a value that is not a string from untyped code then the answer is empty rather than an error', () => {
    expect(baseForms(undefined as unknown as string)).toEqual([]);
    expect(relatedWords(42 as unknown as string)).toEqual([]);
  });
});

describe('isPlaceName', () => {
  it.each(['Italy', 'Rome', 'Niger', 'Sahara', 'Africa', 'U.S.', 'Rhône', 'Washington'])('given "%s", then it is a place', (name) => {
    expect(isPlaceName(name)).toBe(true);
  });
  it.each(['Trump', 'Blinken', 'Apple', 'March', 'Tuesday', 'English', ''])('given "%s", then it is not', (name) => {
    expect(isPlaceName(name)).toBe(false);
  });
});

describe('isDictionaryWord', () => {
  it('given words in any inflection, then they are known; a surname no dictionary has is not', () => {
    expect(['Carter', 'children', 'went', 'detained'].every(isDictionaryWord)).toBe(true);
    expect(['Okafor', 'Blinken', ''].some(isDictionaryWord)).toBe(false);
  });
});

describe('phrasal verbs in the lexicon', () => {
  it('given a phrasal verb, then its meaning is found; and no related word is ever a phrase', () => {
    expect(relatedWords('bring_back').map((r) => r.word)).toContain('return');
    expect(relatedWords('get_together').map((r) => r.word)).toContain('meet');
    for (const word of ['return', 'meet', 'lock', 'continue']) expect(relatedWords(word, 60).every((r) => !r.word.includes('_'))).toBe(true);
  });
});

describe('isPersonNoun', () => {
  it('given nouns for kinds of people, in any number, then they are people; things, groups and names are not', () => {
    expect(['leader', 'leaders', 'commander', 'sweeper', 'quarterback', 'servicemen'].every(isPersonNoun)).toBe(true);
    expect(['drug', 'river', 'company', 'militia', 'Blinken', ''].some(isPersonNoun)).toBe(false);
  });
});

describe('isNounOfOneSense', () => {
  it('given nouns WordNet knows in one sense only, then they are; words of several senses, verbs and unknown words are not', () => {
    expect(['dad', 'mom'].every(isNounOfOneSense)).toBe(true);
    expect(['capital', 'run', 'father', 'christened', 'Blinken', ''].some(isNounOfOneSense)).toBe(false);
  });
});
