import * as git from 'isomorphic-git';
import type { ObjectStore } from './treeChanges';

/**
 * Which of `paths` have work not in HEAD: modified, deleted, staged, or untracked files that an
 * incoming commit would overwrite. Only the named paths are examined, never the whole vault.
 */
export async function uncommittedAmong(store: ObjectStore, paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const rows = await git.statusMatrix({ ...store, filepaths: [...paths] });
  const wanted = new Set(paths);
  return rows
    .filter(
      ([filepath, head, workdir, stage]) =>
        wanted.has(filepath) &&
        !(head === 1 && workdir === 1 && stage === 1) &&
        !(head === 0 && workdir === 0 && stage === 0),
    )
    .map(([filepath]) => filepath)
    .sort();
}
