/**
 * What a character is, as the Unicode classes of a regular expression would say, looked up rather
 * than matched: a pattern with \p{L} is costly to compile, and V8 drops the compiled code of a
 * pattern not run for a while, so one run only now and then (on a question's figures) compiles it
 * again each time; and every pattern is code of its own, each run on every question. Hand scanners
 * (the tokenizer in terms.ts, figures.ts) and tests of a word's first letter use these instead.
 */

/** Kinds as bits: a letter (\p{L}), an uppercase one (\p{Lu}), a number (\p{N}), a mark (\p{M}). */
export const LETTER = 1;
export const UPPERCASE = 2;
export const NUMBER = 4;
export const MARK = 8;
export const WORD_CHARACTER = LETTER | NUMBER;
const ASCII_KINDS = new Uint8Array(128).map((_, code) => (code >= 48 && code <= 57 ? NUMBER : code >= 65 && code <= 90 ? LETTER | UPPERCASE : code >= 97 && code <= 122 ? LETTER : 0));
const IS_LETTER = /^\p{L}$/u;
const IS_UPPERCASE = /^\p{Lu}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_MARK = /^\p{M}$/u;
/** Kinds of the characters past ASCII met so far: few in any text. */
const wideKinds = new Map<number, number>();

/** The kind of one character (a code point, or a lone surrogate: no kind). */
export function kindOf(codePoint: number): number {
  if (codePoint < 128) return ASCII_KINDS[codePoint]!;
  let kind = wideKinds.get(codePoint);
  if (kind === undefined) {
    const character = String.fromCodePoint(codePoint);
    kind =
      (IS_LETTER.test(character) ? LETTER : 0) |
      (IS_UPPERCASE.test(character) ? UPPERCASE : 0) |
      (IS_NUMBER.test(character) ? NUMBER : 0) |
      (IS_MARK.test(character) ? MARK : 0);
    wideKinds.set(codePoint, kind);
  }
  return kind;
}

/** The kind of the character starting at `at`; none past the end. */
export function kindAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  return code < 128 ? ASCII_KINDS[code]! : kindOf(text.codePointAt(at)!);
}

/** The kind of the character ending just before `at`, in the text from `from` on. */
export function kindBefore(text: string, at: number, from = 0): number {
  if (at <= from) return 0;
  return kindOf(widthBefore(text, at, from) === 2 ? text.codePointAt(at - 2)! : text.charCodeAt(at - 1));
}

/** 2 for a surrogate pair (one character written as two code units), else 1. */
export function widthAt(text: string, at: number): number {
  return (text.charCodeAt(at) & 0xfc00) === 0xd800 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** The width of the character ending just before `at`, in the text from `from` on: a pair cut at `from` is two lone halves. */
export function widthBefore(text: string, at: number, from = 0): number {
  return at - 2 >= from && (text.charCodeAt(at - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800 ? 2 : 1;
}

/** The text starts with a capital letter: /^\p{Lu}/u, without the pattern. */
export function startsWithCapital(text: string): boolean {
  return (kindAt(text, 0) & UPPERCASE) !== 0;
}

/** The text starts with two capital letters, as /^\p{Lu}{2,}/u finds: "ISIS", "UN". */
export function startsWithTwoCapitals(text: string): boolean {
  return (kindAt(text, 0) & UPPERCASE) !== 0 && (kindAt(text, widthAt(text, 0)) & UPPERCASE) !== 0;
}

/** Every character of the text is ASCII: no accent, no letter English does not write. */
export function isAscii(text: string): boolean {
  for (let at = 0; at < text.length; at++) if (text.charCodeAt(at) > 0x7f) return false;
  return true;
}

/** Letters that are not a plain letter plus an accent, so stripping accents leaves them: "Sørensen", "Łódź", "Straße". */
const PLAIN_SPELLING: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/**
 * Lower-case text without accents or special letters, as readers type names on an English keyboard:
 * "dvořák" is "dvorak", "sørensen" "sorensen", "straße" "strasse". Plain ASCII comes back as it is.
 */
export function plainLetters(lowercase: string): string {
  if (isAscii(lowercase)) return lowercase;
  return lowercase
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßłđðþıħ]/g, (letter) => PLAIN_SPELLING[letter] ?? letter);
}
