/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise a console on the loaded articles.
 * Discord code is imported only when it is needed, so the console starts quickly.
 */
import { parseArgs } from 'node:util';
import { runConsole } from './cli/console.ts';
import { loadData, readEnvironment, resolveDataDir } from './cli/data.ts';
import { loadEnvFile, tokenLineNote } from './cli/env-file.ts';
import { wantsColour } from './cli/terminal-text.ts';

// A reader that stops early (`npm start | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

const USAGE = `Usage: npm start [-- --data DIR]

Without DISCORD_TOKEN: a console to question the articles (type /help there).
With DISCORD_TOKEN (in the environment or .env): the Discord bot.

  --data DIR   load the articles in DIR (default: $DATA_DIR, else data)
  --help       show this help
`;
const EXIT_USAGE = 2;

async function main(): Promise<number> {
  let options: { data?: string | undefined; help?: boolean | undefined };
  try {
    options = parseArgs({ args: process.argv.slice(2), options: { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }).values;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (options.data !== undefined && options.data.trim() === '') {
    process.stderr.write(`--data needs a folder.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const envProblems = await loadEnvFile();
  for (const problem of envProblems) process.stderr.write(`${problem}\n`);
  // The flag wins over the environment and .env, for the console and the bot alike.
  if (options.data !== undefined) process.env.DATA_DIR = options.data;
  const environment = readEnvironment(process.env);

  if (environment.DISCORD_TOKEN) {
    const { startBot } = await import('./discord/start.ts');
    await startBot();
    return 0;
  }

  const tokenNote = tokenLineNote(envProblems);
  if (tokenNote) process.stderr.write(`${tokenNote}\n`);
  const { settingsProblemsBesideToken } = await import('./config.ts');
  const refused = settingsProblemsBesideToken(process.env);
  if (refused.length) process.stderr.write(`Without DISCORD_TOKEN this is the console, which does not need these; the Discord bot would refuse them:\n${refused.map((p) => `  - ${p}`).join('\n')}\n`);
  const { engine, problems } = await loadData(resolveDataDir(undefined, process.env));
  await runConsole({
    engine,
    problems,
    input: process.stdin,
    output: process.stdout,
    errorOutput: process.stderr,
    colour: wantsColour(process.stdout, process.env),
  });
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
