/** Entry point of `npm run unanswered`; see unanswered-report.ts. */
import { config as loadDotenv } from 'dotenv';
import { runUnanswered } from './unanswered-report.ts';

loadDotenv({ quiet: true });

process.exitCode = await runUnanswered({ argv: process.argv.slice(2), env: process.env, stdout: process.stdout, stderr: process.stderr });
