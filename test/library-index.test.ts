/**
 * A large library: questions go to the articles that can answer them, misspellings included, and
 * what the engine remembers between questions stays bounded however many are asked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/core/articles.ts';
import { AnswerEngine } from '../src/core/engine.ts';
import { editDistance, SPELLING_CACHE_LIMIT } from '../src/core/library-index.ts';

const SYLLABLES = ['bra', 'kim', 'lor', 'vet', 'sun', 'dal', 'mor', 'tes', 'ga', 'ren', 'pol', 'wick'];
const FACILITIES = ['library', 'hospital', 'stadium', 'museum', 'bridge', 'school', 'theatre', 'market', 'station', 'harbour'];

/** A made-up word for each number, no two alike: "Brakimlor". */
function madeUpName(n: number): string {
  const word = [0, 1, 2].map((place) => SYLLABLES[Math.floor(n / SYLLABLES.length ** place) % SYLLABLES.length]).join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Articles alike but for their town, facility and figures, as a city desk's archive might be. */
function townArticles(count: number) {
  return Array.from({ length: count }, (_, n) => {
    const town = madeUpName(n);
    const facility = FACILITIES[n % FACILITIES.length]!;
    return parseArticle({
      file: `town-${n}.txt`,
      text: [
        `The town of ${town} opened a new ${facility} on Monday after two years of work.`,
        `The ${facility} cost ${n + 3} million dollars, the council said.`,
        `Officials in ${town} expect ${(n + 1) * 100} visitors in its first week.`,
      ].join('\n'),
    });
  });
}

/** `word` with two letters in its middle swapped: "Brakimlor" -> "Brakmilor". */
function misspelt(word: string): string {
  const at = Math.floor(word.length / 2) - 1;
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

describe('a library of many articles', () => {
  const articles = townArticles(500);
  const engine = new AnswerEngine(articles);

  it('given a question whose words are misspelt, then it is answered from the one article it is about', () => {
    const target = 321;
    const town = madeUpName(target);
    const facility = FACILITIES[target % FACILITIES.length]!;
    const answer = engine.ask(`How much did the new ${misspelt(facility)} in ${misspelt(town)} cost?`);
    expect(answer.answered).toBe(true);
    expect(answer.quotes[0]).toMatchObject({ article: articles[target]!.id, text: `The ${facility} cost ${target + 3} million dollars, the council said.` });
  });

  it('given more nonsense questions than it can remember misspellings, then the misspellings it remembers stay within the bound', () => {
    // Three syllables make 1,728 words; a fourth makes them all different.
    const nonsense = Array.from({ length: SPELLING_CACHE_LIMIT + 2_000 }, (_, n) => `${madeUpName(n).toLowerCase()}${SYLLABLES[Math.floor(n / SYLLABLES.length ** 3)]}`);
    for (let at = 0; at < nonsense.length; at += 5) engine.ask(`Why did the ${nonsense.slice(at, at + 5).join(' ')}?`);
    expect(engine.spellingCacheSize).toBe(SPELLING_CACHE_LIMIT);
    expect(engine.spellingCacheSize).toBeLessThanOrEqual(SPELLING_CACHE_LIMIT);
  });
});

/** The optimal string alignment distance as the textbook writes it: the whole table, no limit. */
function alignmentDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = table[i]!;
      row[j] = Math.min(table[i - 1]![j]! + 1, row[j - 1]! + 1, table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, table[i - 2]![j - 2]! + 1);
    }
  }
  return table[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('given any two words and a limit, then it gives their alignment distance, or a number past the limit when further', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const distance = alignmentDistance(a, b);
        if (distance <= limit) expect(editDistance(a, b, limit)).toBe(distance);
        else expect(editDistance(a, b, limit)).toBeGreaterThan(limit);
      }),
      { numRuns: 2000 },
    );
  });
});
