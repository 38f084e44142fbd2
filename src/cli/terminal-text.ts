/**
 * Text that reaches a terminal. Questions are typed or piped in by anyone and articles come from files,
 * so everything echoed is cleaned first: an escape sequence inside a question must not recolour, move
 * the cursor or retitle the reader's terminal.
 */

/* eslint-disable no-control-regex -- matching control characters is the point of these patterns */
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])?|\u009b[0-?]*[ -/]*[@-~]?/g;
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */
/** Bidirectional overrides can make echoed text read differently from what it is. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export const DEFAULT_ECHO_LENGTH = 200;

/** One line of plain text, safe to print: escape sequences, control and bidi characters removed. */
export function safeLine(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROL_CHARACTERS, '')
    .replace(BIDI_CONTROLS, '');
}

/**
 * Like `safeLine`, but for a name the reader must find again (a file name): control, line-break and
 * bidi characters are shown as `\u001b`-style escapes instead of being dropped.
 */
export function escapedLine(text: string): string {
  return text.replace(UNPRINTABLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Like `safeLine`, shortened with an ellipsis so a very long question does not flood the screen. */
export function safeEcho(text: string, maxLength = DEFAULT_ECHO_LENGTH): string {
  const line = safeLine(text).trim();
  const characters = Array.from(line);
  return characters.length <= maxLength ? line : `${characters.slice(0, maxLength - 1).join('')}…`;
}

const ANSI = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
  red: ['\u001b[31m', '\u001b[39m'],
} as const;

export interface Style {
  /** Headings and the quote text's highlights. */
  strong(text: string): string;
  /** Citations, labels and other secondary text. */
  muted(text: string): string;
  /** A figure inside a quote. */
  figure(text: string): string;
  warning(text: string): string;
  error(text: string): string;
}

export function createStyle(colour: boolean): Style {
  const wrap =
    (...codes: (keyof typeof ANSI)[]) =>
    (text: string) =>
      colour ? codes.reduce((inner, code) => `${ANSI[code][0]}${inner}${ANSI[code][1]}`, text) : text;
  return {
    strong: wrap('bold'),
    muted: wrap('dim'),
    figure: wrap('bold', 'cyan'),
    warning: wrap('yellow'),
    error: wrap('red'),
  };
}

/** Colour only for a person at a terminal who has not opted out (https://no-color.org). */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}
