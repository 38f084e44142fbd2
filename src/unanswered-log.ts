/**
 * The owner's log of questions the articles did not answer (UNANSWERED_LOG): one JSON line per
 * question with the time, the articles asked, the question and the reason. Never who asked: no
 * user id or name, and mentions of anyone inside the question are blanked.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Answer } from './core/types.ts';

/** Longer questions are cut: enough to see what was asked, not a pasted essay. */
export const LOGGED_QUESTION_LENGTH = 300;
/** `scope` when the question went to every loaded article. */
export const EVERY_ARTICLE = '*';

export const unansweredEntrySchema = z.object({
  time: z.iso.datetime(),
  /** The article asked, or `*` for every loaded article. */
  scope: z.string().min(1),
  /** The article asked, else the one holding the closest passage; null when nothing came close. */
  article: z.string().min(1).nullable(),
  question: z.string(),
  reason: z.string(),
});

export type UnansweredEntry = z.infer<typeof unansweredEntrySchema>;

const MENTION = /<(?:@[!&]?|#)\d+>/g;

export function unansweredEntry(answer: Answer, articleId: string | undefined, now = new Date()): UnansweredEntry {
  const question = answer.question.replace(MENTION, '@…').replace(/\s+/g, ' ').trim();
  return {
    time: now.toISOString(),
    scope: articleId ?? EVERY_ARTICLE,
    article: articleId ?? answer.quotes[0]?.article ?? null,
    question: question.length > LOGGED_QUESTION_LENGTH ? `${question.slice(0, LOGGED_QUESTION_LENGTH - 1)}…` : question,
    reason: answer.reason ?? '',
  };
}

export type UnansweredRecorder = (answer: Answer, articleId: string | undefined) => void;

/**
 * Appends each unanswered question to `path`, one line per write so lines from concurrent
 * questions never interleave, in the order asked. A failed write is reported to `onError` and
 * never reaches the person asking.
 */
export function unansweredRecorder(path: string, onError: (error: unknown) => void): UnansweredRecorder {
  let queue: Promise<unknown> = mkdir(dirname(path), { recursive: true }).catch(onError);
  return (answer, articleId) => {
    const line = `${JSON.stringify(unansweredEntry(answer, articleId))}\n`;
    queue = queue.then(() => appendFile(path, line, { mode: 0o600 })).catch(onError);
  };
}
