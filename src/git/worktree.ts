import git from 'isomorphic-git';
import type { GitFsStats } from './GitFs';
import { joinPath, lstatOrNull } from './GitFs';
import { objectStore } from './ObjectStore';
import type { RepoContext } from './RepoContext';
import type { BlobTarget } from './treeEdit';

/** Reads a working-tree file as git would store it: its bytes and mode, or `null` when it is gone (or now a folder). */
export async function readWorktreeFile(ctx: RepoContext, path: string): Promise<{ bytes: Uint8Array; mode: BlobTarget['mode']; stats: GitFsStats } | null> {
  const full = joinPath(ctx.dir, path);
  const stats = await lstatOrNull(ctx.fs, full);
  if (stats === null || stats.isDirectory()) return null;
  const fsp = ctx.fs.promises;
  if (stats.isSymbolicLink?.() && fsp.readlink) {
    const target = await fsp.readlink(full);
    return { bytes: typeof target === 'string' ? new TextEncoder().encode(target) : target, mode: '120000', stats };
  }
  const data = await ctx.fs.promises.readFile(full);
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const executable = stats.mode !== undefined && (stats.mode & 0o111) !== 0;
  return { bytes, mode: executable ? '100755' : '100644', stats };
}

/** Writes a working-tree file's content as a blob; `null` when the file is gone. */
export async function writeWorktreeBlob(ctx: RepoContext, path: string): Promise<BlobTarget | null> {
  const file = await readWorktreeFile(ctx, path);
  if (file === null) return null;
  const oid = await objectStore(ctx, ctx.codec).writeBlob(file.bytes);
  return { oid, mode: file.mode, stats: file.stats };
}

/** True when `.gitignore` rules exclude the path (tracked paths stay tracked regardless). */
export async function isIgnoredPath(ctx: RepoContext, path: string): Promise<boolean> {
  return git.isIgnored({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, filepath: path });
}
