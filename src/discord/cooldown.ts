/** Per-user spacing between questions, so one person cannot flood a channel or the bot. */
export type CooldownResult = { ok: true } | { ok: false; retryAfterMs: number; alreadyWarned: boolean };

export class Cooldown {
  /** Per person: when they last asked, and the places (channels) told to wait since. */
  private readonly lastAsked = new Map<string, { at: number; warnedIn: Set<string> }>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

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
