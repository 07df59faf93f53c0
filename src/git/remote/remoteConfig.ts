import * as git from 'isomorphic-git';
import { Errors } from 'isomorphic-git';
import { RemoteError } from './RemoteError';
import { assertUsableRemoteUrl } from './supportedUrl';
import type { ObjectStore } from './treeChanges';

/** The current branch, or `DETACHED_HEAD`. */
export async function resolveBranch(store: ObjectStore, caller: string): Promise<string> {
  const branch = await git.currentBranch({ ...store, fullname: false });
  if (typeof branch !== 'string')
    throw new RemoteError('DETACHED_HEAD', 'HEAD is not on a branch: check out a branch first.', caller);
  return branch;
}

/** The URL configured for a remote, or `NO_REMOTE`. */
export async function resolveRemoteUrl(store: ObjectStore, remote: string, caller: string): Promise<string> {
  const url: unknown = await git.getConfig({ ...store, path: `remote.${remote}.url` });
  if (typeof url !== 'string' || url === '')
    throw new RemoteError('NO_REMOTE', `No remote named "${remote}" is configured.`, caller);
  return url;
}

/**
 * Adds or changes a remote's URL. Refuses a URL with credentials in it (`CREDENTIALS_IN_URL`):
 * the token is passed per operation, never stored in `.git/config`; and one that is not http(s)
 * (`UNSUPPORTED_URL`).
 */
export async function setRemote(store: ObjectStore, remote: string, url: string): Promise<void> {
  assertUsableRemoteUrl(url, 'setRemote');
  await git.addRemote({ ...store, remote, url, force: true });
}

/** The commit a ref points at, or null when it does not exist (an unborn branch). */
export async function resolveRefOrNull(store: ObjectStore, ref: string): Promise<string | null> {
  try {
    return await git.resolveRef({ ...store, ref });
  } catch (err) {
    if (err instanceof Errors.NotFoundError) return null;
    throw err;
  }
}
