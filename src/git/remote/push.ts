import * as git from 'isomorphic-git';
import { joinPath } from '../GitFs';
import type { RemoteOptions } from './RemoteOptions';
import { resolveRefOrNull } from '../refs';
import { resolveBranch, resolveRemoteUrl } from './remoteConfig';
import { RemoteError } from './RemoteError';
import { assertUsableRemoteUrl } from './supportedUrl';
import { toRemoteError } from './toRemoteError';

/** What a push did. It never forces: a remote with commits this vault lacks is `rejected`. */
export type PushResult =
  | { status: 'pushed'; branch: string; oid: string }
  | { status: 'rejected'; branch: string; reason: 'not-fast-forward' | 'remote-refused'; message: string };

const PULL_FIRST = 'The remote has commits this vault does not have: pull first, then push.';

/**
 * Pushes the current (or given) branch to the remote without forcing. A non-fast-forward push,
 * whether refused here or by the server, is a `rejected` result saying to pull first. Auth and
 * network failures throw `RemoteError` with a stable code.
 */
export async function push(options: RemoteOptions): Promise<PushResult> {
  const { fs, http, dir, onAuth, onProgress } = options;
  const gitdir = options.gitdir ?? joinPath(dir, '.git');
  const cache = options.cache ?? {};
  const remote = options.remote ?? 'origin';
  const store = { fs, dir, gitdir, cache };
  const branch = options.ref ?? (await resolveBranch(store, 'push'));
  const url = options.url ?? (await resolveRemoteUrl(store, remote, 'push'));
  assertUsableRemoteUrl(url, 'push');
  const oid = await resolveRefOrNull(store, `refs/heads/${branch}`);
  if (oid === null)
    throw new RemoteError('NOTHING_TO_PUSH', `The branch ${branch} has no commits to push yet.`, 'push');

  try {
    await git.push({
      fs,
      http,
      dir,
      gitdir,
      cache,
      remote,
      url,
      ref: branch,
      remoteRef: branch,
      force: false,
      onAuth,
      onProgress,
    });
    return { status: 'pushed', branch, oid };
  } catch (err) {
    // isomorphic-git's errors by their stable code (its Errors namespace would bundle every error class).
    const code = (err as { code?: unknown } | null)?.code;
    if (code === 'PushRejectedError') {
      return { status: 'rejected', branch, reason: 'not-fast-forward', message: PULL_FIRST };
    }
    if (code === 'GitPushError') {
      const { refs } = (err as { data: { result: { refs: Record<string, { ok: boolean; error?: string }> } } }).data
        .result;
      const refusal = Object.values(refs).find((r) => !r.ok)?.error ?? (err as Error).message;
      const nonFastForward = /non-fast-forward|fetch first|failed to update ref|stale/i.test(refusal);
      return nonFastForward
        ? { status: 'rejected', branch, reason: 'not-fast-forward', message: PULL_FIRST }
        : { status: 'rejected', branch, reason: 'remote-refused', message: `The remote refused the push: ${refusal}` };
    }
    throw toRemoteError(err, 'push');
  }
}
