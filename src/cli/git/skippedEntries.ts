import type { SkippedEntry } from '../../git/worktreeEntry';
import type { CliIo } from '../io';

/** Says on stderr which entries were left out of a commit and why, one line each. */
export function reportSkipped(io: CliIo, skipped: readonly SkippedEntry[]): void {
  for (const entry of skipped) io.stderr(`skipped ${entry.path}: ${entry.reason}\n`);
}

/** Which tracked paths a file listing speaks for: not the skipped entries (a FIFO in place of a note is not its deletion). */
export function coveredBy(skipped: readonly SkippedEntry[]): (path: string) => boolean {
  const files = new Set(skipped.map((s) => s.path));
  const folders = skipped.map((s) => s.path).filter((p) => p.endsWith('/'));
  return (path) => !files.has(path) && !folders.some((folder) => path.startsWith(folder));
}
