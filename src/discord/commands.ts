/**
 * Loads every command file in commands/. The same loader serves start-up (to route interactions)
 * and deploy-commands (to register their JSON), so what is registered is what is served.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from './command.ts';

export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

function isCommandFile(name: string): boolean {
  return /\.(ts|js|mjs)$/.test(name) && !/\.(d|test|spec)\.[mc]?[jt]s$/.test(name);
}

function isCommand(value: unknown): value is Command {
  const candidate = value as Partial<Command> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.execute === 'function' &&
    typeof candidate.data?.name === 'string' &&
    typeof candidate.data.toJSON === 'function' &&
    (candidate.autocomplete === undefined || typeof candidate.autocomplete === 'function')
  );
}

/** Commands by name. Throws naming the file when one is malformed or two share a name. */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  const commands = new Map<string, Command>();
  const files = (await readdir(dir)).filter(isCommandFile).sort();
  for (const file of files) {
    const path = join(dir, file);
    const module: unknown = await import(pathToFileURL(path).href);
    if (!isCommand(module)) throw new Error(`${path} must export "data" (a command builder) and "execute" (a function).`);
    if (commands.has(module.data.name)) throw new Error(`${path} uses the command name "${module.data.name}", which another file already uses.`);
    commands.set(module.data.name, { data: module.data, execute: module.execute, ...(module.autocomplete ? { autocomplete: module.autocomplete } : {}) });
  }
  return commands;
}

export function commandsJSON(commands: ReadonlyMap<string, Command>) {
  return [...commands.values()].map((command) => command.data.toJSON());
}
