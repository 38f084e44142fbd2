import { describe, expect, it } from 'vitest';
import { envFileProblems, tokenLineNote } from '../src/cli/env-file.ts';
import { ConfigError, DEFAULT_COOLDOWN_SECONDS, DEFAULT_DISCORD_API_URL, SETTING_NAMES, applicationIdOfToken, loadDiscordConfig, loadInviteConfig, settingsProblemsBesideToken } from '../src/config.ts';
import { createLogger } from '../src/discord/log.ts';

const TOKEN = `${Buffer.from('123456789012345678').toString('base64url')}.GxYzAb.abcdefghijklmnopqrstuvwxyz0123456789AB`;
const VALID = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678' };

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadDiscordConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadDiscordConfig', () => {
  it('given only the token and application id, then every other setting has its documented default', () => {
    expect(loadDiscordConfig(VALID)).toEqual({
      token: TOKEN,
      clientId: '123456789012345678',
      guildId: undefined,
      dataDir: 'data',
      logLevel: 'info',
      cooldownSeconds: DEFAULT_COOLDOWN_SECONDS,
      apiUrl: DEFAULT_DISCORD_API_URL,
      shardCount: undefined,
      deployCommandsOnStart: true,
      unansweredLog: undefined,
    });
  });

  it('given an empty environment, then both required settings are named with where to find them', () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^DISCORD_TOKEN is missing: .*Reset Token/);
    expect(problems[1]).toMatch(/^DISCORD_CLIENT_ID is missing: .*Application ID/);
  });

  it('given every optional setting wrong, then each gets its own message saying what to set', () => {
    const problems = problemsOf({
      ...VALID,
      DISCORD_GUILD_ID: 'my server',
      LOG_LEVEL: 'loud',
      QUESTION_COOLDOWN_SECONDS: '-2',
      DISCORD_API_URL: 'ftp://example.com',
      SHARD_COUNT: '0',
      DEPLOY_COMMANDS_ON_START: 'maybe',
    });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['DISCORD_GUILD_ID', 'LOG_LEVEL', 'QUESTION_COOLDOWN_SECONDS', 'DISCORD_API_URL', 'SHARD_COUNT', 'DEPLOY_COMMANDS_ON_START']);
    for (const problem of problems) {
      expect(problem).toMatch(/set it to/);
      // The validator's own wording ("Invalid option: expected one of ...") is no help to a person.
      expect(problem).not.toMatch(/invalid|expected|received/i);
    }
  });

  it('given a token pasted with the "Bot " prefix or a client secret instead, then the message explains which mistake it is and never repeats the value', () => {
    const withPrefix = problemsOf({ ...VALID, DISCORD_TOKEN: `Bot ${TOKEN}` });
    expect(withPrefix[0]).toMatch(/without the "Bot " prefix/);
    const secret = 'abcdefghijklmnopqrstuvwxyz012345';
    const withSecret = problemsOf({ ...VALID, DISCORD_TOKEN: secret });
    expect(withSecret[0]).toMatch(/does not look like a bot token/);
    for (const message of [...withPrefix, ...withSecret]) {
      expect(message).not.toContain(TOKEN);
      expect(message).not.toContain(secret);
    }
  });

  it('given SHARD_COUNT auto or a number, a proxy URL with a trailing slash and yes/no switches, then they are understood', () => {
    const config = loadDiscordConfig({ ...VALID, SHARD_COUNT: 'auto', DISCORD_API_URL: 'http://127.0.0.1:8080/api/', DEPLOY_COMMANDS_ON_START: 'no', LOG_LEVEL: 'DEBUG' });
    expect(config).toMatchObject({ shardCount: 'auto', apiUrl: 'http://127.0.0.1:8080/api', deployCommandsOnStart: false, logLevel: 'debug' });
    expect(loadDiscordConfig({ ...VALID, SHARD_COUNT: '4' }).shardCount).toBe(4);
  });

  it('given blank values, then they count as unset rather than as wrong', () => {
    expect(loadDiscordConfig({ ...VALID, DISCORD_GUILD_ID: '', DATA_DIR: ' ', LOG_LEVEL: '', UNANSWERED_LOG: ' ' })).toMatchObject({ guildId: undefined, dataDir: 'data', logLevel: 'info', unansweredLog: undefined });
  });

  it('given UNANSWERED_LOG, then unanswered questions go to that file', () => {
    expect(loadDiscordConfig({ ...VALID, UNANSWERED_LOG: ' logs/unanswered.jsonl ' }).unansweredLog).toBe('logs/unanswered.jsonl');
  });

  it('given only an application id, then the invite settings load without a token', () => {
    expect(loadInviteConfig({ DISCORD_CLIENT_ID: '123456789012345678' })).toEqual({ clientId: '123456789012345678' });
  });

  it('given a token, then the application it belongs to can be read from it', () => {
    expect(applicationIdOfToken(TOKEN)).toBe('123456789012345678');
    expect(applicationIdOfToken('not.a.token')).toBeUndefined();
  });
});

describe('.env lines that set nothing', () => {
  it('given a line without "=", then its line number and the way to write it are told, never its value', () => {
    const problems = envFileProblems(`# settings\nDISCORD_TOKEN ${TOKEN}\nsomething odd\n`, SETTING_NAMES);
    expect(problems).toEqual([
      '.env line 2 was ignored: write it as DISCORD_TOKEN=<value>, with "=" between the name and the value.',
      '.env line 3 was ignored: it is neither a setting (NAME=value) nor a comment (# ...).',
    ]);
    expect(problems.join('\n')).not.toContain(TOKEN);
  });

  it('given a setting misspelt or in lower case, then the setting meant is named; other tools\' settings are left alone', () => {
    const text = 'DISCORD_TOKN=abc\ndiscord_client_id=1\nexport LOG_LEVEL=info\nNODE_OPTIONS=--max-old-space-size=512\nDATA_DIR: data\n';
    expect(envFileProblems(text, SETTING_NAMES)).toEqual([
      '.env line 1: DISCORD_TOKN is not a setting of this bot, so it was ignored; did you mean DISCORD_TOKEN?',
      '.env line 2: discord_client_id is not a setting of this bot, so it was ignored; did you mean DISCORD_CLIENT_ID?',
    ]);
  });

  it('given a value quoted over several lines, then its inner lines are part of it, not lines to report', () => {
    expect(envFileProblems('UNANSWERED_LOG="logs/\nspread over lines\n"\nLOG_LEVEL=info\n', SETTING_NAMES)).toEqual([]);
  });
});

describe('a .env line meant to set the token', () => {
  it('given a token line misspelt or without "=", then the console says no token is set because of it; other lines say nothing of the token', () => {
    for (const text of ['discord_token=abc\n', 'DISCORD_TOKEN abc\n']) {
      expect(tokenLineNote(envFileProblems(text, SETTING_NAMES))).toBe('No DISCORD_TOKEN is set (see the .env line above), so this is the local console, not the Discord bot.');
    }
    expect(tokenLineNote(envFileProblems('LOG_LEVL=info\n', SETTING_NAMES))).toBeUndefined();
  });
});

describe('settings checked without a token', () => {
  it('given a value the bot would refuse, then it is told with what to set; the token and application id are not asked for', () => {
    expect(settingsProblemsBesideToken({ LOG_LEVEL: 'verbose' })).toEqual(['LOG_LEVEL is not a log level: set it to one of debug, info, warn, error, silent.']);
    expect(settingsProblemsBesideToken({})).toEqual([]);
  });
  it('given an application id set wrongly, then it is told too, though none is needed without a token', () => {
    expect(settingsProblemsBesideToken({ DISCORD_CLIENT_ID: 'x' })).toEqual([expect.stringMatching(/^DISCORD_CLIENT_ID must be an application id \(17 to 20 digits\)/)]);
    expect(settingsProblemsBesideToken({ DISCORD_CLIENT_ID: '123456789012345678' })).toEqual([]);
  });
});

describe('logger', () => {
  it('given the token among its secrets, then no log line contains it, even inside an error', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', secrets: [TOKEN], sink: (line) => lines.push(line) });
    logger.error('failed', { error: new Error(`request with ${TOKEN} failed`), header: `Bot ${TOKEN}` });
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(lines.join('\n')).toContain('[redacted]');
  });

  it('given a level, then lines below it are not written and each line is one JSON object', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', sink: (line) => lines.push(line) });
    logger.info('quiet');
    logger.warn('loud', { n: 1 });
    expect(lines.map((line) => JSON.parse(line) as { msg: string; level: string; n: number })).toEqual([expect.objectContaining({ level: 'warn', msg: 'loud', n: 1 })]);
  });
});
