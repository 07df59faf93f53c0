import { GitLayerError } from './errors';
import type { GitFs } from './GitFs';
import { lstatOrNull } from './GitFs';

/** How long to wait for native git's `.git/index.lock` to go away. */
export interface IndexLockOptions {
  /** Total time to wait before giving up, in ms (0 = do not wait). */
  waitMs: number;
  /** Time between checks, in ms. */
  pollMs: number;
  /** Sleeps for `ms`; a parameter so hosts can use their own timer. */
  sleep: (ms: number) => Promise<void>;
}

/**
 * Waits while native git holds `.git/index.lock` (isomorphic-git ignores it) and throws
 * `INDEX_LOCKED` if it is still there after `waitMs`.
 */
export async function waitForIndexLock(
  fs: GitFs,
  gitdir: string,
  options: IndexLockOptions,
  caller: string,
): Promise<void> {
  const lock = `${gitdir}/index.lock`;
  let waited = 0;
  while ((await lstatOrNull(fs, lock)) !== null) {
    if (waited >= options.waitMs) {
      throw new GitLayerError(
        'INDEX_LOCKED',
        `Another git process is using this vault (${lock} exists). If no git command is running, delete that file.`,
        caller,
      );
    }
    await options.sleep(options.pollMs);
    waited += options.pollMs;
  }
}
