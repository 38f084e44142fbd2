/**
 * `.env` read into the environment by dotenv, as before; dotenv itself (and the crypto module it
 * loads) is imported only when it has something to read, as most console starts have no `.env`.
 * dotenv skips what it cannot read without a word, so the lines it skipped, and setting names
 * misspelt, are reported here: "DISCORD_TOKN=..." would otherwise leave the bot in the console with
 * no hint why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { closestName } from '../core/library-index.ts';

/** Reads `.env` into the environment; returns what looks wrong in it, one line each. */
export async function loadEnvFile(): Promise<string[]> {
  const file = resolve(process.cwd(), '.env');
  // dotenv reads `.env` in the working folder, or with DOTENV_KEY set an encrypted `.env.vault`.
  if (!process.env.DOTENV_KEY && !existsSync(file)) return [];
  const { config } = await import('dotenv');
  config({ quiet: true });
  if (!existsSync(file)) return [];
  const { SETTING_NAMES } = await import('../config.ts');
  return envFileProblems(readFileSync(file, 'utf8'), SETTING_NAMES);
}

/** "NAME=value", "export NAME=value", "NAME: value", as dotenv reads them. */
const SETTING_LINE = /^\s*(?:export\s+)?([\w.-]+)\s*(?:=|:\s|:$)/;
/** "DISCORD_TOKEN abc": a name and a value with neither "=" nor ":" between them. */
const NAME_WITHOUT_EQUALS = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)(?:\s|$)/;

/**
 * The lines of a `.env` text that set nothing of this bot's though they seem meant to: a line
 * without "=", and names close to a setting's ("DISCORD_TOKN", "discord_token"). Other names are
 * left alone, as a `.env` may hold settings of other tools. Values never appear in the messages:
 * one of them may be the token.
 */
export function envFileProblems(text: string, settingNames: readonly string[]): string[] {
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  let quote: string | undefined;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    // Inside a value quoted over several lines, whatever the lines hold is the value.
    if (quote) {
      if (line.includes(quote)) quote = undefined;
      continue;
    }
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const where = `.env line ${at + 1}`;
    const setting = SETTING_LINE.exec(line);
    if (setting) {
      const name = setting[1]!;
      const opening = /^(["'`])/.exec(line.slice(setting[0].length).trimStart())?.[1];
      if (opening && line.slice(setting[0].length).trimStart().slice(1).indexOf(opening) < 0) quote = opening;
      if (settingNames.includes(name)) continue;
      const meant = closestSetting(name, settingNames);
      if (meant) problems.push(`${where}: ${name} is not a setting of this bot, so it was ignored; did you mean ${meant}?`);
      continue;
    }
    const named = NAME_WITHOUT_EQUALS.exec(line)?.[1];
    const meant = named && (settingNames.includes(named) ? named : closestSetting(named, settingNames));
    problems.push(meant ? `${where} was ignored: write it as ${meant}=<value>, with "=" between the name and the value.` : `${where} was ignored: it is neither a setting (NAME=value) nor a comment (# ...).`);
  }
  return problems;
}

/** The setting a name was probably meant to be: the same but for case, or at most two letters off. */
function closestSetting(name: string, settingNames: readonly string[]): string | undefined {
  return closestName(name, settingNames, MISSPELT_SETTING_DISTANCE);
}
const MISSPELT_SETTING_DISTANCE = 2;

/**
 * Said when no token is set but `.env` has a line that seems meant to set one ("discord_token=...",
 * "DISCORD_TOKEN abc"): the console opening instead of the bot is then no surprise.
 */
export function tokenLineNote(problems: readonly string[]): string | undefined {
  return problems.some((problem) => problem.includes('DISCORD_TOKEN')) ? 'No DISCORD_TOKEN is set (see the .env line above), so this is the local console, not the Discord bot.' : undefined;
}
