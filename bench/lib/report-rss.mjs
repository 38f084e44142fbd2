/* global process -- imported (node --import) into every Node process a start-up run starts */
// Appends this process's peak resident memory (bytes) to the file named by REPORT_RSS_FILE as it exits.
import { appendFileSync } from 'node:fs';

const file = process.env.REPORT_RSS_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS * 1024}\n`));
