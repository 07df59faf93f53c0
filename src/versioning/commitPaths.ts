import type { GitFs } from '../git/GitFs';
import type { GitRepo } from '../git/GitRepo';
import type { CommitResult } from '../git/targetedCommit';
import type { Finding } from '../core/guard/Finding';
import { scanPathsForSecrets } from './scanPathsForSecrets';

/** Options of {@link commitPaths}. */
export interface CommitPathsOptions {
  repo: GitRepo;
  /** The same fs and vault root the repository was opened with. */
  fs: GitFs;
  dir: string;
  /** Vault paths changed since the last commit. */
  paths: readonly string[];
  /** New path → old path, for renames the host saw. */
  renames?: ReadonlyMap<string, string>;
  /** Paths or globs the secret guard skips. */
  allowlist: readonly string[];
  /** A message instead of the item-aware one. */
  message?: string;
}

/** A commit, nothing to commit, or a commit the secret guard blocked (nothing was written). */
export type CommitPathsResult = CommitResult | { status: 'blocked'; findings: Finding[] };

/**
 * Commits exactly `paths`, after the secret guard has read every text file about to be committed:
 * any finding blocks the commit and nothing is written. The git layer writes the message in item
 * terms (`habit: Meditate checked in 2026-11-28`) unless one is given.
 */
export async function commitPaths(options: CommitPathsOptions): Promise<CommitPathsResult> {
  const { repo, fs, dir, paths } = options;
  // Even with no paths the git layer runs: it finishes or rolls back a commit a crash interrupted.
  const findings = await scanPathsForSecrets(fs, dir, paths, options.allowlist);
  if (findings.length > 0) return { status: 'blocked', findings };
  return repo.commit({ paths, renames: options.renames, message: options.message });
}
