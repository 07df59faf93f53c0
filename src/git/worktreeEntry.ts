import type { GitFs, GitFsStats } from './GitFs';
import { lstatOrNull } from './GitFs';
import { isMissingFileError } from './errors';

/** A working-tree entry git cannot hold, left out of a commit and reported: a FIFO, socket or device, a name that is not UTF-8, an unreadable folder. */
export interface SkippedEntry {
  path: string;
  /** Why it was left out, in words (`a named pipe (FIFO): git commits only files and symbolic links`). */
  reason: string;
}

/** What a working-tree entry is, read the way git reads it: a symbolic link as its link text (never followed), a file as its bytes. */
export type WorktreeEntry =
  | { kind: 'file' | 'symlink'; bytes: Uint8Array; stats: GitFsStats }
  | { kind: 'folder'; stats: GitFsStats }
  | { kind: 'special'; reason: string; stats: GitFsStats };

// File-type bits of st_mode (POSIX), for naming what a special entry is.
const TYPE_MASK = 0o170000;
const SPECIAL_NAMES: Record<number, string> = {
  0o010000: 'a named pipe (FIFO)',
  0o140000: 'a socket',
  0o020000: 'a character device',
  0o060000: 'a block device',
};

/** Why git leaves out an entry that is neither a file, a symbolic link nor a folder. */
export function specialReason(stats: GitFsStats): string {
  const name = stats.mode === undefined ? undefined : SPECIAL_NAMES[stats.mode & TYPE_MASK];
  return `${name ?? 'not a regular file'}: git commits only files and symbolic links`;
}

/** The kind of entry these stats describe (`special` for anything git skips). */
export function entryKind(stats: GitFsStats): WorktreeEntry['kind'] {
  if (stats.isDirectory()) return 'folder';
  if (stats.isSymbolicLink?.() === true) return 'symlink';
  return stats.isFile() ? 'file' : 'special';
}

/**
 * Reads a working-tree entry without ever opening anything but a regular file: a FIFO would block
 * the read forever and a link to `/dev/zero` would never end. `null` when the path is gone.
 * An fs without `readlink` (Obsidian's adapter follows links and never reports one) reads files only.
 */
export async function readWorktreeEntry(fs: GitFs, full: string): Promise<WorktreeEntry | null> {
  const stats = await lstatOrNull(fs, full);
  if (stats === null) return null;
  const kind = entryKind(stats);
  if (kind === 'folder') return { kind, stats };
  if (kind === 'special') return { kind, reason: specialReason(stats), stats };
  const fsp = fs.promises;
  if (kind === 'symlink' && fsp.readlink) {
    const target = await fsp.readlink(full);
    return { kind, bytes: typeof target === 'string' ? new TextEncoder().encode(target) : target, stats };
  }
  if (kind === 'symlink')
    return { kind: 'special', reason: 'a symbolic link this file system cannot read as a link', stats };
  let data: Uint8Array | string;
  try {
    data = await fsp.readFile(full);
  } catch (err) {
    if (isMissingFileError(err)) return null; // gone since the lstat
    throw err;
  }
  return { kind, bytes: typeof data === 'string' ? new TextEncoder().encode(data) : data, stats };
}
