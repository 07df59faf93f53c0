import type { TreeEntry } from 'isomorphic-git';
import type { ObjectStore, ObjectWriteBatch } from './ObjectStore';
import { objectStore } from './ObjectStore';
import { readTreeEntries } from './objectReader';
import type { RepoContext } from './RepoContext';
import type { GitFsStats } from './GitFs';
import type { FolderTrees } from './cacheTree';

/** The blob a path should point at after a commit; `null` removes the path. */
export interface BlobTarget {
  oid: string;
  mode: '100644' | '100755' | '120000';
  /** Set for an ignored path: update it only if the tree already tracks it. */
  onlyIfTracked?: boolean;
  /** The file's stats when it was read, for `.git/index`. */
  stats?: GitFsStats;
}

/** How a path changed in a commit, relative to its parent. */
export interface PathStatus {
  path: string;
  status: 'added' | 'modified' | 'deleted';
}

/** A path change with the blobs on each side (`null`: absent), as the tree edit saw it. */
export interface TreeChange extends PathStatus {
  before: string | null;
  after: string | null;
}

/** git's empty tree. */
export const EMPTY_TREE_OID = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/**
 * Applies path changes to a tree, reading and rewriting only the trees along the changed paths
 * (sibling folders at once). Returns the new tree's oid (`null` when it ends up empty) — the same
 * oid when nothing changed. With a `batch`, the tree writes are left in flight there. With
 * `folders`, each folder along the paths gets its tree before and after (by path, `''` for the root).
 */
export async function editTree(
  ctx: RepoContext,
  treeOid: string | null,
  changes: ReadonlyMap<string, BlobTarget | null>,
  report: TreeChange[] = [],
  batch?: ObjectWriteBatch,
  folders?: Map<string, FolderTrees>,
): Promise<string | null> {
  return editFolder(ctx, objectStore(ctx, ctx.codec, batch), treeOid, changes, report, '', folders);
}

async function editFolder(
  ctx: RepoContext,
  store: ObjectStore,
  treeOid: string | null,
  changes: ReadonlyMap<string, BlobTarget | null>,
  report: TreeChange[],
  prefix: string,
  folders: Map<string, FolderTrees> | undefined,
): Promise<string | null> {
  const after = await editEntries(ctx, store, treeOid, changes, report, prefix, folders);
  folders?.set(prefix.slice(0, -1), { before: treeOid, after });
  return after;
}

async function editEntries(
  ctx: RepoContext,
  store: ObjectStore,
  treeOid: string | null,
  changes: ReadonlyMap<string, BlobTarget | null>,
  report: TreeChange[],
  prefix: string,
  folders: Map<string, FolderTrees> | undefined,
): Promise<string | null> {
  const entries = new Map<string, TreeEntry>();
  if (treeOid !== null) for (const e of await readTreeEntries(ctx, treeOid)) entries.set(e.path, e);
  const direct = new Map<string, BlobTarget | null>();
  const nested = new Map<string, Map<string, BlobTarget | null>>();
  for (const [path, target] of changes) {
    const slash = path.indexOf('/');
    if (slash < 0) {
      direct.set(path, target);
      continue;
    }
    const head = path.slice(0, slash);
    let sub = nested.get(head);
    if (!sub) nested.set(head, (sub = new Map<string, BlobTarget | null>()));
    sub.set(path.slice(slash + 1), target);
  }
  let changed = false;
  const put = (name: string, entry: TreeEntry | null) => {
    const old = entries.get(name);
    if (entry === null) {
      if (old) {
        entries.delete(name);
        changed = true;
      }
    } else if (!old || old.oid !== entry.oid || old.mode !== entry.mode || old.type !== entry.type) {
      entries.set(name, entry);
      changed = true;
    }
  };
  // The folders below are independent: edited at once, reported in order.
  const subfolders = [...nested].map(([name, subChanges]) => {
    const old = entries.get(name);
    const subReport: TreeChange[] = [];
    const oid = editFolder(
      ctx,
      store,
      old?.type === 'tree' ? old.oid : null,
      subChanges,
      subReport,
      `${prefix}${name}/`,
      folders,
    );
    return { name, old, subReport, oid };
  });
  const settled = await Promise.allSettled(subfolders.map((f) => f.oid));
  for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
  subfolders.forEach(({ name, old, subReport }, i) => {
    const subOid = (settled[i] as PromiseFulfilledResult<string | null>).value;
    report.push(...subReport);
    // A folder that ends up empty leaves the tree; a file of the same name is handled below.
    if (subOid !== null) {
      if (old !== undefined && old.type !== 'tree')
        report.push({ path: prefix + name, status: 'deleted', before: old.oid, after: null });
      put(name, { mode: '040000', path: name, oid: subOid, type: 'tree' });
    } else if (old?.type === 'tree') put(name, null);
  });
  for (const [name, target] of direct) {
    const old = entries.get(name);
    const path = prefix + name;
    if (target === null) {
      if (old && old.type !== 'tree') {
        put(name, null);
        report.push({ path, status: 'deleted', before: old.oid, after: null });
      }
    } else if (!(target.onlyIfTracked && !old)) {
      const isBlob = old !== undefined && old.type !== 'tree';
      if (!isBlob || old.oid !== target.oid || old.mode !== target.mode) {
        report.push({
          path,
          status: isBlob ? 'modified' : 'added',
          before: isBlob ? old.oid : null,
          after: target.oid,
        });
      }
      put(name, { mode: target.mode, path: name, oid: target.oid, type: 'blob' });
    }
  }
  if (!changed) return treeOid;
  if (entries.size === 0) return null;
  return store.writeTree([...entries.values()]);
}
