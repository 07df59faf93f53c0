import { joinPath, lstatOrNull, readBytesOrNull } from '../GitFs';
import { parseGitIndex } from '../indexFile';
import { objectStore } from '../ObjectStore';
import type { RepoContext } from '../RepoContext';
import { isSkipped, readWorktreeFile } from '../worktree';
import { fileAt } from './treeChanges';

/** The trees a pull moves the working tree between: HEAD's (`null`: no commit yet) and the incoming one. */
export interface TreeMove {
  head: string | null;
  incoming: string;
}

/**
 * Which of `paths` hold work that writing the incoming tree would lose: a working-tree file, or a
 * staged entry, that is neither HEAD's version nor the incoming one (modified, deleted, untracked —
 * ignored or not —, a conflict in the index, a folder holding files the pull does not account
 * for). A file that already holds the incoming content loses nothing, so a pull cut short and run
 * again goes on. Only the named paths are examined, never the whole vault.
 */
export async function uncommittedAmong(ctx: RepoContext, move: TreeMove, paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const bytes = await readBytesOrNull(ctx.fs, `${ctx.gitdir}/index`);
  const index = bytes === null ? null : parseGitIndex(bytes);
  const conflicts = new Set(index?.conflicts ?? []);
  const listed = new Set(paths);
  const hasher = objectStore(ctx, ctx.codec);
  const dirty: string[] = [];
  for (const path of paths) {
    const [head, incoming] = await Promise.all([fileAt(ctx, move.head, path), fileAt(ctx, move.incoming, path)]);
    const known = new Set([head?.oid ?? null, incoming?.oid ?? null]);
    const staged = index?.entries.get(path)?.oid ?? null;
    if (conflicts.has(path) || !known.has(staged)) {
      dirty.push(path);
      continue;
    }
    const stats = await lstatOrNull(ctx.fs, joinPath(ctx.dir, path));
    if (stats === null) {
      if (!known.has(null)) dirty.push(path);
    } else if (stats.isDirectory()) {
      if (!(await onlyListedFiles(ctx, path, listed))) dirty.push(path);
    } else {
      const file = await readWorktreeFile(ctx, path);
      const oid = file === null || isSkipped(file) ? undefined : await hasher.hashBlob(file.bytes);
      if (oid === undefined || !known.has(oid)) dirty.push(path);
    }
  }
  return dirty.sort();
}

/** Whether every file under a working-tree folder is one of `listed` (each checked on its own). */
async function onlyListedFiles(ctx: RepoContext, folder: string, listed: ReadonlySet<string>): Promise<boolean> {
  for (const name of await ctx.fs.promises.readdir(joinPath(ctx.dir, folder))) {
    const path = `${folder}/${name}`;
    const stats = await lstatOrNull(ctx.fs, joinPath(ctx.dir, path));
    if (stats === null) continue;
    if (stats.isDirectory() ? !(await onlyListedFiles(ctx, path, listed)) : !listed.has(path)) return false;
  }
  return true;
}
