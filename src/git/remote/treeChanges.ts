import * as git from 'isomorphic-git';
import { TREE, type WalkerEntry } from 'isomorphic-git';
import type { GitFs } from '../GitFs';

/** Where to read objects from. */
export interface ObjectStore {
  fs: GitFs;
  dir: string;
  gitdir: string;
  cache: object;
}

/**
 * The file paths whose content, mode or presence differs between two commits, sorted. Unchanged
 * subtrees are skipped by oid, so the cost follows the size of the change, not of the vault.
 */
export async function changedPaths(store: ObjectStore, from: string, to: string): Promise<string[]> {
  const paths = (await git.walk({
    ...store,
    trees: [TREE({ ref: from }), TREE({ ref: to })],
    map: async (filepath: string, [a, b]: (WalkerEntry | null)[]) => {
      if (filepath === '.') return undefined;
      const [aType, bType] = await Promise.all([a?.type(), b?.type()]);
      const [aOid, bOid] = await Promise.all([a?.oid(), b?.oid()]);
      if (aType === 'tree' && bType === 'tree') return aOid === bOid ? null : undefined;
      if (aType === 'tree' || bType === 'tree') {
        // A file replaced a folder or the other way round: report the file side, walk the folder side.
        return aType === 'blob' || bType === 'blob' ? filepath : undefined;
      }
      const [aMode, bMode] = await Promise.all([a?.mode(), b?.mode()]);
      return aOid !== bOid || aMode !== bMode ? filepath : undefined;
    },
    reduce: async (parent: string | undefined, children: string[][]) => {
      const flat = children.flat();
      return parent === undefined ? flat : [parent, ...flat];
    },
  })) as string[] | undefined;
  return [...new Set(paths ?? [])].sort();
}
