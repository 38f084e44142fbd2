/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise a console on the loaded articles.
 * Discord code is imported only when it is needed, so the console starts quickly.
 */
import { config as loadDotenv } from 'dotenv';
import { runConsole } from './cli/console.ts';
import { loadData, readEnvironment, resolveDataDir } from './cli/data.ts';
import { wantsColour } from './cli/terminal-text.ts';

// A reader that stops early (`npm start | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const environment = readEnvironment(process.env);

  if (environment.DISCORD_TOKEN) {
    const { startBot } = await import('./discord/start.ts');
    await startBot();
    return 0;
  }

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
