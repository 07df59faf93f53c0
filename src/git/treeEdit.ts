import type { TreeEntry } from 'isomorphic-git';
import type { ObjectStore, ObjectWriteBatch } from './ObjectStore';
import { objectStore } from './ObjectStore';
import { parseEntry, readTreeBody } from './objectReader';
import { concatBytes } from './bytes';
import { compareEntries, encodeEntry, nameEnd } from './treeBody';
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
  const body = treeOid === null ? new Uint8Array(0) : await readTreeBody(ctx, treeOid);
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
  // Only the entries named by the changes are read; the others are copied as bytes below.
  const names = [...nested.keys(), ...direct.keys()];
  const found = new Map<number, string>();
  const entries = findEntries(body, names, found);
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
  const oids = await settleAll(subfolders.map((f) => f.oid));
  subfolders.forEach(({ name, old, subReport }, i) => {
    const subOid = oids[i];
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
  const edited = withEntries(body, found, entries);
  if (edited.length === 0) return null;
  return store.writeTreeBody(edited);
}

/** Every promise's value, in order, once all have settled; the first failure is thrown then (nothing is left running). */
export async function settleAll<T>(promises: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(promises);
  for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<T>).value);
}

const encoder = new TextEncoder();

/** The entries of a tree body whose names are among `names`, as {@link parseEntry} reads them; `found` gets where each starts. */
function findEntries(
  body: Uint8Array,
  names: readonly string[],
  found = new Map<number, string>(),
): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  // Looked at by index: iterating (in code V8 has not optimised) makes a result object per name and entry.
  const bytesOf = names.map((name) => encoder.encode(name));
  for (let at = 0; at < body.length && out.size < names.length;) {
    const to = nameEnd(body, at);
    const from = body.indexOf(0x20, at) + 1;
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      const bytes = bytesOf[k];
      if (to - from !== bytes.length) continue;
      let i = 0;
      while (i < bytes.length && body[from + i] === bytes[i]) i++;
      if (i < bytes.length) continue;
      out.set(name, parseEntry(body, at, from, to));
      found.set(at, name);
    }
    at = to + 21;
  }
  return out;
}

/**
 * A tree body without its entries that start at the keys of `found`, and with `entries` instead,
 * every other entry's bytes copied as they were, in git's order: an entry goes where the old one
 * of its name and kind was, and only one of a new name (or kind) is placed by comparing names.
 */
function withEntries(
  body: Uint8Array,
  found: ReadonlyMap<number, string>,
  entries: ReadonlyMap<string, TreeEntry>,
): Uint8Array {
  const was = new Map([...found].map(([at, name]) => [name, at]));
  const placed: [number, Uint8Array][] = [];
  for (const entry of entries.values()) {
    const bytes = encodeEntry(entry);
    let at = was.get(entry.path);
    if (at === undefined || compareEntries(bytes, 0, body, at) !== 0)
      for (at = 0; at < body.length && compareEntries(bytes, 0, body, at) > 0;) at = nameEnd(body, at) + 21;
    placed.push([at, bytes]);
  }
  placed.sort((a, b) => a[0] - b[0] || compareEntries(a[1], 0, b[1], 0));
  const parts: Uint8Array[] = [];
  let copyFrom = 0;
  let next = 0;
  for (const cut of [...found.keys(), body.length].sort((a, b) => a - b)) {
    for (; next < placed.length && placed[next][0] <= cut; next++) {
      parts.push(body.subarray(copyFrom, placed[next][0]), placed[next][1]);
      copyFrom = placed[next][0];
    }
    parts.push(body.subarray(copyFrom, cut));
    copyFrom = cut < body.length ? nameEnd(body, cut) + 21 : cut;
  }
  return concatBytes(parts);
}

/** The oid of the folder at `path` in a tree, or `null` when there is none (or a file is there), reading only the entries along it. */
export async function folderAt(ctx: RepoContext, treeOid: string, path: string): Promise<string | null> {
  let oid = treeOid;
  for (const part of path.split('/')) {
    const entry = findEntries(await readTreeBody(ctx, oid), [part]).get(part);
    if (entry?.type !== 'tree') return null;
    oid = entry.oid;
  }
  return oid;
}
