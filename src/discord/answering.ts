/**
 * One path from a question to a reply, shared by /ask, the context menu, DMs and mentions, so
 * every way of asking logs the same way: latency and whether it was answered, never who asked.
 */
import type { Answer } from '../core/types.ts';
import type { BotContext } from './context.ts';
import type { ConversationPlace } from './recent-articles.ts';
import { renderAnswer, type MessagePage } from './render.ts';

/** Quotes asked of the engine: the answer shows a few, "More quotes" offers the rest. */
export const QUOTES_FETCHED = 25;

export type QuestionSource = 'slash' | 'context-menu' | 'dm' | 'mention';

export interface QuestionContext {
  /** The article the person chose: only it is asked. */
  articleId?: string | undefined;
  /** The article of the answer this question follows (a reply to it, or in its thread). */
  followsUp?: string | undefined;
  /** Where and by whom it was asked, to ask the article this person was last answered from first. */
  place?: ConversationPlace | undefined;
}

/**
 * Answers `question` from the chosen article, or from every article. A follow-up is asked of the
 * article of the answer it follows first, and so (with several articles loaded) is a question from
 * someone answered from one article a moment ago in the same channel; when that article does not
 * answer, the other articles may. Failing them too, a follow-up's reply says why its article does
 * not, while a recalled article, which the person never pointed at, gives way to the reply from all.
 */
export async function answerQuestion(context: BotContext, question: string, source: QuestionSource, asked: QuestionContext = {}): Promise<{ answer: Answer; page: MessagePage }> {
  const started = performance.now();
  const { library } = context;
  const { articleId, followsUp, place } = asked;
  const recalled = !articleId && !followsUp && place && library.articles.length > 1 ? context.recentArticles.recall(place) : undefined;
  let article = articleId ?? followsUp ?? (recalled && library.getArticle(recalled) ? recalled : undefined);
  let answer = await library.ask(question, { article, limit: QUOTES_FETCHED });
  // "Who wrote this article?" of the article in the conversation is answered by its metadata, not asked of all.
  if (article && !answer.answered && !answer.smallTalk && answer.reasonCode !== 'about-the-article' && library.articles.length > 1) {
    const everywhere = await library.ask(question, { limit: QUOTES_FETCHED });
    if (articleId) answer = withAnswerElsewhere(answer, everywhere, articleId, context);
    else if (everywhere.answered || !followsUp) [answer, article] = [everywhere, undefined];
  }
  const answeredFrom = answer.answered ? answer.quotes[0]?.article : undefined;
  if (place && answeredFrom) context.recentArticles.remember(place, answeredFrom);
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  context.logger.info('question', {
    source,
    article,
    ...(followsUp ? { followUp: true } : {}),
    ...(recalled && article === recalled ? { recalled: true } : {}),
    answered: answer.answered,
    ...(answer.smallTalk ? { smallTalk: answer.smallTalk } : {}),
    quotes: answer.quotes.length,
    latencyMs,
  });
  context.logger.debug('question text', { question: question.slice(0, 200) });
  // A pasted article turned away for its length is not a question the articles failed to answer.
  if (!answer.answered && !answer.smallTalk && answer.reasonCode !== 'too-long') context.recordUnanswered?.(answer, article);
  return { answer, page: renderAnswer(answer, context.library) };
}

/** The chosen article does not answer, another does: the reply says which, so the person can ask it there. */
function withAnswerElsewhere(answer: Answer, everywhere: Answer, chosen: string, context: BotContext): Answer {
  const other = everywhere.answered ? everywhere.quotes[0]?.article : undefined;
  if (other === undefined || other === chosen) return answer;
  const title = context.library.getArticle(other)?.meta.title ?? other;
  const note = `Another article answers this: “${title}”. Ask without choosing an article to see it.`;
  return { ...answer, note: answer.note ? `${answer.note} ${note}` : note };
}
