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
    const names = (await ctx.fs.promises.readdir(joinPath(ctx.dir, folder === '' ? '.' : folder))).filter((n) => n !== '.git').sort();
    const paths = names.map((name) => (folder === '' ? name : `${folder}/${name}`));
    // One folder's stats at once: sequential awaits cost a round trip per file.
    const stats = await Promise.all(paths.map((path) => ctx.fs.promises.lstat(joinPath(ctx.dir, path))));
    for (let i = 0; i < paths.length; i++) {
      if (stats[i].isDirectory()) {
        if (!(await isIgnoredPath(ctx, `${paths[i]}/`))) await walk(paths[i]);
      } else {
        out.push({ path: paths[i], size: stats[i].size, mtime: stats[i].mtimeMs ?? 0 });
      }
    }
  };
  await walk('');
  return out;
}
