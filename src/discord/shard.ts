/** The script each shard process runs under the ShardingManager (see start.ts). */
import { startBot } from './start.ts';

try {
  await startBot();
} catch (error) {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
