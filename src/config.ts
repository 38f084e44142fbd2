/**
 * Settings for Discord mode, read from the environment (and `.env` through dotenv) and validated
 * here, so that every missing or wrong value is reported at start-up with what to set instead.
 * The token's value never appears in any message this module produces.
 */
import { z } from 'zod';

export const DEFAULT_DATA_DIR = 'data';
export const DEFAULT_LOG_LEVEL = 'info';
export const DEFAULT_COOLDOWN_SECONDS = 3;
export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const SNOWFLAKE = /^\d{17,20}$/;
// A bot token is three dot-separated base64url parts; this catches a pasted client secret or public key.
const TOKEN_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

const HINTS: Record<string, string> = {
  DISCORD_TOKEN: "set it to your bot's token: Developer Portal → your application → Bot → Reset Token (not the client secret or public key)",
  DISCORD_CLIENT_ID: 'set it to your application id: Developer Portal → your application → General Information → Application ID',
  DISCORD_GUILD_ID: 'set it to a server id (Discord: Settings → Advanced → Developer Mode, then right-click the server → Copy Server ID), or remove it to register commands globally',
  DATA_DIR: 'set it to the folder holding the article files, e.g. DATA_DIR=data',
  LOG_LEVEL: `set it to one of ${LOG_LEVELS.join(', ')}`,
  QUESTION_COOLDOWN_SECONDS: 'set it to a whole number of seconds between questions per user (0 turns the cooldown off), e.g. QUESTION_COOLDOWN_SECONDS=3',
  DISCORD_API_URL: `set it to an http(s) URL such as ${DEFAULT_DISCORD_API_URL}, or remove it`,
  SHARD_COUNT: 'set it to "auto" or a whole number of shards of at least 1, or remove it to run in one process',
  DEPLOY_COMMANDS_ON_START: 'set it to true or false (yes/no and 1/0 work too)',
  UNANSWERED_LOG: 'set it to the file to append unanswered questions to, e.g. UNANSWERED_LOG=logs/unanswered.jsonl, or leave it empty to keep no such log',
};

const emptyAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

const booleanSetting = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
  z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'is neither true nor false' }).transform((value) => ['true', '1', 'yes'].includes(value)),
);

const tokenSetting = z.preprocess(
  emptyAsUnset,
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
    .refine((token) => !/^bot\s/i.test(token.trim()), 'must be the token alone, without the "Bot " prefix')
    .refine((token) => !/\s/.test(token.trim()), 'must not contain spaces')
    .refine((token) => TOKEN_SHAPE.test(token.trim()), 'does not look like a bot token (three parts separated by dots)')
    .transform((token) => token.trim()),
);

const snowflakeText = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') }).regex(SNOWFLAKE, `must be ${what} id (17 to 20 digits)`);
const snowflake = (what: string) => z.preprocess((value) => trimmed(emptyAsUnset(value)), snowflakeText(what));
const optionalSnowflake = (what: string) => z.preprocess((value) => trimmed(emptyAsUnset(value)), snowflakeText(what).optional());

const settingsSchema = z.object({
  DISCORD_TOKEN: tokenSetting,
  DISCORD_CLIENT_ID: snowflake('an application'),
  DISCORD_GUILD_ID: optionalSnowflake('a server'),
  DATA_DIR: z.preprocess(emptyAsUnset, z.string().default(DEFAULT_DATA_DIR)),
  LOG_LEVEL: z.preprocess((v) => { const value = trimmed(emptyAsUnset(v)); return typeof value === 'string' ? value.toLowerCase() : value; }, z.enum(LOG_LEVELS, { error: 'is not a log level' }).default(DEFAULT_LOG_LEVEL)),
  QUESTION_COOLDOWN_SECONDS: z.preprocess(
    emptyAsUnset,
    z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must not be negative').max(3600, 'must be at most 3600').default(DEFAULT_COOLDOWN_SECONDS),
  ),
  DISCORD_API_URL: z.preprocess(
    emptyAsUnset,
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .default(DEFAULT_DISCORD_API_URL)
      .transform((url) => url.replace(/\/+$/, '')),
  ),
  SHARD_COUNT: z.preprocess(
    (v) => trimmed(emptyAsUnset(v)),
    z
      .string()
      .regex(/^(auto|[1-9]\d*)$/i, 'must be "auto" or a whole number of at least 1')
      .transform((value) => (value.toLowerCase() === 'auto' ? ('auto' as const) : Number(value)))
      .optional(),
  ),
  DEPLOY_COMMANDS_ON_START: z.preprocess(emptyAsUnset, booleanSetting.default(true)),
  UNANSWERED_LOG: z.preprocess((v) => trimmed(emptyAsUnset(v)), z.string().optional()),
});

/** Every setting this bot reads from the environment or `.env`. */
export const SETTING_NAMES: readonly string[] = Object.keys(settingsSchema.shape);

/**
 * Without a token the console runs, and reads none of the Discord settings; but a value the bot
 * would refuse is better told now than when it first joins Discord. One line per problem.
 */
export function settingsProblemsBesideToken(env: Env = process.env): string[] {
  // The client id is needed only with a token; one set wrongly is told all the same.
  const result = settingsSchema.omit({ DISCORD_TOKEN: true }).extend({ DISCORD_CLIENT_ID: optionalSnowflake('an application') }).safeParse(env);
  return result.success ? [] : describeIssues(result.error);
}

export interface DiscordConfig {
  token: string;
  clientId: string;
  guildId: string | undefined;
  dataDir: string;
  logLevel: LogLevel;
  cooldownSeconds: number;
  apiUrl: string;
  shardCount: 'auto' | number | undefined;
  deployCommandsOnStart: boolean;
  /** File the questions the articles did not answer are appended to; undefined keeps no such log. */
  unansweredLog: string | undefined;
}

/** Thrown with one line per problem, each naming the variable and saying what to set. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The bot's settings need attention (.env or environment):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function describeIssues(error: z.ZodError): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? 'settings');
    if (seen.has(name)) continue;
    seen.add(name);
    const hint = HINTS[name];
    problems.push(`${name} ${issue.message}${hint ? `: ${hint}` : ''}.`.replace(/\.\.$/, '.'));
  }
  return problems;
}

function parse<T extends z.ZodRawShape>(schema: z.ZodObject<T>, env: Env): z.output<z.ZodObject<T>> {
  const result = schema.safeParse(env);
  if (!result.success) throw new ConfigError(describeIssues(result.error));
  return result.data;
}

/** Everything the bot needs to run and register its commands. */
export function loadDiscordConfig(env: Env = process.env): DiscordConfig {
  const s = parse(settingsSchema, env);
  return {
    token: s.DISCORD_TOKEN,
    clientId: s.DISCORD_CLIENT_ID,
    guildId: s.DISCORD_GUILD_ID,
    dataDir: s.DATA_DIR,
    logLevel: s.LOG_LEVEL,
    cooldownSeconds: s.QUESTION_COOLDOWN_SECONDS,
    apiUrl: s.DISCORD_API_URL,
    shardCount: s.SHARD_COUNT,
    deployCommandsOnStart: s.DEPLOY_COMMANDS_ON_START,
    unansweredLog: s.UNANSWERED_LOG,
  };
}

/** The invite link needs only the application id. */
export function loadInviteConfig(env: Env = process.env): { clientId: string } {
  return { clientId: parse(settingsSchema.pick({ DISCORD_CLIENT_ID: true }), env).DISCORD_CLIENT_ID };
}

/** The application id a bot token was issued for (its first part is the id in base64), if readable. */
export function applicationIdOfToken(token: string): string | undefined {
  const id = Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8');
  return SNOWFLAKE.test(id) ? id : undefined;
}
