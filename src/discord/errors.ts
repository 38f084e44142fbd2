/** Failures shown to people as a short reference that also appears in the log. */
import { randomBytes } from 'node:crypto';

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Six characters, easy to read out and to search for in the log. */
export function newReference(): string {
  return [...randomBytes(6)].map((byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]).join('');
}

export function somethingWentWrong(reference: string): string {
  return `Something went wrong on my side. If it keeps happening, report reference \`${reference}\`.`;
}

/** Discord refused the token (gateway close 4004 or REST 401). */
export class TokenRejectedError extends Error {
  constructor() {
    super('Discord rejected DISCORD_TOKEN. Reset the token (Developer Portal → your application → Bot → Reset Token) and put the new one in .env.');
    this.name = 'TokenRejectedError';
  }
}

export function isTokenRejection(error: unknown): boolean {
  const e = error as { code?: unknown; status?: unknown } | null;
  return e?.code === 'TokenInvalid' || e?.status === 401 || e?.code === 4004;
}

const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

/** A connection failure, told in terms of the setting that decides where the bot connects. */
export function unreachable(error: unknown, apiUrl: string): Error | undefined {
  let cause: unknown = error;
  for (let depth = 0; cause && depth < 4; depth++) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code && NETWORK_ERRORS.has(code)) {
      return new Error(`Could not reach Discord's API at ${apiUrl} (${code}). Check the network connection, or DISCORD_API_URL if it is set.`);
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}
