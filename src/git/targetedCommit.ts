import * as git from 'isomorphic-git';
import { parseGitIndex } from './indexFile';
import type { IndexTarget } from './indexUpdate';
import { patchIndex, replaceFile } from './indexUpdate';
import { objectStore } from './ObjectStore';
import type { IndexLockOptions } from './indexLock';
import { waitForIndexLock } from './indexLock';
import { readBytesOrNull } from './GitFs';
import { clearJournal, readJournal, writeJournal } from './journal';
import { recoverInterrupted } from './recoverInterrupted';
import { headTargetRef, resolveRefOrNull, writeRefAtomic } from './refs';
import { GitLayerError } from './errors';
import type { RepoContext } from './RepoContext';
import type { MessageChange } from './commitMessage';
import { describeChanges } from './describeChanges';
import { expandFolders } from './expandFolders';
import type { BlobTarget, PathStatus, TreeChange } from './treeEdit';
import { EMPTY_TREE_OID, editTree } from './treeEdit';
import { isIgnoredPath, isSkipped, writeWorktreeBlob } from './worktree';

/** A commit's author (also its committer). */
export interface GitIdentity {
  name: string;
  email: string;
}

/** Options of {@link targetedCommit}. */
export interface TargetedCommitOptions {
  /** Normalised git paths to commit (created, modified, deleted or either side of a rename). */
  paths: readonly string[];
  /** The message, or a function of what actually changed (renames paired, item summaries read from the blobs). */
  message: string | ((changes: readonly MessageChange[]) => string);
  /** Renames the host saw, new path → old path, so the message can say "moved". */
  renames?: ReadonlyMap<string, string>;
  author: GitIdentity;
  /** Commit time: seconds since the epoch, and isomorphic-git's timezone offset in minutes. */
  timestamp: number;
  timezoneOffset: number;
  lock: IndexLockOptions;
}

/** What a commit did: a new commit, or nothing because the paths match HEAD. */
export type CommitResult =
  | { status: 'committed'; oid: string; parent: string | null; changes: PathStatus[]; message: string }
  | { status: 'nothing'; changes: [] };

const CALLER = 'GitRepo.commit';

/**
 * Commits exactly `paths` without scanning the tree: writes their blobs, rewrites the trees along
 * them from HEAD, writes the commit, syncs `.git/index` in one batch, and moves the branch ref
 * last. A failure before the ref moves restores the index, so the repository looks untouched
 * (objects already written are unreferenced and harmless).
 */
export async function targetedCommit(ctx: RepoContext, options: TargetedCommitOptions): Promise<CommitResult> {
  const journal = await readJournal(ctx);
  await recoverInterrupted(ctx, journal);
  await waitForIndexLock(ctx.fs, ctx.gitdir, options.lock, CALLER);
  const asked = [...new Set([...options.paths, ...(journal?.paths ?? [])])];
  if (asked.length === 0) {
    if (journal !== null) await clearJournal(ctx); // an import's finished journal, or an empty one
    return { status: 'nothing', changes: [] };
  }
  const ref = await headTargetRef(ctx, CALLER);
  const parent = await resolveRefOrNull(ctx, ref);
  const baseTree =
    parent === null
      ? null
      : (await git.readCommit({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, oid: parent, cache: ctx.cache })).commit
          .tree;
  const paths = await expandFolders(ctx, asked, baseTree);
  await writeJournal(ctx, { paths });

  const targets = new Map<string, BlobTarget | null>();
  for (const path of paths) {
    const target = await writeWorktreeBlob(ctx, path);
    // A FIFO, socket or device is not git's to commit: the path stays as HEAD and the index have it.
    if (target === null || !isSkipped(target)) targets.set(path, target);
  }
  let changes: TreeChange[] = [];
  let newTree = (await editTree(ctx, baseTree, targets, changes)) ?? EMPTY_TREE_OID;
  // .gitignore only matters for paths new to the tree; check those alone, and redo the tree if one is ignored.
  let ignoredNew = false;
  for (const change of changes) {
    const target = targets.get(change.path);
    if (change.status === 'added' && target && (await isIgnoredPath(ctx, change.path))) {
      target.onlyIfTracked = true;
      ignoredNew = true;
    }
  }
  if (ignoredNew) {
    changes = [];
    newTree = (await editTree(ctx, baseTree, targets, changes)) ?? EMPTY_TREE_OID;
  }

  if (newTree === baseTree || (parent === null && changes.length === 0)) {
    if (await indexDisagrees(ctx, targets)) await stageWithRollback(ctx, targets, async () => undefined);
    await clearJournal(ctx);
    return { status: 'nothing', changes: [] };
  }

  const message =
    typeof options.message === 'string'
      ? options.message
      : options.message(await describeChanges(ctx, changes, options.renames));
  const who = { ...options.author, timestamp: options.timestamp, timezoneOffset: options.timezoneOffset };
  const oid = await objectStore(ctx, ctx.codec).writeCommit({
    tree: newTree,
    parents: parent === null ? [] : [parent],
    author: who,
    message: message.endsWith('\n') ? message : `${message}\n`,
  });

  // From here a crash can leave the ref half moved: the journal says how to finish or undo it.
  await writeJournal(ctx, { paths, ref, from: parent, to: oid });
  await stageWithRollback(
    ctx,
    targets,
    async () => {
      if ((await resolveRefOrNull(ctx, ref)) !== parent) {
        throw new GitLayerError(
          'REF_MOVED',
          `${ref} moved while committing (another git process?); nothing was committed`,
          CALLER,
        );
      }
      await writeRefAtomic(ctx, ref, oid, CALLER);
    },
    async () => (await resolveRefOrNull(ctx, ref)) === oid,
  );
  await clearJournal(ctx);
  return { status: 'committed', oid, parent, changes: changes.map(({ path, status }) => ({ path, status })), message };
}

/**
 * Stages the paths, then runs `commitPoint` (moving the ref); if either fails, puts the index
 * back as it was so the repository looks untouched.
 */
async function stageWithRollback(
  ctx: RepoContext,
  targets: ReadonlyMap<string, BlobTarget | null>,
  commitPoint: () => Promise<void>,
  landed: () => Promise<boolean> = () => Promise.resolve(false),
): Promise<void> {
  const indexBefore = await readBytesOrNull(ctx.fs, `${ctx.gitdir}/index`);
  try {
    await syncIndex(ctx, targets);
    await checkIndexCount(ctx, indexBefore, targets);
    await commitPoint();
  } catch (err) {
    // The ref write may have happened even though the call failed: then the commit stands.
    if (await landed().catch(() => false)) return;
    await restoreIndex(ctx, indexBefore).catch(() => undefined);
    throw err;
  }
}

/**
 * Stages the committed state of the paths in `.git/index`: patched in place when the index
 * allows it, else with one batched isomorphic-git `add` and one batched `remove`.
 */
async function syncIndex(ctx: RepoContext, targets: ReadonlyMap<string, BlobTarget | null>): Promise<void> {
  const entries = new Map<string, IndexTarget | null>();
  for (const [path, t] of targets) {
    if (t === null) entries.set(path, null);
    else if (t.stats && !t.onlyIfTracked) entries.set(path, { oid: t.oid, mode: t.mode, stats: t.stats });
  }
  if (entries.size === targets.size && (await patchIndex(ctx, entries, ctx.codec))) return;
  const present = [...targets].filter(([, t]) => t !== null).map(([p]) => p);
  const gone = [...targets].filter(([, t]) => t === null).map(([p]) => p);
  const base = { fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, cache: ctx.cache };
  if (present.length > 0) await git.add({ ...base, filepath: present });
  if (gone.length > 0) await git.remove({ ...base, filepath: gone });
}

/** True when `.git/index` does not hold exactly these blobs (e.g. after a crash between ref and index). */
async function indexDisagrees(ctx: RepoContext, targets: ReadonlyMap<string, BlobTarget | null>): Promise<boolean> {
  const bytes = await readBytesOrNull(ctx.fs, `${ctx.gitdir}/index`);
  if (bytes === null) return true;
  const { entries } = parseGitIndex(bytes);
  for (const [path, target] of targets) {
    const entry = entries.get(path);
    if (target === null ? entry !== undefined : !target.onlyIfTracked && entry?.oid !== target.oid) return true;
  }
  return false;
}

/**
 * isomorphic-git takes a missing index for an empty one and would write back only the staged
 * paths (the index vanishing mid-commit, e.g. under a sync tool); an entry count this batch
 * cannot explain means that happened.
 */
async function checkIndexCount(
  ctx: RepoContext,
  before: Uint8Array | null,
  targets: ReadonlyMap<string, BlobTarget | null>,
): Promise<void> {
  const after = await readBytesOrNull(ctx.fs, `${ctx.gitdir}/index`);
  const count = (bytes: Uint8Array | null) =>
    bytes === null || bytes.length < 12 ? 0 : new DataView(bytes.buffer, bytes.byteOffset).getUint32(8);
  const added = [...targets.values()].filter((t) => t !== null).length;
  const removed = targets.size - added;
  const was = count(before);
  const now = count(after);
  if (now < was - removed || now > was + added) {
    throw new GitLayerError(
      'IO',
      `.git/index was not read correctly while staging (${was} entries became ${now}); the commit was abandoned`,
      CALLER,
    );
  }
}

async function restoreIndex(ctx: RepoContext, bytes: Uint8Array | null): Promise<void> {
  const path = `${ctx.gitdir}/index`;
  if (bytes === null) await ctx.fs.promises.unlink(path);
  else await replaceFile(ctx, path, bytes);
}
