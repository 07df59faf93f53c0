import { closeSync, openSync, readSync } from 'node:fs';
import { formatSize } from '../core/notes/parseFrontmatter';
import { CliError } from './CliError';
import { errnoCode } from './errnoCode';

const CHUNK = 64 * 1024;

/**
 * Reads a file the user named (a stylesheet, a settings or cache file) as UTF-8, refusing one
 * longer than `maxBytes`: reads in chunks and stops one byte past the cap, so `/dev/zero` or a
 * runaway file ends in a clear error (a CliError, exit 2) instead of exhausting memory.
 * `what` names the input in the message (`the stylesheet`).
 */
export function readCappedFile(path: string, what: string, maxBytes: number): string {
  return readCappedBytes(path, what, maxBytes).toString('utf8');
}

/** The bytes of a file the user named, with the same cap and errors as `readCappedFile`. */
export function readCappedBytes(path: string, what: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new CliError('IO', `cannot read ${what} ${path} (${errnoCode(error)})`);
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) {
        throw new CliError(
          'IO',
          `${what} ${path} is larger than ${formatSize(maxBytes)}; not read`,
          'check that the path names the file you meant',
        );
      }
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('IO', `cannot read ${what} ${path} (${errnoCode(error)})`);
  } finally {
    closeSync(fd);
  }
}
