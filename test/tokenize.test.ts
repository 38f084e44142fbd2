/**
 * `tokenize` scans by hand for what one regular expression would find (see its comment in
 * src/core/terms.ts); the expression is kept here to hold the scanner to it.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDottedInitialism, termOf, tokenize } from '../src/core/terms.ts';

const WORD = /(?:\p{L}\.){2,}|\p{Lu}+&\p{Lu}+(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:(?:['’]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

function byExpression(text: string): { raw: string; start: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({ raw: match[0], start: match.index }));
}

function byScanner(text: string): { raw: string; start: number }[] {
  return tokenize(text).map(({ raw, start, end }) => {
    expect(end).toBe(start + raw.length);
    return { raw, start };
  });
}

/** The paragraphs of the SQuAD articles the benchmark reads: long, varied English with names from many languages. */
function squadParagraphs(): string[] {
  const lines = readFileSync(new URL('../bench/data/squad11-dev13.jsonl', import.meta.url), 'utf8').split('\n');
  return lines.filter((line) => line.trim()).flatMap((line) => (JSON.parse(line) as { paragraphs: string[] }).paragraphs);
}

describe('tokenize', () => {
  it('given initialisms, digit groups, apostrophes, astral and lone surrogate characters, then the scanner finds what the expression finds', () => {
    const cases = [
      'U.S.A. and p.m., a.b.c.d, aB.C. and 12.a.b.',
      'PG&E, AT&Tx, A&Bc, A&B1, A&B&C, AB&&C and A&B',
      "10,000 13.5 1.2.3 1.2,3.4 x.5 5,a 5, 'tis rock'n'roll don’t don't' ab' x'y'",
      '𝐀𝐁 𝐀.𝐁. 𝐀&𝐁 ①.② ², x²,3 Ⅻ.Ⅳ ٣.٤ 𝟙.𝟚',
      'É.T. Ñ&Ö Ærø İstanbul ǅemal',
      '\uD835 lone \uDC00 surrogates\uD835',
      '',
    ];
    for (const text of cases) expect(byScanner(text), text).toEqual(byExpression(text));
  });

  it('given every SQuAD paragraph, then the scanner finds what the expression finds', () => {
    const paragraphs = squadParagraphs();
    expect(paragraphs.length).toBeGreaterThan(100);
    for (const text of paragraphs) expect(byScanner(text)).toEqual(byExpression(text));
  });

  it('given any text, then the scanner finds what the expression finds', () => {
    const pieces = fc.constantFrom('a', 'B', 'é', 'Ö', '1', '9', '²', '𝐀', '.', ',', '&', "'", '’', '-', ' ', '\uD835', 'U.S.', 'PG&E', '10,000');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(byScanner(text), text).toEqual(byExpression(text));
    }));
  });
});

describe('isDottedInitialism', () => {
  it('given any word, then it says what /^(?:\\p{L}\\.){2,}$/u says', () => {
    const pieces = fc.constantFrom('U', 'p', 'é', '𝐀', '.', '..', '1', '\uD835', 'S.');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const word = parts.join('');
        expect(isDottedInitialism(word), word).toBe(/^(?:\p{L}\.){2,}$/u.test(word));
      }),
    );
  });
});

describe('search terms of names written with accents', () => {
  it('given a name with accents or special letters, then its term is the one typed without them', () => {
    for (const [written, typed] of [['Dvořák', 'Dvorak'], ['Sørensen', 'Sorensen'], ['Nguyễn', 'Nguyen'], ['Łódź', 'Lodz'], ['Temüjin', 'Temujin']]) {
      expect(termOf(written!)).toBe(termOf(typed!));
    }
    expect(termOf('café')).toBe(termOf('cafe'));
  });
});

describe('search terms of words that are also forms of another word', () => {
  it('given a word that is mostly itself, then it meets its own inflections: "number" and "numbers", "offer" and "offered", "ground" and "grounded"', () => {
    for (const [word, inflected] of [['number', 'numbers'], ['offer', 'offered'], ['pass', 'passed'], ['feed', 'feeds'], ['ground', 'grounded'], ['matter', 'matters']]) {
      expect(termOf(word!), word).toBe(termOf(inflected!));
    }
  });

  it('given a past tense that is also a rarer word, then it meets its verb: "left" leave, "found" find, "rose" rise, "saw" see', () => {
    for (const [past, verb] of [['left', 'leave'], ['found', 'find'], ['rose', 'rise'], ['saw', 'see'], ['lay', 'lie']]) expect(termOf(past!), past).toBe(termOf(verb!));
    expect(termOf('lower')).toBe(termOf('low'));
  });
});
