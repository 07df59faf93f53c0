import { createHash } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import type { FolderListings } from '../../git/listWorkingFiles';
import { rawLstatFor } from './lstatColumns';

/**
 * A listing is kept only when the folder last changed (mtime or ctime) this long before the walk
 * began: a change in the same clock tick as the listing (file systems keep times at 1 ns to 2 s,
 * and the kernel stamps them from a coarse clock) could leave the times as they were, so a recent
 * folder is listed again on the next run, as git re-lists racy folders of its untracked cache.
 */
export const SETTLED_MS = 3000;

/** Where the cache lives, under the repository's git folder (never in the vault). */
export const FOLDER_CACHE = 'vault-stack/folders';

const MAGIC = 0x4c465356; // 'VSFL' little-endian
const VERSION = 1;
const HEADER = 32;
const DIGEST = 20;
/** Stat fields kept per folder: mtime s, ns; ctime s, ns; inode; device; mode; size. */
const FIELDS = 8;

// Fields of node's raw stat array (its order for fs.Stats): dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime, ctime, birthtime.
const RAW_DEV = 0;
const RAW_MODE = 1;
const RAW_INO = 7;
const RAW_SIZE = 8;
const RAW_MTIME_S = 12;
const RAW_MTIME_NS = 13;
const RAW_CTIME_S = 14;
const RAW_CTIME_NS = 15;

/** Options of {@link openFolderCache}. */
export interface FolderCacheOptions {
  /** The clock the settled rule compares with, in ms (default `Date.now`); read once, when the cache is opened. */
  now?: () => number;
}

/**
 * The CLI's folder cache (what git calls its untracked cache, `core.untrackedCache`): each folder's
 * entries as its last listing saw them, with the folder's stat at the time. A create, delete or
 * rename in a folder moves its mtime and ctime (an edit of a file inside does not), so a folder
 * whose stat (mtime, ctime, inode, device, mode, size) is unchanged has the same entries, and costs
 * one lstat instead of a directory read. The raw listing is kept (every entry, ignored or not), and
 * the walk applies the ignore rules to it afresh on every run, so a change of `.gitignore`,
 * `info/exclude` or the index never makes a kept listing wrong. Only settled folders are kept (see
 * {@link SETTLED_MS}). Stored in `<gitdir>/vault-stack/folders`, written atomically (temp file +
 * rename) and only when a listing changed; a file that is unreadable, cut short, of another
 * format or failing its SHA-1 is ignored (every folder is listed) and rewritten. `null` where the
 * git folder is not a folder (no repository yet, a linked worktree's `.git` file): nothing is
 * ever created there.
 */
export function openFolderCache(root: string, gitdir: string, options: FolderCacheOptions = {}): FolderListings | null {
  const stat = lstatSync(gitdir, { throwIfNoEntry: false });
  if (stat === undefined || !stat.isDirectory()) return null;
  return new FolderCache(
    root.endsWith('/') ? root : `${root}/`,
    `${gitdir}/${FOLDER_CACHE}`,
    (options.now ?? Date.now)(),
  );
}

/** One stored folder: its stat fields and its keys (see {@link FolderListings.keysOf}). */
interface Kept {
  stat: Float64Array;
  keys: readonly string[];
}

class FolderCache implements FolderListings {
  private readonly stored: Map<string, Kept>;
  /** The folders of this walk, in walk order, with what to store for them. */
  private readonly visited: [string, Kept | null][] = [];
  private changed = false;
  private readonly lstat: (path: string) => Float64Array | undefined;

  constructor(
    private readonly root: string,
    private readonly file: string,
    private readonly now: number,
  ) {
    this.stored = readCache(file);
    this.lstat = folderLstat(root);
  }

  keysOf(folder: string, list: () => string[]): string[] {
    const path = folder === '' ? this.root : this.root + folder;
    const stat = this.lstat(path);
    const kept = this.stored.get(folder);
    if (stat !== undefined && kept !== undefined && sameFields(stat, kept.stat)) {
      this.visited.push([folder, kept]);
      return kept.keys as string[];
    }
    // Taken before the listing: a change after it moves the folder's times away from these.
    const keys = list();
    this.changed = true;
    const settled =
      stat !== undefined &&
      (stat[6] & 0o170000) === 0o040000 &&
      Math.max(stat[0] * 1e3 + stat[1] / 1e6, stat[2] * 1e3 + stat[3] / 1e6) < this.now - SETTLED_MS;
    this.visited.push([folder, settled ? { stat, keys } : null]);
    return keys;
  }

  save(): void {
    if (!this.changed && this.visited.length === this.stored.size) return;
    const kept = this.visited.filter((v): v is [string, Kept] => v[1] !== null);
    try {
      writeCache(this.file, kept);
    } catch {
      // A read-only repository, a full disk: the next run lists the folders again.
    }
  }
}

/** The stat fields of a folder (see {@link FIELDS}), through node's raw binding when it agrees with lstatSync; `undefined` when it is gone. */
function folderLstat(root: string): (path: string) => Float64Array | undefined {
  const raw = rawLstatFor(root.length > 1 ? root.slice(0, -1) : root);
  return (path) => {
    let fields: Float64Array;
    try {
      if (raw !== null) {
        const v = raw(path);
        if (v === undefined) return undefined;
        fields = Float64Array.of(
          v[RAW_MTIME_S],
          v[RAW_MTIME_NS],
          v[RAW_CTIME_S],
          v[RAW_CTIME_NS],
          v[RAW_INO],
          v[RAW_DEV],
          v[RAW_MODE],
          v[RAW_SIZE],
        );
      } else {
        const s = lstatSync(path, { bigint: true, throwIfNoEntry: false });
        if (s === undefined) return undefined;
        fields = Float64Array.of(
          Number(s.mtimeNs / 1_000_000_000n),
          Number(s.mtimeNs % 1_000_000_000n),
          Number(s.ctimeNs / 1_000_000_000n),
          Number(s.ctimeNs % 1_000_000_000n),
          Number(s.ino),
          Number(s.dev),
          Number(s.mode),
          Number(s.size),
        );
      }
    } catch {
      // Not a folder on the way (ENOTDIR), unreadable: the walk lists it and reports what it finds.
      return undefined;
    }
    return fields;
  };
}

function sameFields(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < FIELDS; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Layout (little-endian): a 32-byte header (magic, version, folder count, key count, text bytes),
 * each folder's stat fields as float64, each folder's key count as uint32, the text (folder paths,
 * then every folder's keys, each ended by NUL), and the SHA-1 of everything before it.
 */
function writeCache(file: string, kept: readonly [string, Kept][]): void {
  let keyCount = 0;
  const pieces: string[] = [];
  for (const [folder] of kept) pieces.push(folder);
  for (const [, { keys }] of kept) {
    keyCount += keys.length;
    for (const key of keys) pieces.push(key);
  }
  const text = pieces.length === 0 ? '' : `${pieces.join('\0')}\0`;
  const textBytes = Buffer.byteLength(text);
  const folders = kept.length;
  const statsAt = HEADER;
  const countsAt = statsAt + folders * FIELDS * 8;
  const textAt = countsAt + folders * 4;
  const size = textAt + textBytes + DIGEST;
  const bytes = Buffer.alloc(size);
  bytes.writeUInt32LE(MAGIC, 0);
  bytes.writeUInt32LE(VERSION, 4);
  bytes.writeUInt32LE(folders, 8);
  bytes.writeUInt32LE(keyCount, 12);
  bytes.writeUInt32LE(textBytes, 16);
  const stats = new Float64Array(bytes.buffer, bytes.byteOffset + statsAt, folders * FIELDS);
  const counts = new Uint32Array(bytes.buffer, bytes.byteOffset + countsAt, folders);
  kept.forEach(([, { stat, keys }], i) => {
    stats.set(stat, i * FIELDS);
    counts[i] = keys.length;
  });
  bytes.write(text, textAt, 'utf8');
  createHash('sha1')
    .update(bytes.subarray(0, size - DIGEST))
    .digest()
    .copy(bytes, size - DIGEST);
  const folder = file.slice(0, file.lastIndexOf('/'));
  try {
    mkdirSync(folder);
  } catch (err) {
    if ((err as { code?: unknown }).code !== 'EEXIST') throw err;
  }
  const temp = `${file}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o644);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, file);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
    throw err;
  }
}

/** The stored folders; empty when the file is missing, unreadable, cut short, of another format or damaged. */
function readCache(file: string): Map<string, Kept> {
  const out = new Map<string, Kept>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return out;
  }
  if (bytes.length < HEADER + DIGEST || bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(4) !== VERSION)
    return out;
  const folders = bytes.readUInt32LE(8);
  const keyCount = bytes.readUInt32LE(12);
  const textBytes = bytes.readUInt32LE(16);
  const countsAt = HEADER + folders * FIELDS * 8;
  const textAt = countsAt + folders * 4;
  if (textAt + textBytes + DIGEST !== bytes.length) return out;
  const digest = createHash('sha1')
    .update(bytes.subarray(0, textAt + textBytes))
    .digest();
  if (!digest.equals(bytes.subarray(textAt + textBytes))) return out;
  // Copied out aligned (the read buffer may start anywhere in node's pool).
  const stats = new Float64Array(folders * FIELDS);
  new Uint8Array(stats.buffer).set(bytes.subarray(HEADER, countsAt));
  const counts = new Uint32Array(folders);
  new Uint8Array(counts.buffer).set(bytes.subarray(countsAt, textAt));
  const text = bytes.toString('utf8', textAt, textAt + textBytes).split('\0');
  // Every piece ended by NUL: one empty string after the last.
  if (text.length !== folders + keyCount + 1) return out;
  let at = folders;
  for (let i = 0; i < folders; i++) {
    const end = at + counts[i];
    if (end > folders + keyCount) return new Map<string, Kept>();
    out.set(text[i], { stat: stats.subarray(i * FIELDS, (i + 1) * FIELDS), keys: text.slice(at, end) });
    at = end;
  }
  return at === folders + keyCount ? out : new Map<string, Kept>();
}
