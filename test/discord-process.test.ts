/**
 * `npm start` as a real process against the local Discord stand-in: settings from the
 * environment, start-up, a rejected token, clean shutdown when a process manager sends npm SIGTERM,
 * reloading on SIGHUP (and stopping on it when on a terminal), and two shards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InteractionResponseType } from 'discord.js';
import { afterEach, describe, expect, it, onTestFailed } from 'vitest';
import { exampleQuestions } from '../src/discord/suggestions.ts';
import { ROOT, runEntry } from './cli-fixtures.ts';
import { bundledLibrary, TEST_TOKEN, type LogLine } from './discord-e2e-support.ts';
import { descendantsOf, survivors } from './process-tree.ts';
import { startDiscordStandin, type DiscordStandin } from './support/discord-standin/index.ts';
import { bundledDataDir } from './bundled-data.ts';

interface Running {
  child: ChildProcess;
  logs: LogLine[];
  output: () => string;
  waitForLog(predicate: (line: LogLine) => boolean): Promise<LogLine>;
  exited: Promise<number | null>;
}

/** `terminal` runs it on a pseudo-terminal (through util-linux `script`), as when started by hand. */
function npmStart(env: Record<string, string>, { terminal = false } = {}): Running {
  // Every setting is given explicitly (blank means unset) so a developer's .env cannot change the test.
  const settings = { DISCORD_GUILD_ID: '', SHARD_COUNT: '', DATA_DIR: bundledDataDir(), LOG_LEVEL: 'info', QUESTION_COOLDOWN_SECONDS: '0', DEPLOY_COMMANDS_ON_START: 'true', ...env };
  const [file = '', ...args] = terminal ? ['script', '--quiet', '--return', '--command', 'npm start', '/dev/null'] : ['npm', 'start'];
  const child = spawn(file, args, { cwd: ROOT, env: { ...process.env, ...settings }, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: LogLine[] = [];
  let text = '';
  const waiters: { predicate: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const raw of lines) {
      if (!raw.startsWith('{')) continue;
      const line = JSON.parse(raw) as LogLine;
      logs.push(line);
      for (const waiter of [...waiters]) if (waiter.predicate(line)) waiter.resolve(line);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    logs,
    output: () => text,
    exited,
    waitForLog: (predicate) =>
      new Promise<LogLine>((resolve, reject) => {
        const found = logs.find(predicate);
        if (found) return resolve(found);
        waiters.push({ predicate, resolve });
        void exited.then((code) => reject(new Error(`the bot exited (${code}) before logging what was awaited:\n${text}`)));
      }),
  };
}

describe('npm start in Discord mode', () => {
  let discord: DiscordStandin | undefined;
  let running: Running | undefined;

  let started: number[] = [];

  afterEach(async () => {
    if (running && running.child.exitCode === null) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
    for (const pid of await survivors(started, 0)) process.kill(pid, 'SIGKILL');
    started = [];
    await discord?.close();
    discord = undefined;
    running = undefined;
  });

  const settingsFor = (standin: DiscordStandin) => ({ DISCORD_TOKEN: standin.token, DISCORD_CLIENT_ID: standin.applicationId, DISCORD_API_URL: standin.apiUrl });

  it('given valid settings, then it registers the commands, answers, and SIGTERM to npm shuts the bot down cleanly, leaving no process behind', async () => {
    discord = await startDiscordStandin({ token: TEST_TOKEN });
    running = npmStart(settingsFor(discord));
    await running.waitForLog((line) => line.msg === 'connected to Discord');
    expect(discord.commands().length).toBeGreaterThan(0);
    const [question = ''] = await exampleQuestions(await bundledLibrary());
    const reply = await discord.interact(discord.slashCommand('ask', { question }));
    expect(reply.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    started = descendantsOf(running.child.pid ?? 0);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(await survivors(started)).toEqual([]);
    expect(running.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['starting', 'articles loaded', 'commands registered', 'question', 'shutting down']));
    expect(running.output()).not.toContain(discord.token);
    discord.assertNoViolations();
  });

  it('given SIGHUP, then it reloads the articles, logs what it found, and keeps answering', async () => {
    discord = await startDiscordStandin({ token: TEST_TOKEN });
    running = npmStart(settingsFor(discord));
    await running.waitForLog((line) => line.msg === 'connected to Discord');
    // npm does not pass SIGHUP on: it goes to the bot's own process, whose pid the log gives.
    const { pid } = await running.waitForLog((line) => line.msg === 'starting');
    process.kill(pid as number, 'SIGHUP');
    const reload = await running.waitForLog((line) => line.trigger === 'SIGHUP');
    expect(reload).toMatchObject({ level: 'info', msg: 'articles unchanged', articles: 1, added: [], removed: [], changed: [], problems: 0 });
    const [question = ''] = await exampleQuestions(await bundledLibrary());
    const reply = await discord.interact(discord.slashCommand('ask', { question }));
    expect(reply.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  it('given the bot started on a terminal, then SIGHUP (the terminal closing) stops it rather than leaving it running unseen', async () => {
    discord = await startDiscordStandin({ token: TEST_TOKEN });
    running = npmStart(settingsFor(discord), { terminal: true });
    await running.waitForLog((line) => line.msg === 'connected to Discord');
    const { pid } = await running.waitForLog((line) => line.msg === 'starting');
    // Killing `script` would leave the bot behind, should it outlive the signal.
    onTestFailed(() => {
      process.kill(pid as number, 'SIGKILL');
    });
    process.kill(pid as number, 'SIGHUP');
    expect(await running.exited).toBe(0);
    expect(running.logs).toContainEqual(expect.objectContaining({ msg: 'shutting down', signal: 'SIGHUP' }));
  });

  it('given a token Discord rejects, then it says so and exits non-zero without printing the token', async () => {
    discord = await startDiscordStandin({ token: TEST_TOKEN });
    const wrong = TEST_TOKEN.replace(/.$/, 'Z');
    running = npmStart({ ...settingsFor(discord), DISCORD_TOKEN: wrong });
    expect(await running.exited).not.toBe(0);
    expect(running.output()).toMatch(/Discord rejected DISCORD_TOKEN/);
    expect(running.output()).not.toContain(wrong);
  });

  it('given Discord unreachable, refusing or closing every connection, then it logs that it could not start and never that it serves anything', async () => {
    const closing = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
    const refusing = createServer();
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const refusedPort = (refusing.address() as AddressInfo).port;
    await new Promise((resolve) => refusing.close(resolve));
    try {
      for (const port of [refusedPort, (closing.address() as AddressInfo).port]) {
        running = npmStart({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: `http://127.0.0.1:${port}/api` });
        expect(await running.exited).not.toBe(0);
        const messages = running.logs.map((l) => l.msg);
        expect(messages).toContain('could not register commands');
        expect(messages.at(-1)).toBe('could not start');
        expect(messages.filter((m) => /serv/i.test(m))).toEqual([]);
        expect(running.output()).toMatch(/Could not reach Discord's API/);
      }
    } finally {
      await new Promise((resolve) => closing.close(resolve));
    }
  }, 60_000);

  it('given Discord unreachable, then npm run deploy-commands says it could not reach the API and which setting to check, like npm start', async () => {
    const refusing = createServer();
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const port = (refusing.address() as AddressInfo).port;
    await new Promise((resolve) => refusing.close(resolve));
    const apiUrl = `http://127.0.0.1:${port}/api`;
    const result = await runEntry('src/discord/deploy-commands.ts', [], { env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: apiUrl, LOG_LEVEL: 'silent' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Could not register commands. Could not reach Discord's API at ${apiUrl} (ECONNREFUSED). Check the network connection, or DISCORD_API_URL if it is set.`);
    expect(result.stderr + result.stdout).not.toContain(TEST_TOKEN);
  });

  it('given a data folder that does not exist, then it says the folder was not found and how to name another, and exits non-zero', async () => {
    running = npmStart({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_API_URL: 'http://127.0.0.1:9/api', DATA_DIR: 'no-such-folder' });
    expect(await running.exited).not.toBe(0);
    expect(running.output()).toMatch(/Data folder not found: no-such-folder\. Set DATA_DIR in \.env \(or give npm start -- --data DIR\)/);
  });

  it('given an empty data folder, then it starts and warns that there are no articles yet', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'empty-data-'));
    try {
      discord = await startDiscordStandin({ token: TEST_TOKEN });
      running = npmStart({ ...settingsFor(discord), DATA_DIR: empty });
      const warning = await running.waitForLog((line) => line.level === 'warn' && /no articles/.test(line.msg));
      expect(warning).toMatchObject({ dir: empty });
      await running.waitForLog((line) => line.msg === 'connected to Discord');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('given a setting missing, then it names the setting and what to set, and exits non-zero', async () => {
    running = npmStart({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: '', DISCORD_API_URL: 'http://127.0.0.1:9/api' });
    expect(await running.exited).not.toBe(0);
    expect(running.output()).toMatch(/DISCORD_CLIENT_ID is missing: set it to your application id/);
    expect(running.output()).not.toContain(TEST_TOKEN);
  });

  // Four Node processes start one after another (npm, the manager, two shards): slow on a busy machine.
  it('given SHARD_COUNT=auto and Discord recommending two shards, then each shard process serves its own servers, reloads its articles on SIGHUP, and SIGTERM to npm stops them all', async () => {
    discord = await startDiscordStandin({ token: TEST_TOKEN, shards: 2 });
    running = npmStart({ ...settingsFor(discord), SHARD_COUNT: 'auto' });
    await running.waitForLog((line) => line.msg === 'all shards ready');
    const sessions = discord.gatewayLog.filter((entry) => entry.from === 'discord' && entry.t === 'READY').map((entry) => entry.shard);
    expect(sessions.sort()).toEqual([0, 1]);
    const [question = ''] = await exampleQuestions(await bundledLibrary());
    for (const guild of discord.guilds) {
      const reply = await discord.interact(discord.slashCommand('ask', { question }, { guildId: guild.id }));
      expect(reply.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    }
    expect(new Set(discord.guilds.map((guild) => discord?.shardOf(guild.id)))).toEqual(new Set([0, 1]));
    const answeredBy = running.logs.filter((l) => l.msg === 'question').map((l) => l.shard);
    expect(answeredBy.sort()).toEqual([0, 1]);
    const manager = await running.waitForLog((line) => line.msg === 'starting' && line.shard === undefined);
    process.kill(manager.pid as number, 'SIGHUP');
    for (const shard of [0, 1]) await running.waitForLog((line) => line.msg === 'articles unchanged' && line.trigger === 'SIGHUP' && line.shard === shard);
    started = descendantsOf(running.child.pid ?? 0);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(await survivors(started)).toEqual([]);
    discord.assertNoViolations();
  }, 60_000);
});
