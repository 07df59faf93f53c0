import { joinPath, lstatOrNull } from './GitFs';
import type { RepoContext } from './RepoContext';
import { TreeReader } from './TreeReader';

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
  const out = new Set<string>();
  const trees = new TreeReader(ctx);
  for (const path of paths) {
    const stats = await lstatOrNull(ctx.fs, joinPath(ctx.dir, path));
    const inHead = baseTree === null ? null : await trees.treeAt(baseTree, path);
    // The path itself stays: a file that became a folder (or the reverse) must leave the tree and index.
    out.add(path);
    if (stats?.isDirectory()) for (const file of await filesUnder(ctx, path)) out.add(file);
    if (inHead !== null) for (const file of await trees.blobsUnder(inHead, `${path}/`)) out.add(file);
  }
  return [...out].sort();
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
