import * as fs from 'node:fs';
import { GitRepo } from '../../../src/git/GitRepo';
import type { GitFs } from '../../../src/git/GitFs';
import { CONFIG_DIR } from './vaultBuilder';

/** A fixed clock for commits: 2026-11-28T09:00Z plus one minute per call. */
export function steppingClock(): () => Date {
  let minute = 0;
  return () => new Date(Date.UTC(2026, 10, 28, 9, minute++));
}

/** A GitRepo over node's fs for a vault folder. */
export function repoFor(dir: string, fsClient: GitFs = fs): GitRepo {
  return new GitRepo({ fs: fsClient, dir, configDir: CONFIG_DIR, now: steppingClock(), author: { name: 'Tester', email: 'tester@example.org' } });
}
