import { readdirSync, statSync } from 'node:fs';
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
    let entries: FolderEntries;
    try {
      entries = listFolder(abs, options.raw ? rawReaddir() : null);
    } catch (error) {
      if (rel === '') throw error;
      walk.unreadable.push({ path: rel, reason: errnoCode(error) });
      continue;
    }
    const at = walk.notes.length;
    const listing = addEntries(rel, entries, walk.notes, pending);
    if (stat?.folder && Math.max(stat.mtimeMs, stat.ctimeMs) < now - SETTLED_MS)
      listings?.record(rel, stat.mtimeMs, stat.ctimeMs, listing, at);
  }
  return walk;
}

/**
 * Adds a listed folder's notes to `notes` and its subfolders to `pending`, and returns both. The
 * loop over entries is a function of its own, so V8 optimises this small loop alone rather than
 * the whole walk (recompiled on every walk of a bench run, after each collection).
 */
function addEntries(rel: string, entries: FolderEntries, notesOut: string[], pending: string[]): FolderListing {
  const notes: string[] = [];
  const folders: string[] = [];
  const { names, types } = entries;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const type = types[i];
    if (type === DIRECTORY) {
      if (name.charCodeAt(0) !== 46 && !SKIPPED_FOLDERS.has(name)) {
        const folder = rel === '' ? name : [rel, name].join('/');
        pending.push(folder);
        folders.push(folder);
      }
    } else if (type === FILE && name.endsWith('.md')) {
      // Joined, not concatenated: a flat string, where `${rel}/${name}` would be a rope that every
      // later hash of it (the index's name keys and path maps) must first copy out flat.
      const note = rel === '' ? name : [rel, name].join('/');
      notesOut.push(note);
      notes.push(note);
    }
  }
  return { notes, folders };
}

/** A folder's entry names and, for each, `FILE`, `DIRECTORY` or `OTHER` (as `Dirent.isFile()`/`isDirectory()` say). */
export interface FolderEntries {
  names: readonly string[];
  types: ArrayLike<number>;
}

/** libuv's entry types, which node's fs binding gives beside the names (`UV_DIRENT_FILE`, `UV_DIRENT_DIR`). */
const FILE = 1;
const DIRECTORY = 2;
/** Any other type, in listings made from `Dirent`s. */
const OTHER = 0;

/** node's raw readdir with types: `[names, types]`. */
type RawReaddir = (path: string) => unknown;

/**
 * Lists a folder through `raw` when given (no `Dirent` object per entry: at 50k notes those
 * were 15-20 ms of a 70 ms walk), else through `readdirSync`. An entry whose type the file system
 * did not say (libuv's unknown, 0) is typed by `Dirent` as node does it (an lstat).
 */
export function listFolder(path: string, raw: RawReaddir | null): FolderEntries {
  if (raw !== null) {
    const result = raw(path);
    if (Array.isArray(result) && result.length === 2) {
      const [names, types] = result as [unknown, unknown];
      if (Array.isArray(names) && Array.isArray(types) && names.length === types.length && !types.includes(0))
        return { names: names as string[], types: types as number[] };
    }
  }
  const dirents = readdirSync(path, { withFileTypes: true });
  const names: string[] = [];
  const types: number[] = [];
  for (const entry of dirents) {
    names.push(entry.name);
    types.push(entry.isDirectory() ? DIRECTORY : entry.isFile() ? FILE : OTHER);
  }
  return { names, types };
}

/** Undecided, or node's raw readdir (null: not used). */
let chosenReaddir: RawReaddir | null | undefined;

/**
 * node's fs binding `readdir(path, encoding, withFileTypes)`, only where node's own `readdirSync`
 * calls it so (its source says; the binding's signature differs across node versions, and a call
 * of the wrong shape aborts the process rather than throwing) and the CLI already uses the binding
 * for stats (`rawStatFor` accepted it, so the walk gets here only with `raw`); else null.
 */
export function rawReaddir(): RawReaddir | null {
  if (chosenReaddir !== undefined) return chosenReaddir;
  chosenReaddir = null;
  try {
    const source = Function.prototype.toString.call(readdirSync);
    if (!NODE_READDIR_CALL.test(source)) return null;
    const binding = (process as unknown as { binding: (name: string) => { readdir?: unknown } }).binding('fs');
    const readdir = binding.readdir;
    if (typeof readdir !== 'function') return null;
    chosenReaddir = (path) =>
      (readdir as (p: string, e: string, t: boolean) => unknown).call(binding, path, 'utf8', true);
  } catch {
    chosenReaddir = null;
  }
  return chosenReaddir;
}

/** How node 20's later releases (and 22) call the binding in `readdirSync`: three arguments, errors thrown. */
const NODE_READDIR_CALL =
  /binding\.readdir\(\s*pathModule\.toNamespacedPath\(path\),\s*options\.encoding,\s*!!options\.withFileTypes,?\s*\)/;
