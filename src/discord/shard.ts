/** The script each shard process runs under the ShardingManager (see start.ts). */
import { startBot } from './start.ts';

// A shard has no purpose without its manager: when the manager's channel closes (it exited or was
// killed), this process leaves too instead of running on unsupervised.
process.on('disconnect', () => process.exit(0));

try {
  await startBot();
} catch (error) {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
