/**
 * The search terms lexicon-data.bin stores with its lemmas are those `termOf` gives: a change to how
 * words become terms (stopwords, stemming, base forms) needs `npm run build-lexicon` again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storedLemmaTerm } from '../src/core/lexicon.ts';
import { lemmaTermOf, termOf } from '../src/core/terms.ts';

/** Every lemma of the lexicon, from its "words" section (see `pack` in scripts/build-lexicon.ts). */
function lemmas(): string[] {
  const file = readFileSync(new URL('../src/core/lexicon-data.bin', import.meta.url));
  const headerEnd = file.indexOf(0x0a);
  const { sections } = JSON.parse(file.toString('latin1', 0, headerEnd)) as { sections: Record<string, [number, number]> };
  const base = headerEnd + 1 + ((4 - ((headerEnd + 1) % 4)) % 4);
  const [at, length] = sections.words!;
  return file.toString('latin1', base + at, base + at + length).split('\n');
}

describe('lemma terms', () => {
  it('stores for every lemma the term termOf gives it', () => {
    const words = lemmas();
    expect(words.length).toBeGreaterThan(80_000);
    const differing = words.filter((word) => storedLemmaTerm(word) !== termOf(word));
    expect(differing).toEqual([]);
  });

  it('gives the term of a lemma, and of any other word as termOf does', () => {
    expect(lemmaTermOf('announcement')).toBe(termOf('announcement'));
    expect(lemmaTermOf('children')).toBe('child');
    expect(lemmaTermOf('the')).toBeUndefined();
    expect(lemmaTermOf('blinken')).toBe(termOf('blinken'));
  });
});
