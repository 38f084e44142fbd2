/** The processes a command started, read from /proc (Linux), to check that none outlives it. */
import { readdirSync, readFileSync } from 'node:fs';

function parentOf(pid: number): number | undefined {
  try {
    // The command name, in parentheses, may hold spaces; the parent pid is the second field after it.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** Every live process below `root`: children, their children, and so on. */
export function descendantsOf(root: number): number[] {
  const pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const pid of pids) if (parentOf(pid) === found[i]) found.push(pid);
  }
  return found.slice(1);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pids of `pids` still alive once they had up to `graceMs` to exit. */
export async function survivors(pids: readonly number[], graceMs = 10_000): Promise<number[]> {
  const deadline = Date.now() + graceMs;
  while (pids.some(isAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return pids.filter(isAlive);
}
