import { readCommitTree, readTreeEntries } from '../objectReader';
import type { RepoContext } from '../RepoContext';
import { TreeReader } from '../TreeReader';

/** A file entry of a tree: its blob and mode (`100644`, `100755`, `120000`; `160000` for a submodule). */
export interface TreeFile {
  oid: string;
  mode: string;
}

/**
 * The file paths whose content, mode or presence differs between two commits (`from` null: every
 * file of `to`), sorted: {@link TreeReader.diff}'s paths (a file replaced by a folder, or the
 * reverse, is listed along with each file of the folder).
 */
export async function changedPaths(store: RepoContext, from: string | null, to: string): Promise<string[]> {
  const [a, b] = await Promise.all([from === null ? null : readCommitTree(store, from), readCommitTree(store, to)]);
  return (await new TreeReader(store).diff(a, b)).map((change) => change.path);
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
