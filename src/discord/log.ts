/**
 * Structured logs: one JSON object per line, filtered by level. Secrets registered with the logger
 * (the bot token) are masked wherever they would appear, including inside error messages.
 */
import type { LogLevel } from '../config.ts';

const SEVERITY: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const MASK = '[redacted]';

export type LogFields = Record<string, unknown>;
export type LogSink = (line: string) => void;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Values masked in every line (e.g. the token). */
  secrets?: readonly string[];
  sink?: LogSink;
  base?: LogFields;
}

function describeError(error: Error): LogFields {
  const fields: LogFields = { name: error.name, message: error.message };
  const extra = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  if (extra.code !== undefined) fields.code = extra.code;
  if (extra.status !== undefined) fields.status = extra.status;
  if (extra.method !== undefined) fields.method = extra.method;
  if (error.stack) fields.stack = error.stack.split('\n').slice(1, 6).map((line) => line.trim());
  return fields;
}

function serialise(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Error ? describeError(v) : typeof v === 'bigint' ? v.toString() : v));
}

export function createLogger(options: LoggerOptions): Logger {
  const threshold = SEVERITY[options.level];
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 8);
  const sink = options.sink ?? ((line: string) => process.stdout.write(`${line}\n`));
  const mask = (line: string) => secrets.reduce((text, secret) => text.split(secret).join(MASK), line);

  const make = (base: LogFields): Logger => {
    const write = (level: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields) => {
      if (SEVERITY[level] < threshold) return;
      sink(mask(serialise({ time: new Date().toISOString(), level, msg, ...base, ...fields })));
    };
    return {
      debug: (msg, fields) => write('debug', msg, fields),
      info: (msg, fields) => write('info', msg, fields),
      warn: (msg, fields) => write('warn', msg, fields),
      error: (msg, fields) => write('error', msg, fields),
      child: (fields) => make({ ...base, ...fields }),
    };
  };
  return make(options.base ?? {});
}

export const silentLogger: Logger = createLogger({ level: 'silent' });
