/**
 * `npm run deploy-commands`: registers every command in commands/ with Discord, globally or to
 * DISCORD_GUILD_ID (instant, for development). Nothing is written when Discord already has exactly
 * these definitions, so running it again (or at every start) changes nothing.
 */
import { REST, Routes, type RESTGetAPIApplicationCommandsResult, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { pathToFileURL } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadDiscordConfig, type DiscordConfig } from '../config.ts';
import type { Command } from './command.ts';
import { commandsJSON, loadCommands } from './commands.ts';
import { isTokenRejection, TokenRejectedError, unreachable } from './errors.ts';
import { createLogger, type Logger } from './log.ts';

export interface DeployResult {
  scope: 'global' | 'guild';
  commands: string[];
  changed: boolean;
}

/** Values Discord fills in or leaves out that mean "nothing set". */
const isUnset = (value: unknown) => value === undefined || value === null || value === false || (Array.isArray(value) && value.length === 0);

/** Whether `remote` says everything `local` says (ignoring ids, versions and defaults Discord adds). */
function covers(local: unknown, remote: unknown): boolean {
  if (isUnset(local)) return isUnset(remote);
  if (Array.isArray(local)) return Array.isArray(remote) && local.length === remote.length && local.every((item, i) => covers(item, remote[i]));
  if (typeof local === 'object' && local !== null) {
    if (typeof remote !== 'object' || remote === null) return false;
    const remoteRecord = remote as Record<string, unknown>;
    return Object.entries(local).every(([key, value]) => covers(value, remoteRecord[key]));
  }
  // Discord returns permission bit fields as strings.
  return String(local) === String(remote);
}

export function sameCommands(local: readonly RESTPostAPIApplicationCommandsJSONBody[], remote: readonly unknown[]): boolean {
  if (local.length !== remote.length) return false;
  return local.every((command) => {
    const match = remote.find((r) => (r as { name?: unknown }).name === command.name && ((r as { type?: unknown }).type ?? 1) === (command.type ?? 1));
    return match !== undefined && covers({ ...command, type: command.type ?? 1 }, match);
  });
}

export interface DeployOptions {
  config: Pick<DiscordConfig, 'token' | 'clientId' | 'guildId' | 'apiUrl'>;
  logger: Logger;
  commands?: ReadonlyMap<string, Command>;
}

export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const { config, logger } = options;
  const body = commandsJSON(options.commands ?? (await loadCommands()));
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  const scope = config.guildId ? 'guild' : 'global';
  const names = body.map((command) => command.name);
  try {
    const existing = (await rest.get(route)) as RESTGetAPIApplicationCommandsResult;
    if (sameCommands(body, existing)) {
      logger.info('commands already registered', { scope, guild: config.guildId, commands: names });
      return { scope, commands: names, changed: false };
    }
    await rest.put(route, { body });
  } catch (error) {
    if (isTokenRejection(error)) throw new TokenRejectedError();
    throw error;
  }
  logger.info('commands registered', { scope, guild: config.guildId, commands: names });
  return { scope, commands: names, changed: true };
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  let config: DiscordConfig;
  try {
    config = loadDiscordConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, secrets: [config.token] });
  try {
    const result = await deployCommands({ config, logger });
    const where = result.scope === 'guild' ? `to server ${config.guildId} (available now)` : 'globally (may take a few minutes to appear everywhere)';
    console.log(`${result.changed ? 'Registered' : 'Already up to date:'} ${result.commands.length} commands ${where}: ${result.commands.join(', ')}`);
  } catch (error) {
    logger.error('could not register commands', { error });
    const told = error instanceof TokenRejectedError ? error : unreachable(error, config.apiUrl);
    console.error(told ? `Could not register commands. ${told.message}` : `Could not register commands: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
