/**
 * Finding an abbreviation's words written out side by side: the hand-written search must find the
 * very phrase the regular expression it replaces finds (search-index.ts), wherever that one would.
 */
import { describe, expect, it } from 'vitest';
import { sideBySide } from '../src/core/search-index.ts';

/** The expression the search stands for, as phraseSpelling once compiled it per abbreviation. */
function byExpression(letters: string, text: string): string | undefined {
  const initials = [...letters].map((letter) => `${letter.replace(/[^\p{L}\p{N}]/gu, '')}[\\p{L}\\p{N}'’-]*`);
  return new RegExp(`\\b${initials.join('[\\s-]+(?:(?:of|and|&|for|the|de|du|la)\\s+)?')}`, 'iu').exec(text)?.[0];
}

const TEXTS = [
  'The council approved three bus rapid transit lines on Monday.',
  'The bus-rapid transit plan, the Department Of  Defense said, is the U.S.-led effort.',
  'Syrian Democratic Forces (SDF) fighters and the Kurdish-led SDF-backed police.',
  'He appeared at the top of prime time, appearing throughout programs.',
  'Ünïcödé Ölé Ärger, 𝒜bc 𝒜pple Banana Cherry and the Kelvin K-9 kilo.',
  "foo--bar - baz, of of the de du la, A&B and C, rock 'n' roll ’til dawn.",
  'Banco de la Nación and Banque du Liban met the Bank of England.',
];
const LETTERS = ['brt', 'dod', 'dd', 'sdf', 'atp', 'ptt', 'uoa', 'bc', 'kk', 'fbb', 'abc', 'rnr', 'bdln', 'bdl', 'boe', 'be', 'a.b', 'a&c', 'ab'];

describe('sideBySide', () => {
  it('finds what the regular expression finds', () => {
    let found = 0;
    for (const text of TEXTS) {
      for (const letters of LETTERS) {
        const initials = [...letters].map((letter) => letter.replace(/[^\p{L}\p{N}]/gu, ''));
        const expected = byExpression(letters, text);
        if (expected !== undefined) found++;
        expect(sideBySide(initials, text), `${letters} in ${text}`).toBe(expected);
      }
    }
    expect(found).toBeGreaterThan(10);
  });

  it('reads the words an abbreviation stands for', () => {
    expect(sideBySide(['b', 'r', 't'], TEXTS[0]!)).toBe('bus rapid transit');
    expect(sideBySide(['d', 'd'], TEXTS[1]!)).toBe('Department Of  Defense');
    expect(sideBySide(['b', 'r', 't'], TEXTS[1]!)).toBe('bus-rapid transit');
    expect(sideBySide(['x', 'y'], TEXTS[1]!)).toBeUndefined();
  });
});
