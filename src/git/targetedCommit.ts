import { parseGitIndex } from './indexFile';
import type { IndexTarget } from './indexUpdate';
import { patchIndex, readIndexBytes, replaceFile } from './indexUpdate';
import { NO_STATS, writeIndexOfTree } from './indexOfTree';
import { ObjectWriteBatch, objectStore } from './ObjectStore';
import { readCommitTree } from './objectReader';
import type { IndexLockOptions } from './indexLock';
import { waitForIndexLock } from './indexLock';
import { lstatOrNull, readBytesOrNull } from './GitFs';
import { ignoreRulesFs } from './ignoreRulesFs';
import { clearJournal, readJournal, writeJournal } from './journal';
import { recoverInterrupted } from './recoverInterrupted';
import { headTargetRef, resolveRefOrNull, writeRefAtomic } from './refs';
import { GitLayerError } from './errors';
import type { RepoContext } from './RepoContext';
import type { MessageChange } from './commitMessage';
import { describeChanges } from './describeChanges';
import { expandFolders } from './expandFolders';
import type { BlobTarget, PathStatus, TreeChange } from './treeEdit';
import type { FolderTrees } from './cacheTree';
import { EMPTY_TREE_OID, editTree, settleAll } from './treeEdit';
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
  const baseTree = parent === null ? null : await readCommitTree(ctx, parent);
  const paths = await expandFolders(ctx, asked, baseTree);
  await writeJournal(ctx, { paths });

  // The blobs are read and written at once (their fs round trips overlap), kept in path order.
  const read = await settleAll(paths.map((path) => writeWorktreeBlob(ctx, path)));
  const targets = new Map<string, BlobTarget | null>();
  paths.forEach((path, i) => {
    const target = read[i];
    // A FIFO, socket or device is not git's to commit: the path stays as HEAD and the index have it.
    if (target === null || !isSkipped(target)) targets.set(path, target);
  });
  // Tree and commit writes stay in flight until the batch settles, before the ref can move.
  const batch = new ObjectWriteBatch();
  try {
    return await commitTargets(ctx, options, { ref, parent, baseTree, paths, targets, batch });
  } finally {
    await batch.settle().catch(() => undefined);
  }
}

/** What {@link targetedCommit} found before editing the tree. */
interface CommitPlan {
  ref: string;
  parent: string | null;
  baseTree: string | null;
  paths: string[];
  targets: Map<string, BlobTarget | null>;
  batch: ObjectWriteBatch;
}

async function commitTargets(
  ctx: RepoContext,
  options: TargetedCommitOptions,
  { ref, parent, baseTree, paths, targets, batch }: CommitPlan,
): Promise<CommitResult> {
  let changes: TreeChange[] = [];
  // Each edited folder's tree before and after, so the index's cache-tree keeps those it can.
  let folders = new Map<string, FolderTrees>();
  let newTree = (await editTree(ctx, baseTree, targets, changes, batch, folders)) ?? EMPTY_TREE_OID;
  // .gitignore only matters for paths new to the tree; check those alone, and redo the tree if one is ignored.
  let ignoredNew = false;
  const rules: RepoContext = { ...ctx, fs: ignoreRulesFs(ctx.fs) };
  for (const change of changes) {
    const target = targets.get(change.path);
    if (change.status === 'added' && target && (await isIgnoredPath(rules, change.path))) {
      target.onlyIfTracked = true;
      ignoredNew = true;
    }
  }
  if (ignoredNew) {
    changes = [];
    folders = new Map();
    newTree = (await editTree(ctx, baseTree, targets, changes, batch, folders)) ?? EMPTY_TREE_OID;
  }

  if (newTree === baseTree || (parent === null && changes.length === 0)) {
    if (await indexDisagrees(ctx, targets)) await stageWithRollback(ctx, targets, baseTree, async () => undefined);
    await clearJournal(ctx);
    return { status: 'nothing', changes: [] };
  }

  const message =
    typeof options.message === 'string'
      ? options.message
      : options.message(await describeChanges(ctx, changes, options.renames));
  const who = { ...options.author, timestamp: options.timestamp, timezoneOffset: options.timezoneOffset };
  const oid = await objectStore(ctx, ctx.codec, batch).writeCommit({
    tree: newTree,
    parents: parent === null ? [] : [parent],
    author: who,
    message: message.endsWith('\n') ? message : `${message}\n`,
  });

  await batch.settle();

  // From here a crash can leave the ref half moved: the journal says how to finish or undo it.
  await writeJournal(ctx, { paths, ref, from: parent, to: oid });
  await stageWithRollback(
    ctx,
    targets,
    newTree,
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
    folders,
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
  tree: string | null,
  commitPoint: () => Promise<void>,
  landed: () => Promise<boolean> = () => Promise.resolve(false),
  folders?: ReadonlyMap<string, FolderTrees>,
): Promise<void> {
  const indexBefore = await readIndexBytes(ctx);
  // A read that found no index while the file is there (a sync tool replacing it): isomorphic-git
  // would take it for an empty index and write back only these paths, and a rollback would delete it.
  if (indexBefore === null && (await lstatOrNull(ctx.fs, `${ctx.gitdir}/index`)) !== null) throw unreadableIndex();
  try {
    await syncIndex(ctx, targets, tree, indexBefore, folders);
    await commitPoint();
  } catch (err) {
    // The ref write may have happened even though the call failed: then the commit stands.
    if (await landed().catch(() => false)) return;
    await restoreIndex(ctx, indexBefore).catch(() => undefined);
    throw err;
  }
}

/**
 * Stages the committed state of the paths in `.git/index` (`before`: its bytes as read, `null`
 * when there was none): patched from those bytes; a vault without an index gets one written for
 * the whole committed `tree` (the other files with no stats, so git compares them once).
 * `folders` (the tree edit's folders before and after) keeps the cache-tree valid where it can be.
 */
async function syncIndex(
  ctx: RepoContext,
  targets: ReadonlyMap<string, BlobTarget | null>,
  tree: string | null,
  before: Uint8Array | null,
  folders?: ReadonlyMap<string, FolderTrees>,
): Promise<void> {
  const entries = new Map<string, IndexTarget | null>();
  let tracked: ((path: string) => boolean) | undefined;
  for (const [path, t] of targets) {
    if (t === null) entries.set(path, null);
    else {
      // An ignored file is staged only when the index already tracks it, as `git add` does.
      if (t.onlyIfTracked) {
        tracked ??= trackedIn(before);
        if (!tracked(path)) continue;
      }
      entries.set(path, { oid: t.oid, mode: t.mode, stats: t.stats ?? NO_STATS });
    }
  }
  if (await patchIndex(ctx, entries, ctx.codec, before, folders)) return;
  if (before !== null) throw unreadableIndex();
  await writeIndexOfTree(ctx, tree, entries, CALLER);
}

function trackedIn(index: Uint8Array | null): (path: string) => boolean {
  const entries = index && parseGitIndex(index).entries;
  return (path) => entries?.has(path) === true;
}

function unreadableIndex(): GitLayerError {
  return new GitLayerError('IO', '.git/index was not read correctly while staging; the commit was abandoned', CALLER);
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

async function restoreIndex(ctx: RepoContext, bytes: Uint8Array | null): Promise<void> {
  const path = `${ctx.gitdir}/index`;
  if (bytes === null) await ctx.fs.promises.unlink(path);
  else await replaceFile(ctx, path, bytes);
}
