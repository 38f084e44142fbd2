/**
 * Sentence boundaries for news prose.
 *
 * General-purpose splitters stumble on exactly what news is made of: "U.S. Secretary of State" is
 * not two sentences, "$13.5 billion" is one number, a quotation may close after the full stop, and a
 * whole sentence may sit in parentheses. This splitter only breaks after terminal punctuation that
 * is followed by whitespace and something that can start a sentence, and then vetoes the break when
 * the word before the stop is an abbreviation or an initial.
 */

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that are followed by a full stop but rarely end a sentence (lowercase, no dot). */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'sgt',
  'capt', 'cmdr', 'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'fr', 'messrs', 'mme', 'mlle',
  'no', 'nos', 'vol', 'pp', 'art', 'fig', 'approx', 'vs', 'v', 'ave', 'blvd', 'mt', 'ft', 'rd', 'dept',
  'univ', 'assn', 'bros', 'inc', 'ltd', 'co', 'corp', 'e.g', 'i.e', 'cf', 'al',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * The AP's abbreviations of US states, as in a dateline ("TACOMA, Wash. (AP) —") or "Portland, Ore.,".
 * After a place and a comma they are part of the name, but a sentence may end on one, so they are
 * treated like "U.S." (lowercase, inner dots kept).
 */
const STATE_ABBREVIATIONS = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'vt', 'va', 'wash',
  'wis', 'wyo', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 's.c', 's.d', 'r.i', 'w.va', 'd.c',
]);

/** A news agency's credit in parentheses before the dash of a dateline: "(AP) —", "(Reuters) -". */
const DATELINE_CREDIT = /^\([^()\n]{1,40}\)\s*[—–-]/;

/** Words that, after an ambiguous abbreviation such as "U.S.", show that a new sentence has begun. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our',
  'this', 'that', 'these', 'those', 'there', 'but', 'and', 'so', 'yet', 'however', 'meanwhile', 'in',
  'on', 'at', 'as', 'after', 'before', 'when', 'while', 'if', 'since', 'although', 'officials', 'some',
  'many', 'most', 'one', 'no', 'still', 'now', 'then', 'also', 'last', 'earlier', 'later',
]);

const OPENERS = '"“‘\'(['; // may open a sentence
const CLOSERS = '"”’\')]'; // may close one after its stop

function isSentenceStartChar(ch: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(ch) || OPENERS.includes(ch);
}

/** The word (letters, digits and inner dots) that ends right before `stop`. */
function wordBefore(text: string, stop: number): string {
  let i = stop;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, stop);
}

function wordAfter(text: string, from: number): string {
  let i = from;
  while (i < text.length && OPENERS.includes(text[i] ?? '')) i++;
  const match = /^[\p{L}\p{N}]+/u.exec(text.slice(i, i + 40));
  return match ? match[0] : '';
}

/** Abbreviations that end a name or a time ("Teravolt Inc.", "11 p.m.") and often end the sentence too. */
const CLOSING_ABBREVIATIONS = new Set(['inc', 'ltd', 'corp', 'co', 'llc', 'plc', 'a.m', 'p.m']);
const NOT_SENTENCE_OPENERS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ET|EST|EDT|PT|PST|PDT|CT|GMT|UTC|BST|Eastern|Central|Mountain|Pacific|CEO|CFO|Chief|President|Chairman)$/;

/**
 * After "Inc." or "p.m.", a capitalised word followed by a lower-case one ("...Teravolt Inc. Teravolt
 * had sought...") starts a sentence; "Acme Inc. Chief Executive Jane Doe", "9 p.m. Friday" or
 * "4:05 p.m. Eastern time" do not.
 */
function opensSentenceAfterClosingAbbreviation(text: string, next: number): boolean {
  const match = /^[“"‘(]?(\p{Lu}[\p{L}'’-]*)\s+(\p{Ll})/u.exec(text.slice(next, next + 60));
  return Boolean(match && !NOT_SENTENCE_OPENERS.test(match[1] ?? ''));
}

function vetoedByAbbreviation(text: string, stop: number, next: number): boolean {
  const before = wordBefore(text, stop);
  if (!before) return false;
  const lower = before.toLowerCase();
  if (CLOSING_ABBREVIATIONS.has(lower)) return !opensSentenceAfterClosingAbbreviation(text, next) && !SENTENCE_STARTERS.has(wordAfter(text, next).toLowerCase());
  if (TITLE_ABBREVIATIONS.has(lower)) return true;
  if (STATE_ABBREVIATIONS.has(lower) && /,\s*$/.test(text.slice(Math.max(0, stop - before.length - 3), stop - before.length))) {
    return !SENTENCE_STARTERS.has(wordAfter(text, next).toLowerCase());
  }
  // A single capital is an initial ("John F. Kennedy"); dotted initialisms ("U.S.", "p.m.") are
  // ambiguous, so only a typical sentence opener after them counts as a new sentence.
  const isInitial = /^\p{Lu}$/u.test(before);
  const isInitialism = /^(\p{L}\.)+\p{L}$/u.test(before);
  if (isInitial || isInitialism) {
    return !SENTENCE_STARTERS.has(wordAfter(text, next).toLowerCase());
  }
  return false;
}

/** Sentence spans within `text[from, to)`, trimmed of surrounding whitespace. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let start = from + listMarkerAt(text, from);
  let i = start;
  while (i < to) {
    const ch = text[i] ?? '';
    // Each item of a list is a sentence of its own, quoted without its bullet or number.
    const marker = ch === '\n' ? listMarkerAt(text, i + 1) : 0;
    if (marker > 0) {
      pushTrimmed(text, start, i, spans);
      start = i + 1 + marker;
      i = start;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      const stop = i;
      let end = i + 1;
      while (end < to && /[.!?…]/.test(text[end] ?? '')) end++;
      while (end < to && CLOSERS.includes(text[end] ?? '')) end++;
      let next = end;
      while (next < to && /\s/.test(text[next] ?? '')) next++;
      const followedBySpace = next > end;
      if (next >= to) break;
      // Only a bracket can open an agency's credit: the pattern is tried at those alone.
      const opensDatelineCredit = text[next] === '(' && DATELINE_CREDIT.test(text.slice(next, next + 48));
      if (followedBySpace && isSentenceStartChar(text[next] ?? '') && !opensDatelineCredit && !(ch === '.' && vetoedByAbbreviation(text, stop, next))) {
        pushTrimmed(text, start, end, spans);
        start = next;
      }
      i = end;
      continue;
    }
    i++;
  }
  pushTrimmed(text, start, to, spans);
  return spans;
}

const BULLET = /[ \t]*[-*+•][ \t]+/y;
/** A row of a Markdown table ("| Capacity | 150 MW |") is an item too, quoted without its outer bars. */
const TABLE_ROW = /[ \t]*\|[ \t]*/y;
const NUMBER_MARK = /[ \t]*\d{1,2}[.)][ \t]+/y;

/**
 * The length of the list marker opening the line at `lineStart` ("- ", "• ", "2. ", "| "), or 0. A
 * number marks an item only below a line ending in ":" (blank lines may come between) or next to
 * another numbered item, above or below it: a wrapped "15. The council..." goes on from "on March".
 */
export function listMarkerAt(text: string, lineStart: number): number {
  BULLET.lastIndex = lineStart;
  const bullet = BULLET.exec(text) ?? ((TABLE_ROW.lastIndex = lineStart), TABLE_ROW.exec(text));
  if (bullet) return bullet[0].length;
  NUMBER_MARK.lastIndex = lineStart;
  const number = NUMBER_MARK.exec(text);
  if (!number || lineStart === 0 || text[lineStart - 1] !== '\n') return 0;
  // The nearest line above that is not blank.
  let aboveEnd = lineStart - 1;
  let aboveStart = lineStart;
  let above = '';
  while (!above && aboveEnd > 0) {
    aboveStart = text.lastIndexOf('\n', aboveEnd - 1) + 1;
    above = text.slice(aboveStart, aboveEnd).trim();
    aboveEnd = aboveStart - 1;
  }
  NUMBER_MARK.lastIndex = aboveStart;
  if (above.endsWith(':') || NUMBER_MARK.test(text)) return number[0].length;
  const nextStart = text.indexOf('\n', lineStart) + 1;
  NUMBER_MARK.lastIndex = nextStart;
  return nextStart > 0 && NUMBER_MARK.test(text) ? number[0].length : 0;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  // A table row's closing bar, and a row of only bars and dashes ("|---|---|"), are no words.
  while (e > s && /[\s|]/.test(text[e - 1] ?? '')) e--;
  if (e > s && WORDS.test(text.slice(s, e))) spans.push({ start: s, end: e });
}
const WORDS = /[\p{L}\p{N}]/u;
