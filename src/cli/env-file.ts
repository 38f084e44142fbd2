/**
 * `.env` read into the environment by dotenv, as before; dotenv itself (and the crypto module it
 * loads) is imported only when it has something to read, as most console starts have no `.env`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export async function loadEnvFile(): Promise<void> {
  // dotenv reads `.env` in the working folder, or with DOTENV_KEY set an encrypted `.env.vault`.
  if (!process.env.DOTENV_KEY && !existsSync(resolve(process.cwd(), '.env'))) return;
  const { config } = await import('dotenv');
  config({ quiet: true });
}
