import * as fs from 'node:fs';
import { GitRepo } from '../../../src/git/GitRepo';
import type { GitFs } from '../../../src/git/GitFs';
import { CONFIG_DIR } from './vaultBuilder';
import { nodeCodec } from './nodeCodec';
import { webCodec } from '../../../src/git/webCodec';

/** A fixed clock for commits: 2026-11-28T09:00Z plus one minute per call. */
export function steppingClock(): () => Date {
  let minute = 0;
  return () => new Date(Date.UTC(2026, 10, 28, 9, minute++));
}

/** Which object writer a test runs: isomorphic-git's own, or the loose-object writer with node's codec or the platform's (mobile's WebCrypto and CompressionStream). */
export type ObjectPath = 'isomorphic-git objects' | 'node codec' | 'web codec';

/** Every object path, for `describe.each`. */
export const OBJECT_PATHS: ObjectPath[] = ['isomorphic-git objects', 'node codec', 'web codec'];

/** A GitRepo over node's fs for a vault folder. */
export function repoFor(dir: string, fsClient: GitFs = fs, objects: ObjectPath = 'isomorphic-git objects'): GitRepo {
  return new GitRepo({
    fs: fsClient,
    dir,
    configDir: CONFIG_DIR,
    now: steppingClock(),
    author: { name: 'Tester', email: 'tester@example.org' },
    codec: objects === 'node codec' ? nodeCodec : objects === 'web codec' ? webCodec() : undefined,
  });
}
