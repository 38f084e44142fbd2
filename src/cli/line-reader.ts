/**
 * Piped input read line by line, the JSON Lines way: a line ends at "\n" only (a "\r" just before it
 * is dropped, so Windows files work), a "\r" anywhere else is part of the line, and each line is
 * decoded as UTF-8 on its own, so one bad line does not spoil the next.
 */

/**
 * The longest line kept, in bytes. A question, or `{"question": ..., "article": ...}`, is a sentence
 * or two (well under 1 KiB); 64 KiB leaves room for a long pasted passage while a runaway line (a
 * binary file piped in by mistake, a generator that never writes "\n") costs at most this much memory.
 */
export const MAX_LINE_BYTES = 64 * 1024;

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export type InputLine =
  | { number: number; text: string }
  | { number: number; problem: 'too-long' | 'not-utf8' };

/** What to tell the reader about a line that was skipped. */
export function describeLineProblem(line: Extract<InputLine, { problem: string }>): string {
  return line.problem === 'too-long'
    ? `Line ${line.number} is too long: more than ${MAX_LINE_BYTES} bytes (the limit for one line); it was skipped.`
    : `Line ${line.number} is not valid UTF-8 text; it was skipped.`;
}

/**
 * Yields every line of `input` in order. A line longer than `maxBytes` is not kept: its bytes are
 * dropped as they arrive and it is yielded as a problem, so memory stays bounded however long it is.
 */
export async function* readLines(input: AsyncIterable<Uint8Array | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let number = 0;

  const endLine = (): InputLine => {
    number += 1;
    let bytes = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    if (bytes.at(-1) === CARRIAGE_RETURN) bytes = bytes.subarray(0, -1);
    const skipped = tooLong || bytes.length > maxBytes;
    tooLong = false;
    if (skipped) return { number, problem: 'too-long' };
    try {
      return { number, text: decoder.decode(bytes) };
    } catch {
      return { number, problem: 'not-utf8' };
    }
  };

  const keep = (piece: Uint8Array) => {
    if (tooLong) return;
    // One byte over the limit is kept for a "\r" that may turn out to end the line.
    if (pendingBytes + piece.length > maxBytes + 1) {
      tooLong = true;
      pending = [];
      pendingBytes = 0;
      return;
    }
    pending.push(piece);
    pendingBytes += piece.length;
  };

  for await (const chunk of input) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    for (let end = bytes.indexOf(LINE_FEED); end !== -1; end = bytes.indexOf(LINE_FEED)) {
      keep(bytes.subarray(0, end));
      yield endLine();
      bytes = bytes.subarray(end + 1);
    }
    if (bytes.length > 0) keep(bytes);
  }
  if (pendingBytes > 0 || tooLong) yield endLine();
}
