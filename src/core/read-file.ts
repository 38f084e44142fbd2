/**
 * Reading files from a folder anyone may drop things into: only regular files (after following
 * links), only up to a size, and never blocking. A FIFO named `x.txt` would otherwise hang the read
 * forever, and a link to /dev/zero would be read until memory runs out.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';

/** A file that is not read; the message says what it is, e.g. "a named pipe (FIFO), not a regular file". */
export class UnreadableFileError extends Error {}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'something else';
}

function readableSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}

async function irregular(path: string, stats: Stats): Promise<UnreadableFileError> {
  const link = await lstat(path).then((own) => own.isSymbolicLink(), () => false);
  const target = link ? await realpath(path).catch(() => undefined) : undefined;
  const what = link ? `a link to ${kindOf(stats)}${target ? ` (${target})` : ''}` : kindOf(stats);
  return new UnreadableFileError(`${what}, not a regular file`);
}

/**
 * The file's bytes. Throws UnreadableFileError for anything but a regular file of at
 * most `maxBytes`, and the usual errno errors (ENOENT, EACCES) otherwise.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  const before = await stat(path);
  if (!before.isFile()) throw await irregular(path, before);
  if (before.size > maxBytes) throw new UnreadableFileError(`${readableSize(before.size)}, over the limit of ${readableSize(maxBytes)} for one file`);
  // Non-blocking, so that a file swapped for a FIFO between stat and open cannot hang the open.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw await irregular(path, opened);
    // Read to the end, not to the size stat gave: the file may still be growing.
    let buffer = Buffer.allocUnsafe(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw new UnreadableFileError(`over the limit of ${readableSize(maxBytes)} for one file (it grew while being read)`);
        const larger = Buffer.allocUnsafe(Math.min(length * 2, maxBytes + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
