import { GitLayerError } from './errors';
import type { FreshIndexEntry } from './freshIndex';
import { encodeFreshIndex, writeIndexFile } from './freshIndex';
import type { GitFsStats } from './GitFs';
import type { IndexTarget } from './indexUpdate';
import { readTreeEntries } from './objectReader';
import type { RepoContext } from './RepoContext';

/** Stats that match no file: git compares the content of such an entry instead of trusting it. */
export const NO_STATS: GitFsStats = { size: 0, mtimeMs: 0, ctimeMs: 0, isFile: () => true, isDirectory: () => false };

/**
 * Writes a whole `.git/index` for a tree, for a repository that has none (deleted by hand or by
 * a sync tool): the `known` paths with the stats of the files just written or read, every other
 * file of the tree with {@link NO_STATS}, so `git status` re-reads it once rather than trusting a
 * file it never compared. Submodules are left out.
 */
export async function writeIndexOfTree(
  ctx: RepoContext,
  tree: string | null,
  known: ReadonlyMap<string, IndexTarget | null>,
  caller: string,
): Promise<void> {
  const entries: FreshIndexEntry[] = [];
  const visit = async (oid: string, prefix: string): Promise<void> => {
    for (const entry of await readTreeEntries(ctx, oid)) {
      const path = prefix + entry.path;
      if (entry.type === 'tree') await visit(entry.oid, `${path}/`);
      else if (entry.mode !== '160000') {
        const target = known.get(path);
        const stats = target?.oid === entry.oid && target.mode === entry.mode ? target.stats : NO_STATS;
        entries.push({ path, oid: entry.oid, mode: entry.mode, stats });
      }
    }
  };
  if (tree !== null) await visit(tree, '');
  const index = await encodeFreshIndex(entries, null, ctx.codec);
  if (index === null) throw new GitLayerError('IO', 'No SHA-1 on this device to write .git/index', caller);
  await writeIndexFile(ctx, index);
}
