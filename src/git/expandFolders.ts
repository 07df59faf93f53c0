import { joinPath, lstatOrNull } from './GitFs';
import type { RepoContext } from './RepoContext';
import { TreeReader } from './TreeReader';
import { folderAt } from './treeEdit';

/**
 * Replaces folder paths (Obsidian reports folder renames and deletions as one event) with the
 * files under them: those in the working tree now and those HEAD has there, so a moved or
 * deleted folder commits as the moves or deletions of its files.
 */
export async function expandFolders(
  ctx: RepoContext,
  paths: readonly string[],
  baseTree: string | null,
): Promise<string[]> {
  const trees = new TreeReader(ctx);
  // Each path is looked at independently (their fs round trips overlap).
  const expanded = await Promise.all(
    paths.map(async (path) => {
      const [stats, inHead] = await Promise.all([
        lstatOrNull(ctx.fs, joinPath(ctx.dir, path)),
        baseTree === null ? null : folderAt(ctx, baseTree, path),
      ]);
      // The path itself stays: a file that became a folder (or the reverse) must leave the tree and index.
      const found = [path];
      if (stats?.isDirectory()) found.push(...(await filesUnder(ctx, path)));
      if (inHead !== null) found.push(...(await trees.blobsUnder(inHead, `${path}/`)));
      return found;
    }),
  );
  return [...new Set(expanded.flat())].sort();
}

async function filesUnder(ctx: RepoContext, folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of await ctx.fs.promises.readdir(joinPath(ctx.dir, folder))) {
    const path = `${folder}/${name}`;
    const stats = await lstatOrNull(ctx.fs, joinPath(ctx.dir, path));
    // null: gone, or a name that is not UTF-8 (read back mangled); the listing reports those.
    if (stats?.isDirectory()) out.push(...(await filesUnder(ctx, path)));
    else if (stats !== null) out.push(path);
  }
  return out;
}
