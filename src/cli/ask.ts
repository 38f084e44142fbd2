/** Entry point of `npm run ask`; see ask-command.ts. */
import { runAsk } from './ask-command.ts';
import { loadEnvFile } from './env-file.ts';

for (const problem of await loadEnvFile()) process.stderr.write(`${problem}\n`);

// A reader that stops early (`| head -n 1`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await runAsk({
  argv: process.argv.slice(2),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
