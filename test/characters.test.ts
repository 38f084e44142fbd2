/** The character kinds stand in for Unicode patterns (see src/core/characters.ts); the patterns are kept here to hold them to. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startsWithCapital, startsWithTwoCapitals } from '../src/core/characters.ts';

describe('character kinds', () => {
  it('given any text, then the capital tests say what /^\\p{Lu}/u and /^\\p{Lu}{2,}/u say', () => {
    const pieces = fc.constantFrom('A', 'a', 'É', 'é', 'ǅ', 'Σ', 'ß', '𝐀', '𝐚', '1', '.', ' ', '\uD835', '\uDC00', 'İ', 'K');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        expect(startsWithCapital(text), text).toBe(/^\p{Lu}/u.test(text));
        expect(startsWithTwoCapitals(text), text).toBe(/^\p{Lu}{2,}/u.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});
