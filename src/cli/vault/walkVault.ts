import { readdirSync, statSync, type Dirent } from 'node:fs';
import { errnoCode } from '../errnoCode';
import { rawCtimeMs, rawIsDirectory, rawMtimeMs, type RawStat } from '../git/lstatColumns';

/** Folders never indexed besides dot-folders (`.git`, `.obsidian`, `.trash` …). */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** What walking a vault found: every `.md` note (vault-relative, `/`-separated) and folders it could not open. */
export interface VaultWalk {
  notes: string[];
  unreadable: { path: string; reason: string }[];
}

/** One folder as a walk listed it: its notes and sub-folders (vault-relative paths, in listing order). */
export interface FolderListing {
  notes: readonly string[];
  folders: readonly string[];
}

/**
 * Listings of folders from an earlier walk, keyed by the folder's mtime and ctime: a folder's
 * mtime moves whenever an entry is added, removed or renamed in it (its ctime also on a change of
 * permissions), so an unchanged pair means an unchanged listing, as git's untracked cache reads it.
 */
export interface FolderListings {
  /**
   * The listing of `folder` recorded under exactly this mtime and ctime, if any; `at` is where
   * its notes go in the walk's list (they are contiguous: a folder is listed in one go).
   */
  listed(folder: string, mtimeMs: number, ctimeMs: number, at: number): FolderListing | undefined;
  /** Records a listing taken after a stat that gave this mtime and ctime, its notes placed from `at`. */
  record(folder: string, mtimeMs: number, ctimeMs: number, listing: FolderListing, at: number): void;
}

/**
 * A listing is recorded only when the folder last changed this long before it was listed: a
 * change in the same clock tick as the listing (file systems keep times at 1 ns to 2 s) could
 * leave the times as they were, so a recent folder is listed again next time.
 */
export const SETTLED_MS = 3000;

/** How `walkVault` reaches the file system beside its listings. */
export interface WalkOptions {
  /** The working folder is `root`: folders below it are named by their vault-relative path alone. */
  inside?: boolean;
  /** Folders' stats through node's raw fs binding (`rawStatFor`) instead of `statSync`. */
  raw?: RawStat | null;
}

/** A folder's times and type, as `statSync` gives them; undefined when it is gone. */
function folderStat(path: string, raw: RawStat | null | undefined): FolderStat | undefined {
  if (raw) {
    const values = raw.stat(path);
    return values && { mtimeMs: rawMtimeMs(values), ctimeMs: rawCtimeMs(values), folder: rawIsDirectory(values) };
  }
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat && { mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, folder: stat.isDirectory() };
}

interface FolderStat {
  mtimeMs: number;
  ctimeMs: number;
  folder: boolean;
}

/**
 * Lists every Markdown note under `root`, skipping dot-folders, `node_modules` and symlinks. With
 * `listings`, a folder whose mtime and ctime are those of a recorded listing costs a stat instead
 * of a directory read; folders listed afresh are recorded once settled (`SETTLED_MS`).
 * @example walkVault('/home/me/vault').notes // → ['Home.md', 'Tasks/Pay rent.md', …]
 */
export function walkVault(
  root: string,
  listings?: FolderListings,
  now: number = Date.now(),
  options: WalkOptions = {},
): VaultWalk {
  const walk: VaultWalk = { notes: [], unreadable: [] };
  const pending: string[] = [''];
  while (pending.length > 0) {
    const rel = pending.pop() as string;
    // The root by its full name, so an error reading it names the folder.
    const abs = rel === '' ? root : options.inside ? rel : `${root}/${rel}`;
    const stat = listings ? folderStat(abs, options.raw) : undefined;
    const known = stat ? listings?.listed(rel, stat.mtimeMs, stat.ctimeMs, walk.notes.length) : undefined;
    if (known) {
      for (const note of known.notes) walk.notes.push(note);
      for (const folder of known.folders) pending.push(folder);
      continue;
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      if (rel === '') throw error;
      walk.unreadable.push({ path: rel, reason: errnoCode(error) });
      continue;
    }
    const at = walk.notes.length;
    const notes: string[] = [];
    const folders: string[] = [];
    for (const entry of entries) {
      const name = entry.name;
      if (entry.isDirectory()) {
        if (name.charCodeAt(0) !== 46 && !SKIPPED_FOLDERS.has(name)) {
          const folder = rel === '' ? name : [rel, name].join('/');
          pending.push(folder);
          folders.push(folder);
        }
      } else if (entry.isFile() && name.endsWith('.md')) {
        // Joined, not concatenated: a flat string, where `${rel}/${name}` would be a rope that every
        // later hash of it (the index's name keys and path maps) must first copy out flat.
        const note = rel === '' ? name : [rel, name].join('/');
        walk.notes.push(note);
        notes.push(note);
      }
    }
    if (stat?.folder && Math.max(stat.mtimeMs, stat.ctimeMs) < now - SETTLED_MS)
      listings?.record(rel, stat.mtimeMs, stat.ctimeMs, { notes, folders }, at);
  }
  return walk;
}
