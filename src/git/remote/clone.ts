import * as git from 'isomorphic-git';
import { joinPath } from '../GitFs';
import type { RemoteOptions } from './RemoteOptions';
import { assertNoCredentialsInUrl } from './credentials';
import { toRemoteError } from './toRemoteError';

/** Options of `clone`: where from, and which branch (default: the remote's default branch). */
export interface CloneOptions extends Omit<RemoteOptions, 'remote'> {
  url: string;
}

/**
 * Clones a remote into `dir` and records it as `origin` with the URL as given — which must not
 * carry credentials. Returns the checked-out commit. Failures throw `RemoteError`.
 */
export async function clone(options: CloneOptions): Promise<{ branch: string; head: string }> {
  const { fs, http, dir, url, onAuth } = options;
  const gitdir = options.gitdir ?? joinPath(dir, '.git');
  const cache = options.cache ?? {};
  assertNoCredentialsInUrl(url, 'clone');
  try {
    await git.clone({ fs, http, dir, gitdir, cache, url, ref: options.ref, singleBranch: true, onAuth });
  } catch (err) {
    throw toRemoteError(err, 'clone');
  }
  const branch = (await git.currentBranch({ fs, dir, gitdir })) ?? options.ref ?? 'main';
  const head = await git.resolveRef({ fs, dir, gitdir, ref: 'HEAD' });
  return { branch, head };
}
