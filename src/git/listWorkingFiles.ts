import { errnoOf } from './errors';
import type { GitFs, GitFsStats } from './GitFs';
import { joinPath, lstatOrNull } from './GitFs';
import { ignoreRulesFs } from './ignoreRulesFs';
import type { RepoContext } from './RepoContext';
import { isIgnoredPath } from './worktree';
import type { SkippedEntry } from './worktreeEntry';
import { entryKind, specialReason } from './worktreeEntry';

/** A working-tree file as a host knows it: path, size and modification time in ms. */
export interface FileStat {
  path: string;
  size: number;
  mtime: number;
}

/**
 * An fs that can also list and lstat synchronously (node's `fs`). One process waiting on one walk
 * gains nothing from a promise per file: at 50,000 notes the promises, their microtasks and the
 * garbage they leave were a fifth of the walk.
 */
interface SyncListingFs extends GitFs {
  readdirSync(path: string): string[];
  lstatSync(path: string, options: { throwIfNoEntry: false }): GitFsStats | undefined;
}

/**
 * An fs that lists the working tree itself (the CLI's `syncFs`, with the walk of
 * `src/cli/git/bulkWalk.ts`: folder listings kept between runs, lstats in bulk, files in git's
 * path order), so the plugin bundle carries none of it.
 */
export interface WorkingTreeLister extends GitFs {
  listWorkingFiles(ctx: RepoContext, skipped: SkippedEntry[]): Promise<FileStat[]>;
}

function listsSynchronously(fs: GitFs): fs is SyncListingFs {
  const f = fs as Partial<SyncListingFs>;
  return typeof f.readdirSync === 'function' && typeof f.lstatSync === 'function';
}

function listsItself(fs: GitFs): fs is WorkingTreeLister {
  return typeof (fs as Partial<WorkingTreeLister>).listWorkingFiles === 'function';
}

/** Node's stand-in for bytes of a file name that are not UTF-8. */
export const REPLACEMENT = '\uFFFD';

/**
 * Lists the working tree's files and symbolic links with their stats, skipping `.git` and ignored
 * folders. Ignored files inside listed folders are kept (checking every file would cost a rule
 * lookup each); the scan and staging skip them. The plugin has these stats already (`TFile.stat`);
 * the CLI uses this. Entries git cannot commit — FIFOs, sockets, devices, names that are not UTF-8,
 * folders that cannot be read — are left out and, when `skipped` is given, added to it.
 */
export async function listWorkingFiles(ctx: RepoContext, skipped: SkippedEntry[] = []): Promise<FileStat[]> {
  if (listsItself(ctx.fs)) return ctx.fs.listWorkingFiles(ctx, skipped);
  const out: FileStat[] = [];
  // Ignore files are read once each, and only in folders whose listing shows one.
  const rulesFs = ignoreRulesFs(ctx.fs);
  const rules: RepoContext = { ...ctx, fs: rulesFs };
  const sync = listsSynchronously(ctx.fs) ? ctx.fs : null;
  const root = ctx.dir === '' || ctx.dir === '.' ? '' : ctx.dir.endsWith('/') ? ctx.dir : `${ctx.dir}/`;
  const walk = async (folder: string): Promise<void> => {
    let names: string[];
    const full = joinPath(ctx.dir, folder === '' ? '.' : folder);
    try {
      names = (sync ? sync.readdirSync(full) : await ctx.fs.promises.readdir(full)).filter((n) => n !== '.git').sort();
    } catch (err) {
      if (folder === '') throw err;
      skipped.push({ path: `${folder}/`, reason: `the folder cannot be read (${errnoOf(err)})` });
      return;
    }
    if (!names.includes('.gitignore'))
      rulesFs.knownMissing(joinPath(ctx.dir, folder === '' ? '.gitignore' : `${folder}/.gitignore`));
    const prefix = folder === '' ? '' : `${folder}/`;
    const paths = names.map((name) => prefix + name);
    // One folder's stats at once: sequential awaits cost a round trip per file.
    const stats: (GitFsStats | null)[] = sync
      ? paths.map((path) => sync.lstatSync(root + path, NO_THROW) ?? null)
      : await Promise.all(paths.map((path) => lstatOrNull(ctx.fs, joinPath(ctx.dir, path))));
    for (let i = 0; i < paths.length; i++) {
      const stat = stats[i];
      if (stat === null) {
        // The name read back is not the name on disk: its bytes are not UTF-8. (Else it is simply gone.)
        if (paths[i].includes(REPLACEMENT))
          skipped.push({ path: paths[i], reason: 'its name is not valid UTF-8: rename it to commit it' });
        continue;
      }
      if (stat.isFile()) {
        out.push({ path: paths[i], size: stat.size, mtime: stat.mtimeMs ?? 0 });
        continue;
      }
      const kind = entryKind(stat);
      if (kind === 'folder') {
        if (!(await isIgnoredPath(rules, `${paths[i]}/`))) await walk(paths[i]);
      } else if (kind === 'special') {
        skipped.push({ path: paths[i], reason: specialReason(stat) });
      } else {
        out.push({ path: paths[i], size: stat.size, mtime: stat.mtimeMs ?? 0 });
      }
    }
  };
  await walk('');
  return out;
}

const NO_THROW = { throwIfNoEntry: false } as const;
