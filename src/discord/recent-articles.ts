/**
 * The article each person was last answered from, per channel. With several articles loaded, a
 * question that names nothing ("turnout?", "and the winning time?") is most likely about the
 * article the same person has just been asking about in the same place, so it is asked of that
 * article first (see answering.ts). Kept in memory only: nothing of it outlives the process.
 */

/** How long a conversation about one article is remembered after its last answer. */
export const RECENT_ARTICLE_TTL_MS = 15 * 60_000;
/** Conversations remembered at once; the least recently answered are forgotten first. */
export const RECENT_ARTICLE_LIMIT = 5_000;

/** Where a question was asked and by whom: one conversation. */
export interface ConversationPlace {
  channelId: string;
  userId: string;
}

export class RecentArticles {
  private readonly lastAnswered = new Map<string, { article: string; at: number }>();

  constructor(
    private readonly ttlMs: number = RECENT_ARTICLE_TTL_MS,
    private readonly limit: number = RECENT_ARTICLE_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  /** The article last answered from in this conversation, while it is recent. */
  recall(place: ConversationPlace): string | undefined {
    const key = keyOf(place);
    const entry = this.lastAnswered.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.at < this.ttlMs) return entry.article;
    this.lastAnswered.delete(key);
    return undefined;
  }

  remember(place: ConversationPlace, article: string): void {
    const key = keyOf(place);
    // Deleted first so that the Map's order stays the order of last answers.
    this.lastAnswered.delete(key);
    this.lastAnswered.set(key, { article, at: this.now() });
    if (this.lastAnswered.size > this.limit) this.lastAnswered.delete(this.lastAnswered.keys().next().value!);
  }
}

function keyOf(place: ConversationPlace): string {
  return `${place.channelId}/${place.userId}`;
}
