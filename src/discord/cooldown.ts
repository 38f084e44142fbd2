/** Per-user spacing between questions, so one person cannot flood a channel or the bot. */
export type CooldownResult = { ok: true } | { ok: false; retryAfterMs: number; alreadyWarned: boolean };

/** The longest a message is held for its sender's turn rather than refused: longer than the default 3-second wait. */
export const LONGEST_HOLD_MS = 5_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Cooldown {
  /** Per person: when they last asked, and the places (channels) told to wait since. */
  private readonly lastAsked = new Map<string, { at: number; warnedIn: Set<string> }>();
  /** The people with a message held until their turn. */
  private readonly holding = new Set<string>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = delay,
  ) {}

  /**
   * As `take`, but a message sent a little too soon ("thanks!" and then a question) waits for its turn,
   * when that comes within LONGEST_HOLD_MS, instead of being refused: one message per person at a time,
   * so a flood is still refused.
   */
  async waitForTurn(userId: string, place = ''): Promise<CooldownResult> {
    const last = this.lastAsked.get(userId);
    const remaining = last ? this.seconds * 1000 - (this.now() - last.at) : 0;
    if (remaining > 0 && remaining <= LONGEST_HOLD_MS && !this.holding.has(userId)) {
      this.holding.add(userId);
      try {
        await this.sleep(remaining);
      } finally {
        this.holding.delete(userId);
      }
    }
    return this.take(userId, place);
  }

  /**
   * Records a question from `userId` if allowed; otherwise says how long to wait, and whether that was
   * already said in `place` (a channel): a wait told beside a slash command is not seen in a DM.
   */
  take(userId: string, place = ''): CooldownResult {
    if (this.seconds <= 0) return { ok: true };
    const now = this.now();
    const windowMs = this.seconds * 1000;
    const last = this.lastAsked.get(userId);
    if (last && now - last.at < windowMs) {
      const alreadyWarned = last.warnedIn.has(place);
      last.warnedIn.add(place);
      return { ok: false, retryAfterMs: windowMs - (now - last.at), alreadyWarned };
    }
    this.lastAsked.set(userId, { at: now, warnedIn: new Set() });
    if (this.lastAsked.size > 10_000) this.forgetExpired(now, windowMs);
    return { ok: true };
  }

  private forgetExpired(now: number, windowMs: number): void {
    for (const [user, entry] of this.lastAsked) if (now - entry.at >= windowMs) this.lastAsked.delete(user);
  }
}

export function cooldownMessage(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking a little fast. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}
