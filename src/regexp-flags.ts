/**
 * How this process was told to compile regular expressions: `npm start`, `npm run bench` and the other
 * scripts give node --no-regexp-tier-up (see docs/running.md). The processes it starts are told the same.
 */
export const REGEXP_FLAGS: readonly string[] = process.execArgv.filter((arg) => /^--(?:no-)?regexp-/.test(arg));
