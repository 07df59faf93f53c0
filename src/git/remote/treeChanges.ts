import type { GitFs } from '../GitFs';
import type { GitObjectCodec } from '../GitObjectCodec';
import { readCommitTree, readTreeEntries } from '../objectReader';
import type { RepoContext } from '../RepoContext';

/** Where to read objects from: a repository's fs, root, `.git` and shared cache (and fast codec, when the host has one). */
export interface ObjectStore {
  fs: GitFs;
  dir: string;
  gitdir: string;
  cache: object;
  codec?: GitObjectCodec;
}

/** A file entry of a tree: its blob and mode (`100644`, `100755`, `120000`; `160000` for a submodule). */
export interface TreeFile {
  oid: string;
  mode: string;
}

/**
 * The file paths whose content, mode or presence differs between two commits (`from` null: every
 * file of `to`), sorted. Unchanged subtrees are skipped by oid, so the cost follows the size of the
 * change, not of the vault. A file replaced by a folder (or the reverse) is listed along with each
 * file of the folder.
 */
export async function changedPaths(store: RepoContext, from: string | null, to: string): Promise<string[]> {
  const [a, b] = await Promise.all([from === null ? null : readCommitTree(store, from), readCommitTree(store, to)]);
  return changedTreePaths(store, a, b);
}

/** {@link changedPaths} between two trees (`null`: empty). */
export async function changedTreePaths(store: RepoContext, from: string | null, to: string | null): Promise<string[]> {
  const out: string[] = [];
  await diffTrees(store, from, to, '', out);
  return [...new Set(out)].sort();
}

async function diffTrees(
  store: RepoContext,
  before: string | null,
  after: string | null,
  prefix: string,
  out: string[],
): Promise<void> {
  if (before === after) return;
  const [a, b] = await Promise.all([
    before === null ? [] : readTreeEntries(store, before),
    after === null ? [] : readTreeEntries(store, after),
  ]);
  const old = new Map(a.map((e) => [e.path, e]));
  const next = new Map(b.map((e) => [e.path, e]));
  const folders: Promise<void>[] = [];
  for (const name of new Set([...old.keys(), ...next.keys()])) {
    const x = old.get(name);
    const y = next.get(name);
    const path = prefix + name;
    const xTree = x?.type === 'tree' ? x.oid : null;
    const yTree = y?.type === 'tree' ? y.oid : null;
    if (xTree !== null || yTree !== null) folders.push(diffTrees(store, xTree, yTree, `${path}/`, out));
    const xFile = x && x.type !== 'tree' ? x : null;
    const yFile = y && y.type !== 'tree' ? y : null;
    if (xFile?.oid !== yFile?.oid || xFile?.mode !== yFile?.mode) out.push(path);
  }
  await Promise.all(folders);
}

/** The file entry at `path` in a tree (`null`: none, or a folder there). */
export async function fileAt(store: RepoContext, tree: string | null, path: string): Promise<TreeFile | null> {
  if (tree === null) return null;
  const parts = path.split('/');
  let oid = tree;
  for (let i = 0; i < parts.length; i++) {
    const entry = (await readTreeEntries(store, oid)).find((e) => e.path === parts[i]);
    if (entry === undefined) return null;
    const last = i === parts.length - 1;
    if (last) return entry.type === 'tree' ? null : { oid: entry.oid, mode: entry.mode };
    if (entry.type !== 'tree') return null;
    oid = entry.oid;
  }
  return null;
}
