import { lstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseGitIndex } from '../../git/indexFile';
import type { IndexReadAhead } from '../../git/statusScan';

/**
 * `.git/index` read and parsed ahead of the status scan, while the walk's lstats run: at 50,000
 * notes the parse is 12-15 ms of a no-change `vault-stack commit`, which the main thread did after
 * the lstats; done while the lstat helper thread boots and works, it costs the commit about half of
 * that or nothing. Only the commit bundle turns it on ({@link readIndexesAhead}): another command
 * listing the working tree would read the index for nothing. The scan takes a read only when
 * `.git/index` still has the stats it had just after the read (see `scanStatus`), else reads it again.
 */
let enabled = false;
/** Whether to read ahead even when no helper thread shares the lstats (tests, on small vaults). */
let unshared = false;

/** Reads by absolute index path, until the scan takes them. */
const reads = new Map<string, IndexReadAhead>();

/**
 * From now on, walks read their repository's `.git/index` ahead of the scan (the commit bundle's
 * entry), while a helper thread shares their lstats; with `alone`, also when none does (tests:
 * their vaults are too small to share). Alone the read gains nothing by coming early, and cost a
 * no-change commit at 50,000 notes 2-3 ms (the scan's data was live sooner when the young
 * generation filled).
 */
export function readIndexesAhead(on = true, alone = false): void {
  enabled = on;
  unshared = on && alone;
  if (!on) reads.clear();
}

/**
 * The read-ahead of the index of the repository at `gitdir`, to run while the lstats do, told
 * whether a helper thread shares them (else it reads nothing, see {@link readIndexesAhead}; it opens
 * absolute paths only: the process may be in the vault folder then); `undefined` when reads ahead
 * are off. It never throws: an index it cannot read or parse is left to the scan, which reports it.
 */
export function indexReadAhead(gitdir: string): ((shared: boolean) => void) | undefined {
  if (!enabled) return undefined;
  const path = resolve(gitdir, 'index');
  return (shared) => {
    reads.delete(path);
    if (!shared && !unshared) return;
    try {
      const before = lstatSync(path, { throwIfNoEntry: false }) ?? null;
      const bytes = readFileSync(path);
      const snapshot = parseGitIndex(bytes);
      const after = lstatSync(path, { throwIfNoEntry: false });
      if (after !== undefined) reads.set(path, { before, bytes, snapshot, after });
    } catch {
      // Missing, unreadable or corrupt: the scan reads it itself and says so.
    }
  };
}

/** The read made ahead of `path` (an index file), once; `null` when there is none. */
export function takeIndexRead(path: string): IndexReadAhead | null {
  const key = resolve(path);
  const read = reads.get(key) ?? null;
  reads.delete(key);
  return read;
}
