import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
  type BigIntStats,
} from 'node:fs';
import * as zlib from 'node:zlib';
import { isAscii } from 'node:buffer';
import type { FolderListings, KeptKeys } from './bulkWalk';
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
const VERSION = 4;
const HEADER = 32;
/** The CRC-32 at the end (zlib's: the commit bundle loads zlib anyway, and not node's crypto). */
const DIGEST = 4;
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
  /** Told how many walk keys the file holds as soon as its header is read (the CLI starts its lstat helper then). */
  onKeys?: (count: number) => void;
  /** Git's global excludes file, whose rules the walk reads too (kept as the rule files are, its stat taken through links); `null`: none. */
  excludesFile?: string | null;
}

/**
 * The CLI's folder cache (what git calls its untracked cache, `core.untrackedCache`): each folder's
 * walk keys (its entries less the sub-folders the ignore rules exclude) as its last listing saw
 * them, with the folder's stat at the time. A create, delete or rename in a folder moves its mtime
 * and ctime (an edit of a file inside does not), so a folder whose stat (mtime, ctime, inode,
 * device, mode and size) is unchanged has the same entries, and costs one lstat instead of a
 * directory read and the ignore checks of its sub-folders. The ignore files the walk reads
 * (git's global excludes file, `info/exclude`, the root's and each walked folder's `.gitignore`)
 * are kept with their stats: when one of them changed, or a re-listed folder shows a `.gitignore` not kept, kept listings are
 * not trusted (from there on) and folders are listed again. Only settled folders and rules are
 * kept (see {@link SETTLED_MS}). Stored in `<gitdir>/vault-stack/folders`, written atomically
 * (temp file + rename) and only when a listing changed; a file that is unreadable, cut short, of
 * another format or failing its CRC-32 is ignored (every folder is listed) and rewritten. `null`
 * where the git folder is not a folder (no repository yet, a linked worktree's `.git` file):
 * nothing is ever created there. The index plays no part: the walk lists tracked and untracked
 * entries alike.
 */
export function openFolderCache(root: string, gitdir: string, options: FolderCacheOptions = {}): FolderListings | null {
  const stat = lstatSync(gitdir, { throwIfNoEntry: false });
  if (stat === undefined || !stat.isDirectory()) return null;
  return new FolderCache(
    root.endsWith('/') ? root : `${root}/`,
    gitdir,
    (options.now ?? Date.now)(),
    options.onKeys,
    options.excludesFile ?? null,
  );
}

/** One stored folder: its stat fields, its walk keys and how many of them are sub-folders. */
interface Kept extends KeptKeys {
  stat: Float64Array;
}

/** What a cache file holds: folders by path, and the stat fields of the ignore files by path. */
interface Stored {
  folders: Map<string, Kept>;
  rules: Map<string, Float64Array>;
}

/** Stat fields of a path that is not there. */
const ABSENT = new Float64Array(FIELDS);

class FolderCache implements FolderListings {
  private readonly file: string;
  private readonly stored: Stored;
  /** Whether kept listings may be used: the ignore rules are those they were kept under. */
  private trusted: boolean;
  /** The folders of this walk, in walk order, with what to store for them (`null`: not settled). */
  private readonly visited: [string, Kept | null][] = [];
  /** Stats taken before listing a folder, until it is kept. */
  private readonly pending = new Map<string, Float64Array | undefined>();
  private changed = false;
  private readonly lstat: (path: string) => Float64Array | undefined;

  constructor(
    private readonly root: string,
    private readonly gitdir: string,
    private readonly now: number,
    onKeys?: (count: number) => void,
    private readonly excludes: string | null = null,
  ) {
    this.file = `${gitdir}/${FOLDER_CACHE}`;
    this.stored = readCache(this.file, onKeys);
    this.lstat = folderLstat(root);
    this.trusted = this.stored.folders.size > 0;
    for (const [path, fields] of this.stored.rules) if (!sameFields(this.ruleStat(path), fields)) this.trusted = false;
    // The rule files kept start with the excludes file, if any, then info/exclude: another first
    // one is another excludes file (core.excludesFile set, unset or pointed elsewhere).
    if (this.stored.rules.keys().next().value !== (excludes ?? `${gitdir}/info/exclude`)) this.trusted = false;
  }

  /** A rule file's stat fields ({@link ABSENT} when it is not there); the excludes file's through links, as git reads it. */
  private ruleStat(path: string): Float64Array {
    return (path === this.excludes ? followedStat(path) : this.lstat(path)) ?? ABSENT;
  }

  kept(folder: string): KeptKeys | null {
    const stat = this.lstat(folder === '' ? this.root : this.root + folder);
    const kept = this.trusted ? this.stored.folders.get(folder) : undefined;
    if (stat !== undefined && kept !== undefined && sameFields(stat, kept.stat)) {
      this.visited.push([folder, kept]);
      return kept;
    }
    // Taken before the listing: a change after it moves the folder's times away from these.
    this.pending.set(folder, stat);
    return null;
  }

  keep(folder: string, keys: readonly string[]): void {
    const stat = this.pending.get(folder);
    this.pending.delete(folder);
    this.changed = true;
    // A .gitignore that was not kept: its rules may change what lies below (and it is walked next).
    const rules = folder === '' ? '.gitignore' : `${folder}/.gitignore`;
    if (keys.includes(rules) && !this.stored.rules.has(this.root + rules)) this.trusted = false;
    let folders = 0;
    for (const key of keys) if (key.endsWith('/')) folders++;
    const settled = stat !== undefined && isFolder(stat) && this.settled(stat);
    this.visited.push([folder, settled ? { stat, keys, folders } : null]);
  }

  save(): void {
    if (this.trusted && !this.changed && this.visited.length === this.stored.folders.size) return;
    const kept = this.visited.filter((v): v is [string, Kept] => v[1] !== null);
    const rules = new Map<string, Float64Array>();
    // Every file the walk's IgnoreMatcher reads, the excludes file first: a file it comes to read
    // must be added here, or a change to it goes unseen.
    if (this.excludes !== null) rules.set(this.excludes, ABSENT);
    for (const path of [`${this.gitdir}/info/exclude`, `${this.root}.gitignore`]) rules.set(path, ABSENT);
    for (const [folder, { keys }] of kept) {
      const path = folder === '' ? '.gitignore' : `${folder}/.gitignore`;
      if (keys.includes(path)) rules.set(this.root + path, ABSENT);
    }
    for (const path of rules.keys()) {
      const stat = this.ruleStat(path);
      // Rules changed while (or just before) the walk read them: the next walk lists every folder.
      if (stat !== ABSENT && !this.settled(stat)) return;
      rules.set(path, stat);
    }
    try {
      // Where adding or removing an entry leaves a folder's times as they were, no listing is kept.
      if (folderTimesMove(this.file.slice(0, this.file.lastIndexOf('/')))) writeCache(this.file, kept, rules);
    } catch {
      // A read-only repository, a full disk: the next run lists the folders again.
    }
  }

  /** Whether the path's mtime and ctime are older than the walk by more than {@link SETTLED_MS}. */
  private settled(stat: Float64Array): boolean {
    return Math.max(stat[0] * 1e3 + stat[1] / 1e6, stat[2] * 1e3 + stat[3] / 1e6) < this.now - SETTLED_MS;
  }
}

/**
 * Whether adding and removing an entry in a folder moves its mtime on this file system (under
 * `dir`, made if missing), as the cache assumes: git's `update-index --test-untracked-cache`
 * asks the same. The probe folder's mtime is first set far back, so a file system keeping times
 * in whole seconds answers as well as one keeping nanoseconds.
 */
export function folderTimesMove(dir: string): boolean {
  try {
    mkdirSync(dir);
  } catch (err) {
    if ((err as { code?: unknown }).code !== 'EEXIST') throw err;
  }
  const probe = `${dir}/probe.${process.pid}`;
  const file = `${probe}/entry`;
  const mtimeNs = (): bigint => lstatSync(probe, { bigint: true }).mtimeNs;
  try {
    mkdirSync(probe);
    utimesSync(probe, 1_000_000, 1_000_000);
    const before = mtimeNs();
    closeSync(openSync(file, 'wx'));
    const added = mtimeNs();
    utimesSync(probe, 1_000_000, 1_000_000);
    unlinkSync(file);
    return added !== before && mtimeNs() !== before;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

function isFolder(stat: Float64Array): boolean {
  return (stat[6] & 0o170000) === 0o040000;
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
        fields = fieldsOf(s);
      }
    } catch {
      // Not a folder on the way (ENOTDIR), unreadable: the walk lists it and reports what it finds.
      return undefined;
    }
    return fields;
  };
}

/** The stat fields of the file at `path`, links followed; `undefined` when there is none. */
function followedStat(path: string): Float64Array | undefined {
  try {
    const s = statSync(path, { bigint: true, throwIfNoEntry: false });
    return s === undefined ? undefined : fieldsOf(s);
  } catch {
    // A link to nowhere, a folder on the way that is a file: no rules there, as git finds none.
    return undefined;
  }
}

/** The stat fields kept of a file (see {@link FIELDS}), from node's stats in nanoseconds. */
function fieldsOf(s: BigIntStats): Float64Array {
  return Float64Array.of(
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

function sameFields(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < FIELDS; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Layout (little-endian): a 32-byte header (magic, version, folder count, key count, rule file
 * count, text bytes), the stat fields as float64 of each folder then each rule file, each
 * folder's key count and sub-folder key count as uint32, the text (rule file paths, folder
 * paths, then every folder's keys, each ended by NUL), and the CRC-32 of everything before it.
 */
function writeCache(file: string, kept: readonly [string, Kept][], rules: ReadonlyMap<string, Float64Array>): void {
  let keyCount = 0;
  const pieces: string[] = [...rules.keys()];
  for (const [folder] of kept) pieces.push(folder);
  for (const [, { keys }] of kept) {
    keyCount += keys.length;
    for (const key of keys) pieces.push(key);
  }
  const text = pieces.length === 0 ? '' : `${pieces.join('\0')}\0`;
  const textBytes = Buffer.byteLength(text);
  const folders = kept.length;
  const countsAt = HEADER + (folders + rules.size) * FIELDS * 8;
  const textAt = countsAt + folders * 8;
  const size = textAt + textBytes + DIGEST;
  const bytes = Buffer.alloc(size);
  bytes.writeUInt32LE(MAGIC, 0);
  bytes.writeUInt32LE(VERSION, 4);
  bytes.writeUInt32LE(folders, 8);
  bytes.writeUInt32LE(keyCount, 12);
  bytes.writeUInt32LE(rules.size, 16);
  bytes.writeUInt32LE(textBytes, 20);
  const stats = new Float64Array(bytes.buffer, bytes.byteOffset + HEADER, (folders + rules.size) * FIELDS);
  const counts = new Uint32Array(bytes.buffer, bytes.byteOffset + countsAt, folders * 2);
  kept.forEach(([, { stat, keys, folders: subfolders }], i) => {
    stats.set(stat, i * FIELDS);
    counts[2 * i] = keys.length;
    counts[2 * i + 1] = subfolders;
  });
  [...rules.values()].forEach((stat, i) => stats.set(stat, (folders + i) * FIELDS));
  bytes.write(text, textAt, 'utf8');
  bytes.writeUInt32LE(crc32(bytes.subarray(0, size - DIGEST)), size - DIGEST);
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

/** zlib's CRC-32 (node 20.15 and later), else the same sum computed here. */
export function crc32(bytes: Uint8Array, native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32): number {
  if (typeof native === 'function') return native(bytes);
  let table = CRC_TABLE;
  if (table === null) {
    table = CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

let CRC_TABLE: Uint32Array | null = null;

/** What the file holds; nothing when it is missing, unreadable, cut short, of another format or damaged. */
function readCache(file: string, onKeys?: (count: number) => void): Stored {
  const none = (): Stored => ({ folders: new Map<string, Kept>(), rules: new Map<string, Float64Array>() });
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return none();
  }
  if (bytes.length < HEADER + DIGEST || bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(4) !== VERSION)
    return none();
  const folders = bytes.readUInt32LE(8);
  const keyCount = bytes.readUInt32LE(12);
  const ruleCount = bytes.readUInt32LE(16);
  const textBytes = bytes.readUInt32LE(20);
  onKeys?.(keyCount);
  const countsAt = HEADER + (folders + ruleCount) * FIELDS * 8;
  const textAt = countsAt + folders * 8;
  if (textAt + textBytes + DIGEST !== bytes.length) return none();
  if (crc32(bytes.subarray(0, textAt + textBytes)) !== bytes.readUInt32LE(textAt + textBytes)) return none();
  // Copied out aligned (the read buffer may start anywhere in node's pool).
  const stats = new Float64Array((folders + ruleCount) * FIELDS);
  new Uint8Array(stats.buffer).set(bytes.subarray(HEADER, countsAt));
  const counts = new Uint32Array(folders * 2);
  new Uint8Array(counts.buffer).set(bytes.subarray(countsAt, textAt));
  // Vault paths are ASCII more often than not, and ASCII bytes are their own Latin-1: copied into a
  // string rather than decoded (at 50k notes 1.8 MB of text, 3.2 -> 0.8 ms plus 0.2 for the check).
  const whole =
    typeof isAscii === 'function' && isAscii(bytes.subarray(textAt, textAt + textBytes))
      ? bytes.toString('latin1', textAt, textAt + textBytes)
      : bytes.toString('utf8', textAt, textAt + textBytes);
  const text = whole.split('\0');
  const keysAt = ruleCount + folders;
  // Every piece ended by NUL: one empty string after the last.
  if (text.length !== keysAt + keyCount + 1) return none();
  const out = none();
  for (let i = 0; i < ruleCount; i++)
    out.rules.set(text[i], stats.subarray((folders + i) * FIELDS, (folders + i + 1) * FIELDS));
  // Where each folder's keys start in the whole text, where they lie joined as the walk's lstat
  // helper takes them: found on the first ask (only a walk sharing its lstats asks), in one pass.
  let starts: Uint32Array | null = null;
  const spans = (): Uint32Array => {
    if (starts !== null) return starts;
    starts = new Uint32Array(folders + 1);
    let from = 0;
    for (let i = 0; i < keysAt; i++) from += text[i].length + 1;
    let key = keysAt;
    for (let i = 0; i < folders; i++) {
      starts[i] = from;
      for (const end = key + counts[2 * i]; key < end; key++) from += text[key].length + 1;
    }
    starts[folders] = from;
    return starts;
  };
  let at = keysAt;
  for (let i = 0; i < folders; i++) {
    const end = at + counts[2 * i];
    if (end > keysAt + keyCount || counts[2 * i + 1] > counts[2 * i]) return none();
    out.folders.set(text[ruleCount + i], {
      stat: stats.subarray(i * FIELDS, (i + 1) * FIELDS),
      keys: text.slice(at, end),
      folders: counts[2 * i + 1],
      joined: () => {
        const s = spans();
        return whole.slice(s[i], Math.max(s[i], s[i + 1] - 1));
      },
    });
    at = end;
  }
  return at === keysAt + keyCount ? out : none();
}
