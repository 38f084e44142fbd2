/**
 * A large library: questions go to the articles that can answer them, misspellings included, and
 * what the engine remembers between questions stays bounded however many are asked.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/core/articles.ts';
import { AnswerEngine } from '../src/core/engine.ts';
import { SPELLING_CACHE_LIMIT } from '../src/core/library-index.ts';

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
