import * as git from 'isomorphic-git';
import { joinPath } from '../GitFs';
import { readCommitTree } from '../objectReader';
import { writeRefAtomic } from '../refs';
import type { RepoContext } from '../RepoContext';
import { checkoutPaths } from './checkoutPaths';
import type { RemoteOptions } from './RemoteOptions';
import { RemoteError } from './RemoteError';
import { uncommittedAmong } from './localChanges';
import { mergeCommits } from './mergeCommits';
import { resolveRefOrNull } from '../refs';
import { resolveBranch, resolveRemoteUrl } from './remoteConfig';
import { assertUsableRemoteUrl } from './supportedUrl';
import { toRemoteError } from './toRemoteError';
import { changedPaths } from './treeChanges';

/** Options of `pull`: the remote options plus who signs a merge commit. */
export interface PullOptions extends RemoteOptions {
  author: { name: string; email: string };
  /** Merge commit message; defaults to `Merge <remote>/<branch>`. */
  message?: string;
  /** The merge commit's time: seconds since the epoch and the timezone offset in minutes (default: now). */
  timestamp?: number;
  timezoneOffset?: number;
}

/** What a pull did. Every outcome except `fast-forward` and `merged` leaves the working tree and the branch untouched. */
export type PullResult =
  /** Nothing new on the remote (the local branch may be ahead). */
  | { status: 'up-to-date'; head: string; ahead: boolean }
  /** The remote has no such branch yet: push first. */
  | { status: 'remote-branch-missing'; branch: string }
  /** The branch moved forward to the remote commit; `changed` files were updated. */
  | { status: 'fast-forward'; from: string | null; to: string; changed: string[] }
  /** Both sides had commits; a merge commit joins them and `changed` files came from the remote. */
  | { status: 'merged'; from: string; to: string; remote: string; changed: string[] }
  /** Both sides changed the same notes in ways that do not merge: nothing was touched; local and remote commits are both kept. */
  | { status: 'conflict'; conflicts: string[]; local: string; remote: string }
  /** Uncommitted local work in files the remote changed: commit first; nothing was touched. */
  | { status: 'uncommitted-changes'; paths: string[]; remote: string }
  /** The local and remote branches share no history (two vaults initialised apart). */
  | { status: 'unrelated-histories'; local: string; remote: string };

/**
 * Fetches the branch from the remote, then fast-forwards, or merges when both sides changed
 * different notes. A merge that would conflict stops before touching the working tree and lists
 * the conflicting notes. Auth and network failures throw `RemoteError` with a stable code.
 */
export async function pull(options: PullOptions): Promise<PullResult> {
  const { fs, http, dir, onAuth, onProgress, author } = options;
  const gitdir = options.gitdir ?? joinPath(dir, '.git');
  const cache = options.cache ?? {};
  const remote = options.remote ?? 'origin';
  const store: RepoContext = { fs, dir, gitdir, cache, codec: options.codec };
  const branch = await resolveBranch(store, 'pull');
  if (options.ref !== undefined && options.ref !== branch) {
    throw new RemoteError(
      'BRANCH_NOT_CHECKED_OUT',
      `Pull updates the checked-out branch (${branch}), not ${options.ref}.`,
      'pull',
    );
  }
  const url = options.url ?? (await resolveRemoteUrl(store, remote, 'pull'));
  assertUsableRemoteUrl(url, 'pull');

  let theirs: string | null;
  try {
    const fetched = await git.fetch({
      fs,
      http,
      dir,
      gitdir,
      cache,
      remote,
      url,
      ref: branch,
      remoteRef: branch,
      singleBranch: true,
      tags: false,
      onAuth,
      onProgress,
    });
    theirs = fetched.fetchHead;
  } catch (err) {
    if ((err as { code?: unknown } | null)?.code === 'NotFoundError')
      return { status: 'remote-branch-missing', branch };
    throw toRemoteError(err, 'pull');
  }
  if (theirs === null) return { status: 'remote-branch-missing', branch };

  const ours = await resolveRefOrNull(store, `refs/heads/${branch}`);
  if (ours === null) return fastForward(store, branch, null, theirs);
  if (ours === theirs) return { status: 'up-to-date', head: ours, ahead: false };

  const bases = (await git.findMergeBase({ ...store, oids: [ours, theirs] })) as string[];
  if (bases.length === 0) return { status: 'unrelated-histories', local: ours, remote: theirs };
  if (bases.length > 1) {
    throw new RemoteError(
      'MERGE_NOT_SUPPORTED',
      'The local and remote histories cross in a way that cannot be merged here; merge them with git.',
      'pull',
    );
  }
  const base = bases[0];
  if (base === theirs) return { status: 'up-to-date', head: ours, ahead: true };
  if (base === ours) return fastForward(store, branch, ours, theirs);
  const now = new Date();
  const signature = {
    ...author,
    timestamp: options.timestamp ?? Math.floor(now.getTime() / 1000),
    timezoneOffset: options.timezoneOffset ?? now.getTimezoneOffset(),
  };
  return mergeWithRemote(store, {
    branch,
    ours,
    theirs,
    base,
    author: signature,
    message: options.message ?? `Merge ${remote}/${branch}`,
  });
}

async function fastForward(
  store: RepoContext,
  branch: string,
  ours: string | null,
  theirs: string,
): Promise<PullResult> {
  const changed = await changedPaths(store, ours, theirs);
  const head = ours === null ? null : await readCommitTree(store, ours);
  const tree = await readCommitTree(store, theirs);
  const dirty = await uncommittedAmong(store, { head, incoming: tree }, changed);
  if (dirty.length > 0) return { status: 'uncommitted-changes', paths: dirty, remote: theirs };
  // The files first, the branch last: a crash in between leaves HEAD where it was.
  await checkoutPaths(store, { tree, paths: changed });
  await writeRefAtomic(store, `refs/heads/${branch}`, theirs, 'pull');
  return { status: 'fast-forward', from: ours, to: theirs, changed };
}

interface MergePlan {
  branch: string;
  ours: string;
  theirs: string;
  base: string;
  author: { name: string; email: string; timestamp: number; timezoneOffset: number };
  message: string;
}

async function mergeWithRemote(store: RepoContext, plan: MergePlan): Promise<PullResult> {
  const { branch, ours, theirs, base } = plan;
  const [ourChanges, theirChanges] = await Promise.all([
    changedPaths(store, base, ours),
    changedPaths(store, base, theirs),
  ]);
  const [head, incoming] = await Promise.all([readCommitTree(store, ours), readCommitTree(store, theirs)]);
  const dirty = await uncommittedAmong(store, { head, incoming }, theirChanges);
  if (dirty.length > 0) return { status: 'uncommitted-changes', paths: dirty, remote: theirs };
  const merged = await mergeCommits(store, {
    base,
    ours,
    theirs,
    ourChanges,
    theirChanges,
    author: plan.author,
    message: plan.message,
  });
  if (merged.status === 'conflict')
    return { status: 'conflict', conflicts: merged.conflicts, local: ours, remote: theirs };
  const tree = await readCommitTree(store, merged.oid);
  // The files first, the branch last: a crash in between leaves HEAD where it was.
  await checkoutPaths(store, { tree, paths: await changedPaths(store, ours, merged.oid) });
  await writeRefAtomic(store, `refs/heads/${branch}`, merged.oid, 'pull');
  return { status: 'merged', from: ours, to: merged.oid, remote: theirs, changed: theirChanges };
}
