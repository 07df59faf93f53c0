import { isMissingFileError } from './errors';

/** What the git layer needs of a file's stats (node's `Stats` and isomorphic-git's fs shape both fit). */
export interface GitFsStats {
  size: number;
  mtimeMs?: number;
  ctimeMs?: number;
  mode?: number;
  dev?: number;
  ino?: number;
  uid?: number;
  gid?: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink?(): boolean;
}

/**
 * The promise fs client isomorphic-git takes (`{ promises: {...} }`): node's `fs` in tests and the
 * CLI, an adapter over Obsidian's DataAdapter in the plugin. A missing path must fail with an
 * error whose `code` is `ENOENT`. `rename`, when present, must replace an existing destination
 * (POSIX `rename`): it makes ref, index and object writes atomic (a temporary file renamed over
 * the target). Without it those are plain writes, which a crash can tear.
 */
export interface GitFs {
  promises: {
    readFile(path: string, options?: unknown): Promise<Uint8Array | string>;
    writeFile(path: string, data: Uint8Array | string, options?: unknown): Promise<void>;
    /** Writes the parts one after another as the file's content, without joining them first (node's `writev`). */
    writeFileParts?(path: string, parts: readonly Uint8Array[]): Promise<void>;
    unlink(path: string): Promise<void>;
    readdir(path: string): Promise<string[]>;
    mkdir(path: string, options?: unknown): Promise<unknown>;
    rmdir(path: string): Promise<void>;
    stat(path: string): Promise<GitFsStats>;
    lstat(path: string): Promise<GitFsStats>;
    readlink?(path: string): Promise<string | Uint8Array>;
    symlink?(target: string, path: string): Promise<void>;
    rename?(from: string, to: string): Promise<void>;
  };
}

/** Joins a directory and a vault-relative path with `/`. */
export function joinPath(dir: string, path: string): string {
  if (dir === '' || dir === '.') return path;
  return dir.endsWith('/') ? dir + path : `${dir}/${path}`;
}

/** Reads a file as bytes, or `null` when it does not exist. */
export async function readBytesOrNull(fs: GitFs, path: string): Promise<Uint8Array | null> {
  try {
    const data = await fs.promises.readFile(path);
    return typeof data === 'string' ? new TextEncoder().encode(data) : data;
  } catch (err) {
    if (isMissingFileError(err)) return null;
    throw err;
  }
}

/** Reads a file as UTF-8 text, or `null` when it does not exist. */
export async function readTextOrNull(fs: GitFs, path: string): Promise<string | null> {
  const bytes = await readBytesOrNull(fs, path);
  return bytes === null ? null : new TextDecoder().decode(bytes);
}

/** What tells one file from its replacement: git replaces `.git/index` by renaming a new file over it, which gives it a new inode. */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
}

/** The identity of a file, when the fs gives real inodes (node's does; Obsidian's adapter does not: no `dev`). */
export function identityOf(stats: GitFsStats | null): FileIdentity | null {
  if (!stats?.dev || !stats.ino || stats.mtimeMs === undefined) return null;
  return { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs };
}

/**
 * Whether two identities (both known) are of the same file, unchanged between them: same device,
 * inode, size and modification time. Not seen: a writer that rewrites the file in place, at the
 * same size, within the same file-time tick.
 */
export function sameFile(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** `lstat` that answers `null` for a missing path. */
export async function lstatOrNull(fs: GitFs, path: string): Promise<GitFsStats | null> {
  try {
    return await fs.promises.lstat(path);
  } catch (err) {
    if (isMissingFileError(err)) return null;
    throw err;
  }
}

/** Deletes a file; a missing file is not an error. */
export async function unlinkIfExists(fs: GitFs, path: string): Promise<void> {
  try {
    await fs.promises.unlink(path);
  } catch (err) {
    if (!isMissingFileError(err)) throw err;
  }
}
