import { errnoOf } from '../../git/errors';
import type { GitFs } from '../../git/GitFs';
import { joinPath } from '../../git/GitFs';
import { ignoreRulesFs } from '../../git/ignoreRulesFs';
import type { WorkingFiles } from '../../git/listWorkingFiles';
import { REPLACEMENT } from '../../git/listWorkingFiles';
import type { RepoContext } from '../../git/RepoContext';
import { isIgnoredPath } from '../../git/worktree';
import type { SkippedEntry } from '../../git/worktreeEntry';
import { specialReason } from '../../git/worktreeEntry';

/** Stats of many paths as columns (row `i` for path `i`): `mode` is 0 where the path is gone. */
export interface StatColumns {
  mode: Float64Array;
  size: Float64Array;
  mtimeMs: Float64Array;
}

/** A folder entry with the type its listing reported (node's `Dirent`; the type costs no extra call). */
export interface TypedEntry {
  name: string;
  isDirectory(): boolean;
}

/**
 * An fs that lists folders with entry types and lstats many paths in one call (the CLI's `syncFs`):
 * the walk lstats only files, and no stats object is made per file. `lstatColumns` throws what
 * `lstat` throws for anything but a missing path.
 */
export interface BulkListingFs extends GitFs {
  readdirTyped(path: string): TypedEntry[];
  /** lstats `prefix + path` for each path, running `meanwhile` on the way and taking `paths.join('\0')` from `joined` when it needs it (see `LstatColumnsOptions`). */
  lstatColumns(
    prefix: string,
    paths: readonly string[],
    options?: { meanwhile?: (shared: boolean) => void; joined?: () => string },
  ): StatColumns;
  /** Work to do while the lstats run: reading the git index of the repository at `gitdir` ahead of the scan (the CLI's commit); `undefined`: none. */
  readAhead?(gitdir: string): ((shared: boolean) => void) | undefined;
  /**
   * Folder listings kept between walks of the repository at `gitdir` (the CLI's folder cache, as
   * git's untracked cache), under the rules of `excludesFile` too (git's global excludes file);
   * absent or `null`: every folder is listed.
   */
  folderListings?(root: string, gitdir: string, excludesFile?: string | null): FolderListings | null;
}

/** A folder's kept walk keys, and how many of them are sub-folders. */
export interface KeptKeys {
  keys: readonly string[];
  folders: number;
  /** `keys.join('\0')`, when the listing has it at hand (the folder cache's text holds it whole): asked only when the lstats are shared. */
  joined?: () => string;
}

/**
 * Folder listings kept from an earlier walk (the CLI's folder cache). A key is a vault-relative
 * path of an entry, a folder's ending in `/`; a folder's walk keys are its entries in git's order
 * (a folder sorts as its name and a slash) less the sub-folders the ignore rules exclude.
 */
export interface FolderListings {
  /** The walk keys of `folder` (`''`: the root) as kept, when neither it nor the ignore rules changed since; else `null`: list it and {@link keep} them. */
  kept(folder: string): KeptKeys | null;
  /** Keeps the walk keys of a folder listed after {@link kept} answered `null`. */
  keep(folder: string, keys: readonly string[]): void;
  /** Stores the listings of this walk's folders, when any changed. */
  save(): void;
}

// File-type bits of st_mode (POSIX).
const TYPE_MASK = 0o170000;
const REGULAR = 0o100000;
const SYMLINK = 0o120000;
const FOLDER = 0o040000;

/**
 * The CLI's `listWorkingFiles` (see `WorkingTreeLister`) over a {@link BulkListingFs}: folders are listed with their entry types
 * (with the same ignore checks), then every other entry is lstat'ed in one call. Files come out in
 * git's path order (the index's), which the scan uses to step through both lists together.
 */
export async function walkInBulk(ctx: RepoContext, fs: BulkListingFs, skipped: SkippedEntry[]): Promise<WorkingFiles> {
  const rulesFs = ignoreRulesFs(ctx.fs);
  const rules: RepoContext = { ...ctx, fs: rulesFs };
  const root = ctx.dir === '' || ctx.dir === '.' ? '' : ctx.dir.endsWith('/') ? ctx.dir : `${ctx.dir}/`;
  const listings = fs.folderListings?.(root || '.', ctx.gitdir, ctx.excludesFile?.() ?? null) ?? null;
  const paths: string[] = [];
  // The same paths as NUL-joined pieces (a kept folder's files in one piece, other files one each):
  // the lstat helper takes its paths as one string, and joining 50,000 was 6-11 ms of the main thread.
  const pieces: (string | (() => string))[] = [];
  const walk = async (folder: string): Promise<void> => {
    const kept = listings === null ? null : listings.kept(folder);
    let keys: readonly string[];
    if (kept !== null) {
      markMissingRules(kept.keys, folder);
      // Files only (most folders): added in one call, no test per key.
      if (kept.folders === 0) {
        if (kept.keys.length > 0) pieces.push(kept.joined ?? (() => kept.keys.join('\0')));
        return append(paths, kept.keys);
      }
      keys = kept.keys;
    } else {
      let listed: string[];
      try {
        listed = keysOf(fs.readdirTyped(folder === '' ? root || '.' : root + folder), folder);
      } catch (err) {
        if (folder === '') throw err;
        const code = errnoOf(err);
        // Gone since its parent was listed, or named in bytes that are not UTF-8 (so never found).
        if (code === 'ENOENT' && folder.includes(REPLACEMENT))
          skipped.push({ path: folder, reason: 'its name is not valid UTF-8: rename it to commit it' });
        else if (code !== 'ENOENT') skipped.push({ path: `${folder}/`, reason: `the folder cannot be read (${code})` });
        return;
      }
      markMissingRules(listed, folder);
      // Sub-folders the rules exclude are left out, here and in what is kept.
      const walked: string[] = [];
      for (const key of listed)
        if (key.charCodeAt(key.length - 1) !== SLASH || !(await isIgnored(key))) walked.push(key);
      listings?.keep(folder, walked);
      keys = walked;
    }
    for (const key of keys) {
      if (key.charCodeAt(key.length - 1) !== SLASH) {
        paths.push(key);
        pieces.push(key);
      } else await walk(key.slice(0, -1));
    }
  };
  // A folder without a .gitignore: the matcher never opens one there. Told to the rules view only
  // when it is first asked: a walk of kept folders (a no-change commit) never asks, and looking
  // through every folder's keys for one was 1.5-2 ms of it at 50,000 notes.
  const unmarked: [keys: readonly string[], folder: string][] = [];
  const markMissingRules = (keys: readonly string[], folder: string): void => void unmarked.push([keys, folder]);
  const isIgnored = (key: string): Promise<boolean> => {
    for (const [keys, folder] of unmarked.splice(0)) {
      const gitignore = folder === '' ? '.gitignore' : `${folder}/.gitignore`;
      if (!keys.includes(gitignore)) rulesFs.knownMissing(joinPath(ctx.dir, gitignore));
    }
    return isIgnoredPath(rules, key);
  };
  await walk('');
  listings?.save();
  const stats = fs.lstatColumns(root, paths, {
    meanwhile: fs.readAhead?.(ctx.gitdir),
    joined: () => pieces.map((piece) => (typeof piece === 'string' ? piece : piece())).join('\0'),
  });
  // Files and links are handed on as the lstat columns, without an object per file; only entries
  // that are no file (gone, special, a folder now) are left out, by copying the rest.
  let found = 0;
  for (let i = 0; i < paths.length; i++) {
    const mode = stats.mode[i];
    const type = mode & TYPE_MASK;
    if (type === REGULAR || type === SYMLINK) {
      found++;
      continue;
    }
    if (mode === 0) {
      // The name read back is not the name on disk: its bytes are not UTF-8. (Else it is simply gone.)
      if (paths[i].includes(REPLACEMENT))
        skipped.push({ path: paths[i], reason: 'its name is not valid UTF-8: rename it to commit it' });
    } else if (type !== FOLDER) {
      skipped.push({ path: paths[i], reason: specialReason({ mode, size: 0, isFile: no, isDirectory: no }) });
    }
    // A folder now where the listing saw something else: changed mid-walk, as a gone entry is.
  }
  if (found === paths.length) return { paths, sizes: stats.size, mtimes: stats.mtimeMs };
  const out = { paths: new Array<string>(found), sizes: new Float64Array(found), mtimes: new Float64Array(found) };
  for (let i = 0, at = 0; i < paths.length; i++) {
    const type = stats.mode[i] & TYPE_MASK;
    if (type !== REGULAR && type !== SYMLINK) continue;
    out.paths[at] = paths[i];
    out.sizes[at] = stats.size[i];
    out.mtimes[at++] = stats.mtimeMs[i];
  }
  return out;
}

const no = (): boolean => false;

const SLASH = 0x2f;

/**
 * A folder's entries as keys (see {@link FolderListings}), `.git` left out, sorted as git orders
 * paths, a folder by its name and a slash (`a-b` before `a/`), so the walk lists files in the
 * index's order and the scan steps through both together.
 */
/** Appends `more` to `to` (a spread call's arguments in chunks: a huge folder would exceed their limit). */
function append(to: string[], more: readonly string[]): void {
  for (let i = 0; i < more.length; i += 8192) to.push(...(more.length <= 8192 ? more : more.slice(i, i + 8192)));
}

function keysOf(entries: readonly TypedEntry[], folder: string): string[] {
  const prefix = folder === '' ? '' : `${folder}/`;
  const keys: string[] = [];
  for (const e of entries) {
    if (e.name !== '.git') keys.push(e.isDirectory() ? `${prefix}${e.name}/` : prefix + e.name);
  }
  return keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
