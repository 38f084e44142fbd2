/**
 * The JSON that `ask --json` and `ask --jsonl` print. Scripts depend on these exact fields, so every
 * field is copied by name: whatever the engine adds to its own types never leaks into the output.
 */
import type { Answer, Figure, FigureKind, Quote } from '../core/types.ts';
import { escapedLine } from './terminal-text.ts';

export interface QuoteJson {
  text: string;
  article: string;
  paragraph: number;
  sentence: number;
  start: number;
  end: number;
  score: number;
  matched: string[];
  speaker?: string;
}

export interface FigureJson {
  text: string;
  kind: FigureKind;
  value: number | string | null;
  unit: string | null;
  paragraph: number;
  sentence: number;
}

export interface AnswerJson {
  question: string;
  answered: boolean;
  reason?: string;
  /** Which rule declined: the id of a gate in src/core/pipeline/gates.ts. */
  reasonCode?: string;
  /** How the answer was found when not by the best passage, or the questions of the message left for asking on their own. */
  note?: string;
  /** How many of the first quotes are the answer; the rest are related passages. 0 when not answered. */
  answering: number;
  quotes: QuoteJson[];
  figures: FigureJson[];
}

/** Written for one bad `--jsonl` input line instead of an answer. */
export interface LineErrorJson {
  line: number;
  error: string;
}

/** Used only if the engine declines without saying why, so `reason` is always there when not answered. */
export const UNKNOWN_DECLINE_REASON = 'The article does not answer this question.';
/** Likewise, so that `reasonCode` is always there when not answered. */
export const UNKNOWN_REASON_CODE = 'unknown';

export function toQuoteJson(quote: Quote): QuoteJson {
  const json: QuoteJson = {
    text: quote.text,
    article: quote.article,
    paragraph: quote.paragraph,
    sentence: quote.sentence,
    start: quote.start,
    end: quote.end,
    score: quote.score,
    matched: [...quote.matched],
  };
  if (quote.speaker) json.speaker = quote.speaker;
  return json;
}

export function toFigureJson(figure: Figure): FigureJson {
  return {
    text: figure.text,
    kind: figure.kind,
    value: figure.value,
    unit: figure.unit,
    paragraph: figure.paragraph,
    sentence: figure.sentence,
  };
}

export function toAnswerJson(answer: Answer): AnswerJson {
  return {
    question: answer.question,
    answered: answer.answered,
    ...(answer.answered ? {} : { reason: answer.reason || UNKNOWN_DECLINE_REASON, reasonCode: answer.reasonCode ?? UNKNOWN_REASON_CODE }),
    ...(answer.note ? { note: answer.note } : {}),
    answering: answer.answered ? answer.answering : 0,
    quotes: answer.quotes.map(toQuoteJson),
    figures: answer.figures.map(toFigureJson),
  };
}

/**
 * One line of JSON. `JSON.stringify` already escapes C0 control characters; C1 controls and bidi
 * overrides are escaped too, so printing the line to a terminal is harmless. The parsed value is unchanged.
 */
export function toJsonLine(value: AnswerJson | LineErrorJson): string {
  return escapedLine(JSON.stringify(value));
}
