import { joinPath } from './GitFs';
import type { RepoContext } from './RepoContext';
import { isIgnoredPath } from './worktree';

/** A working-tree file as a host knows it: path, size and modification time in ms. */
export interface FileStat {
  path: string;
  size: number;
  mtime: number;
}

/**
 * Lists the files git would see in the working tree (skipping `.git` and ignored folders), with
 * their stats. The plugin has these stats already (`TFile.stat`); the CLI and tests use this.
 */
export async function listWorkingFiles(ctx: RepoContext): Promise<FileStat[]> {
  const out: FileStat[] = [];
  const walk = async (folder: string): Promise<void> => {
    const names = (await ctx.fs.promises.readdir(joinPath(ctx.dir, folder === '' ? '.' : folder))).sort();
    for (const name of names) {
      const path = folder === '' ? name : `${folder}/${name}`;
      if (name === '.git') continue;
      const stats = await ctx.fs.promises.lstat(joinPath(ctx.dir, path));
      if (stats.isDirectory()) {
        if (!(await isIgnoredPath(ctx, `${path}/`))) await walk(path);
      } else if (!(await isIgnoredPath(ctx, path))) {
        out.push({ path, size: stats.size, mtime: stats.mtimeMs ?? 0 });
      }
    }
  };
  await walk('');
  return out;
}
