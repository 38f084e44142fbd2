/**
 * One path from a question to a reply, shared by /ask, the context menu, DMs and mentions, so
 * every way of asking logs the same way: latency and whether it was answered, never who asked.
 */
import type { Answer } from '../core/types.ts';
import type { BotContext } from './context.ts';
import { renderAnswer, type MessagePage } from './render.ts';

/** Quotes asked of the engine: the answer shows a few, "More quotes" offers the rest. */
export const QUOTES_FETCHED = 25;

export type QuestionSource = 'slash' | 'context-menu' | 'dm' | 'mention';

/**
 * Answers `question` from `articleId`, or from every article. A follow-up (`followsUp`: the article
 * of the answer it follows) is asked of that article first; when it does not answer there, the
 * other articles may, and failing them too the reply says why that article does not.
 */
export async function answerQuestion(context: BotContext, question: string, source: QuestionSource, articleId?: string, followsUp?: string): Promise<{ answer: Answer; page: MessagePage }> {
  const started = performance.now();
  let asked = articleId ?? followsUp;
  let answer = await context.library.ask(question, { article: asked, limit: QUOTES_FETCHED });
  if (!articleId && followsUp && !answer.answered && !answer.smallTalk) {
    const everywhere = await context.library.ask(question, { limit: QUOTES_FETCHED });
    if (everywhere.answered) [answer, asked] = [everywhere, undefined];
  }
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  context.logger.info('question', { source, article: asked, ...(followsUp ? { followUp: true } : {}), answered: answer.answered, ...(answer.smallTalk ? { smallTalk: answer.smallTalk } : {}), quotes: answer.quotes.length, latencyMs });
  context.logger.debug('question text', { question: question.slice(0, 200) });
  // A pasted article turned away for its length is not a question the articles failed to answer.
  if (!answer.answered && !answer.smallTalk && answer.reasonCode !== 'too-long') context.recordUnanswered?.(answer, asked);
  return { answer, page: renderAnswer(answer, context.library) };
}
