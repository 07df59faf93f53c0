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
 * Working-tree files as columns: `paths[i]` has size `sizes[i]` and modification time `mtimes[i]`
 * (ms). What a walk gives: the CLI's hands over its lstat columns as they are, where an object per
 * file was 5 MB of the young generation at 50,000 notes, and the scavenge that then fell in every
 * commit copied them all.
 */
export interface WorkingFiles {
  readonly paths: readonly string[];
  readonly sizes: ArrayLike<number>;
  readonly mtimes: ArrayLike<number>;
}

/** `files` as columns. */
export function workingFilesOf(files: readonly FileStat[]): WorkingFiles {
  const paths = new Array<string>(files.length);
  const sizes = new Float64Array(files.length);
  const mtimes = new Float64Array(files.length);
  for (let i = 0; i < files.length; i++) {
    paths[i] = files[i].path;
    sizes[i] = files[i].size;
    mtimes[i] = files[i].mtime;
  }
  return { paths, sizes, mtimes };
}

/** The rows of `files`, one object each (for tests and small lists). */
export function fileStatsOf(files: WorkingFiles): FileStat[] {
  return files.paths.map((path, i) => ({ path, size: files.sizes[i], mtime: files.mtimes[i] }));
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
  listWorkingFiles(ctx: RepoContext, skipped: SkippedEntry[]): Promise<WorkingFiles>;
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
export async function listWorkingFiles(ctx: RepoContext, skipped: SkippedEntry[] = []): Promise<WorkingFiles> {
  if (listsItself(ctx.fs)) return ctx.fs.listWorkingFiles(ctx, skipped);
  const out = { paths: [] as string[], sizes: [] as number[], mtimes: [] as number[] };
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
        push(out, paths[i], stat);
        continue;
      }
      const kind = entryKind(stat);
      if (kind === 'folder') {
        if (!(await isIgnoredPath(rules, `${paths[i]}/`))) await walk(paths[i]);
      } else if (kind === 'special') {
        skipped.push({ path: paths[i], reason: specialReason(stat) });
      } else {
        push(out, paths[i], stat);
      }
    }
  };
  await walk('');
  return out;
}

function push(out: { paths: string[]; sizes: number[]; mtimes: number[] }, path: string, stat: GitFsStats): void {
  out.paths.push(path);
  out.sizes.push(stat.size);
  out.mtimes.push(stat.mtimeMs ?? 0);
}

const NO_THROW = { throwIfNoEntry: false } as const;
