import { readCommitTree } from '../objectReader';
import type { RepoContext } from '../RepoContext';
import type { TreeFile } from '../TreeReader';
import { TreeReader } from '../TreeReader';

/**
 * The file paths whose content, mode or presence differs between two commits (`from` null: every
 * file of `to`), sorted: {@link TreeReader.diff}'s paths (a file replaced by a folder, or the
 * reverse, is listed along with each file of the folder).
 */
export async function changedPaths(store: RepoContext, from: string | null, to: string): Promise<string[]> {
  const [a, b] = await Promise.all([from === null ? null : readCommitTree(store, from), readCommitTree(store, to)]);
  return (await new TreeReader(store).diff(a, b)).map((change) => change.path);
}

/** The file entry at `path` in a tree (`null`: none, or a folder there; `tree` null: an empty tree). */
export async function fileAt(store: RepoContext, tree: string | null, path: string): Promise<TreeFile | null> {
  return tree === null ? null : new TreeReader(store).fileAt(tree, path);
}
