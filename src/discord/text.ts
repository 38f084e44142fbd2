/**
 * Text helpers for Discord markdown: escaping text so it shows exactly as written (and never
 * mentions anyone), and cutting text only at word boundaries with a visible ellipsis.
 */
export const ELLIPSIS = '…';
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Markdown-escapes text and defuses mentions, so it reads verbatim and cannot ping or render as a
 * mention. Discord hides a backslash before any punctuation, so escaping generously costs nothing
 * visible; one linear pass keeps long paragraphs cheap.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/^([ \t]*)([#>+-])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)\./gm, '$1\\.')
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<(@[!&]?|#|\/)/g, `<${ZERO_WIDTH_SPACE}$1`);
}

/** Bidirectional overrides and isolates, which can make text read backwards or out of order ("\u202E"). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Text for a one-line slot (title, field name, choice): whitespace collapsed, direction overrides dropped. */
/**
 * Discord's markup for mentions, custom emoji, timestamps and commands as a reader sees it rendered:
 * "<@123…>" is "@someone", "<:party:42>" is ":party:", "</ask:42>" is "/ask".
 */
export function readableMarkup(text: string): string {
  return text
    .replace(/<@!?\d+>/g, '@someone')
    .replace(/<@&\d+>/g, '@role')
    .replace(/<#\d+>/g, '#channel')
    .replace(/<a?(:\w+:)\d+>/g, '$1')
    .replace(/<t:-?\d+(?::[tTdDfFR])?>/g, 'a time')
    .replace(/<\/([\w -]+):\d+>/g, '/$1');
}

export function oneLine(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
}

/** Index in `text` where a cut at or before `max` characters should happen: a word boundary when one is near. */
function cutIndex(text: string, max: number): number {
  if (max <= 0) return 0;
  const space = text.lastIndexOf(' ', max);
  if (space >= max / 2) return space;
  // One very long word: cut between characters, never inside a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/** Shortens text to at most `max` characters, ending in an ellipsis when anything was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, max);
  return text.slice(0, cutIndex(text, max - ELLIPSIS.length)).trimEnd() + ELLIPSIS;
}

/** Truncates already-escaped markdown without leaving a dangling backslash escape. */
export function truncateMarkdown(markdown: string, max: number): string {
  const cut = truncate(markdown, max);
  return cut.endsWith(`\\${ELLIPSIS}`) ? `${cut.slice(0, -2)}${ELLIPSIS}` : cut;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Splits `text` into consecutive pieces such that `measure(piece, isFirst, isLast)` fits `max`,
 * cutting at spaces where possible. Returns the pieces' [start, end) spans in `text`.
 * `measure` must grow with the piece; it lets callers account for escaping and decoration.
 */
export function splitToFit(text: string, max: number, measure: (span: Span, isFirst: boolean, isLast: boolean) => number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start < text.length) {
    const isFirst = spans.length === 0;
    if (measure({ start, end: text.length }, isFirst, true) <= max) {
      spans.push({ start, end: text.length });
      break;
    }
    // Longest prefix that fits as a non-final piece, found by bisection over lengths.
    let low = 1;
    let high = text.length - start;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (measure({ start, end: start + mid }, isFirst, false) <= max) low = mid;
      else high = mid - 1;
    }
    let end = start + Math.max(1, cutIndex(text.slice(start), low));
    if (end <= start) end = start + 1;
    spans.push({ start, end });
    start = end;
    while (text[start] === ' ') start++;
  }
  return spans;
}

/** Splits text into sentences-ish units at ". ", "! ", "? " followed by a capital or quote, for text with no known sentence spans. */
export function roughSentences(text: string): string[] {
  return text.split(/(?<=[.!?…]["”’)]?)\s+(?=["“‘(\p{Lu}\d])/u).filter((s) => s.length > 0);
}
