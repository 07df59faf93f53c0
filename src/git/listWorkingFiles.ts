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
 * Lists the working tree's files with their stats, skipping `.git` and ignored folders. Ignored
 * files inside listed folders are kept (checking every file would cost a rule lookup each); the
 * scan and staging skip them. The plugin has these stats already (`TFile.stat`); the CLI uses this.
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
      } else {
        out.push({ path, size: stats.size, mtime: stats.mtimeMs ?? 0 });
      }
    }
  };
  await walk('');
  return out;
}
