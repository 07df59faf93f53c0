import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item, ParseResult } from '../../core/model/Item';
import type { Problem } from '../../core/model/Problem';
import { declaredKind } from '../../core/notes/declaredKind';
import type { NoteRead } from '../../core/notes/readNote';
import type { FolderListing, FolderListings } from './walkVault';

/** A cache file past this is not one we wrote (a real one is a small fraction of it): start empty. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/** Bump when `readNote`'s output for the same text changes, so old caches are rebuilt. */
const CACHE_FORMAT = 'vault-stack-note-cache/8';

/** A parse result as stored: the item's frontmatter is left out (the read holds it) and put back on restore. */
interface StoredParse {
  item: (Omit<Item, 'frontmatter'> & { frontmatter: 0 }) | null;
  problems: Problem[];
}

/** One note that is not plain: its slot, its read, and its parse result (`0` when none is stored). */
type StoredEntry = [number, NoteRead, StoredParse | 0];

/**
 * The file, laid out to load with few objects and little text to scan: a 4-byte little-endian
 * length and this JSON header, zero bytes up to a multiple of 8, then per note (in walk order)
 * its path's length (UTF-16 units), size and mtime as little-endian float64s (`notes` × 3), then
 * every path concatenated as UTF-8 (`pathBytes` bytes), then the JSON array of `StoredEntry`:
 * an entry only for the notes that are not plain without checklist lines (most notes are).
 * Stored parse results hold only under the user kinds fingerprinted in `kinds`.
 */
interface CacheHeader {
  format: string;
  tool: string;
  vault: string;
  kinds: string;
  /** The plain notes some item links to by name, valid while no note and no user kind changes; null when not known. */
  linked: string[] | null;
  folders: StoredFolder[];
  /** How many notes the binary part holds. */
  notes: number;
  /** The length of the concatenated paths in UTF-8 bytes. */
  pathBytes: number;
}

/** A cache file decoded: its header, the numbers per note, the paths concatenated, the entries. */
interface CacheFile {
  header: CacheHeader;
  stats: Float64Array;
  paths: string;
  entries: StoredEntry[];
}

/**
 * A folder's listing as stored: its path, the mtime and ctime it was listed under, the slot of its
 * first note and how many (a folder's notes are contiguous in walk order), and its sub-folders.
 */
type StoredFolder = [string, number, number, number, number, string[]];

/** Numbers per note in `stats`. */
const STRIDE = 3;

/** The default cache folder: `$XDG_CACHE_HOME/vault-stack`, else `~/.cache/vault-stack`. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string | null {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'vault-stack');
  const home = env.HOME ?? env.USERPROFILE;
  return home ? join(home, '.cache', 'vault-stack') : null;
}

/** The cache file of one vault inside a cache folder, named by a hash of the vault's absolute path. */
export function cacheFileFor(cacheDir: string, vaultRoot: string): string {
  return join(cacheDir, `${createHash('sha256').update(vaultRoot).digest('hex').slice(0, 24)}.bin`);
}

const PLAIN: NoteRead = { type: 'plain' };

/**
 * A fingerprint of the user kinds in force: a hash of the path and frontmatter of every note
 * declaring `stack: kind`, in path order. Every other note parses the same while it is unchanged.
 */
export function userKindsFingerprint(reads: readonly { path: string; read: NoteRead }[]): string {
  const declarations: [string, Record<string, unknown>][] = [];
  for (const { path, read } of reads)
    if (read.type === 'item' && declaredKind(read.frontmatter) === 'kind') declarations.push([path, read.frontmatter]);
  declarations.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(declarations)).digest('hex').slice(0, 32);
}

/**
 * What each note read to last time, keyed by path and checked against size and mtime, so a run
 * re-reads only changed notes. Stores parse input, not items: kinds may change between runs.
 * Slots below `loaded` are the notes read from disk (their paths are slices of one string, made
 * only when needed); slots past it were set during this run.
 */
export class NoteCache implements FolderListings {
  private dirty = false;
  /** The folder listings stored, by folder path. */
  private readonly storedFolders: Map<string, StoredFolder>;
  /** The folder listings of this run's walk (found unchanged or listed afresh), with where their notes start in the walk. */
  private readonly walked: { folder: string; mtimeMs: number; ctimeMs: number; listing: FolderListing; at: number }[] =
    [];
  /** Path → slot of the entries read from disk, built only when a lookup by position misses. */
  private slots: Map<string, number> | null = null;
  /** How many entries came from disk. */
  private readonly loaded: number;
  /** The loaded paths, concatenated. */
  private readonly pathText: string;
  /** Where each loaded path starts in `pathText` (one more than `loaded`: the last is its length). */
  private readonly starts: Int32Array;
  /** Per slot, as in the file: its path's length (loaded slots only), size and mtime; grown as slots are set. */
  private table: Float64Array;
  private readonly reads: (NoteRead | 0)[];
  private readonly parsed: (StoredParse | 0)[];
  /** Paths of the slots set during this run, from slot `loaded` on. */
  private readonly added: string[] = [];
  /** Lookups that found their entry at the walk position (the walk matched the stored order). */
  private positionHits = 0;
  /** Whether `useKinds` found the stored fingerprint. */
  private sameKinds = false;
  /** Slots whose read was set during this run (the note is new or changed). */
  private fresh = new Uint8Array(0);
  private freshCount = 0;
  private kinds: string;
  private linked: string[] | null;

  private constructor(
    private readonly file: string,
    private readonly header: { format: string; tool: string; vault: string },
    data: LoadedData,
  ) {
    this.loaded = data.starts.length - 1;
    this.starts = data.starts;
    this.table = data.stats;
    this.reads = data.reads;
    this.parsed = data.parsed;
    this.pathText = data.pathText;
    this.kinds = data.kinds;
    this.linked = data.linked;
    this.storedFolders = new Map(data.folders.map((f) => [f[0], f]));
  }

  /** Opens a vault's cache; a missing, corrupt or foreign-version file gives an empty cache. */
  static open(file: string, vaultRoot: string, toolVersion: string): NoteCache {
    const header = { format: CACHE_FORMAT, tool: toolVersion, vault: vaultRoot };
    try {
      const bytes = readCacheBytes(file);
      const data = bytes ? decodeFile(bytes, header) : null;
      const loaded = data ? loadData(data) : null;
      if (loaded) return new NoteCache(file, header, loaded);
    } catch {
      // Missing or unreadable: start empty and rebuild.
    }
    return new NoteCache(file, header, emptyData());
  }

  /** The path of `slot`. */
  private pathAt(slot: number): string {
    return slot < this.loaded
      ? this.pathText.slice(this.starts[slot], this.starts[slot + 1])
      : this.added[slot - this.loaded];
  }

  /** Whether loaded `slot` holds `path`, compared in place. */
  private holds(slot: number, path: string): boolean {
    const start = this.starts[slot];
    return this.starts[slot + 1] - start === path.length && this.pathText.startsWith(path, start);
  }

  /** The stored listing of `folder` when its mtime and ctime are still those it was listed under. */
  listed(folder: string, mtimeMs: number, ctimeMs: number, at: number): FolderListing | undefined {
    const stored = this.storedFolders.get(folder);
    if (stored === undefined || stored[1] !== mtimeMs || stored[2] !== ctimeMs) return undefined;
    const notes: string[] = [];
    for (let slot = stored[3]; slot < stored[3] + stored[4]; slot++) notes.push(this.pathAt(slot));
    const listing = { notes, folders: stored[5] };
    this.walked.push({ folder, mtimeMs, ctimeMs, listing, at });
    return listing;
  }

  /** Keeps a folder's fresh listing for the next run. */
  record(folder: string, mtimeMs: number, ctimeMs: number, listing: FolderListing, at: number): void {
    this.walked.push({ folder, mtimeMs, ctimeMs, listing, at });
    this.dirty = true;
  }

  /**
   * The slot of `path`'s entry read from disk, if any (then a stat decides whether it is still
   * valid). The walk of an unchanged vault lists notes in the order the cache saved them, so slot
   * `position` is tried first and the path map is built only when that guess misses. Entries set
   * during this run are not found: a walk looks each note up once, before setting it.
   */
  slotOf(path: string, position: number): number | undefined {
    if (position < this.loaded && this.holds(position, path)) {
      this.positionHits++;
      return position;
    }
    if (this.loaded === 0) return undefined;
    if (!this.slots) {
      this.slots = new Map();
      // Later duplicates win, as `set` writes to the slot the map gives.
      for (let i = 0; i < this.loaded; i++) this.slots.set(this.pathAt(i), i);
    }
    return this.slots.get(path);
  }

  /** The cached read in `slot` if its size and mtime still match. */
  readAt(slot: number, size: number, mtimeMs: number): NoteRead | undefined {
    if (this.table[slot * STRIDE + 1] !== size || this.table[slot * STRIDE + 2] !== mtimeMs) return undefined;
    const read = this.reads[slot];
    return read === 0 ? PLAIN : read;
  }

  /** Records what `path` read to at this size and mtime, in its `slot` from `slotOf` or a new one; returns the slot. */
  set(path: string, slot: number | undefined, size: number, mtimeMs: number, read: NoteRead): number {
    let at = slot;
    if (at === undefined) {
      at = this.loaded + this.added.push(path) - 1;
    }
    if ((at + 1) * STRIDE > this.table.length) {
      const grown = new Float64Array(Math.max((at + 1) * STRIDE, this.table.length * 2, 1024 * STRIDE));
      grown.set(this.table);
      this.table = grown;
    }
    this.table[at * STRIDE + 1] = size;
    this.table[at * STRIDE + 2] = mtimeMs;
    this.reads[at] = read.type === 'plain' && read.tasks === undefined ? 0 : read;
    this.parsed[at] = 0;
    this.linked = null;
    this.markFresh(at);
    this.dirty = true;
    return at;
  }

  /**
   * The stored linked plain notes when they still hold: call after the scan and `useKinds`, before
   * other lookups. They hold when the walk found exactly the stored notes, in order, all unchanged,
   * under the same user kinds (so the same items with the same links); otherwise undefined.
   */
  storedLinked(notes: readonly string[]): readonly string[] | undefined {
    const unchanged =
      this.sameKinds && this.freshCount === 0 && this.loaded === notes.length && this.positionHits === notes.length;
    return unchanged ? (this.linked ?? undefined) : undefined;
  }

  /** Stores the plain notes some item links to, for `storedLinked`. */
  setLinked(paths: string[]): void {
    this.linked = paths;
    this.dirty = true;
  }

  /** Whether any read was set during this run (a note is new or changed). */
  anyFresh(): boolean {
    return this.freshCount > 0;
  }

  /** Whether the read in `slot` was set during this run rather than found unchanged. */
  isFresh(slot: number): boolean {
    return slot < this.fresh.length && this.fresh[slot] === 1;
  }

  /** Flags a slot as set during this run (a flag per slot: a first run sets every one). */
  private markFresh(slot: number): void {
    if (slot >= this.fresh.length) {
      const grown = new Uint8Array(Math.max(slot + 1, this.fresh.length * 2, 1024));
      grown.set(this.fresh);
      this.fresh = grown;
    }
    if (this.fresh[slot] === 1) return;
    this.fresh[slot] = 1;
    this.freshCount++;
  }

  /**
   * Declares the user kinds fingerprint (`userKindsFingerprint`) of this run: parse results
   * stored under another one are dropped, as user kinds change how notes parse.
   */
  useKinds(kinds: string): void {
    this.sameKinds = this.kinds === kinds;
    if (this.sameKinds) return;
    this.kinds = kinds;
    this.linked = null;
    this.parsed.fill(0);
    this.dirty = true;
  }

  /** The parse result stored in `slot` (valid for its read and the kinds of `useKinds`), with `frontmatter` put back into the item. */
  parsedAt(slot: number, frontmatter: Record<string, unknown>): ParseResult | undefined {
    const stored = this.parsed[slot];
    if (stored === 0 || stored === undefined) return undefined;
    return { item: stored.item === null ? null : { ...stored.item, frontmatter }, problems: stored.problems };
  }

  /** Stores what the parser made of the read in `slot` (call after `useKinds`). */
  setParsed(slot: number, result: ParseResult): void {
    this.parsed[slot] = {
      item: result.item === null ? null : { ...result.item, frontmatter: 0 },
      problems: result.problems,
    };
    this.dirty = true;
  }

  /** Writes the cache (atomically) when anything changed; entries of notes not in `paths` are dropped. */
  save(paths: readonly string[]): void {
    const total = this.loaded + this.added.length;
    // Every path in `paths` hit or set an entry, so equal counts mean no entry is stale.
    const stale = paths.length !== total;
    if (!this.dirty && !stale) return;
    mkdirSync(join(this.file, '..'), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, encodeFile(this.fileFor(paths)));
    renameSync(tmp, this.file);
    // A cache written by a version that stored the vault's cache as JSON, next to this one, is stale for good.
    if (this.loaded === 0) removeQuietly(this.file.replace(/\.bin$/, '.json'));
    this.dirty = false;
  }

  /** The file holding one entry per path of `paths` that has one, in that order. */
  private fileFor(paths: readonly string[]): CacheFile {
    const { kept, stats, entries, keptAt } = this.kept(paths);
    return {
      header: {
        ...this.header,
        kinds: this.kinds,
        linked: this.linked,
        folders: this.foldersFor(paths, keptAt),
        notes: kept.length,
        pathBytes: 0,
      },
      stats: stats.subarray(0, kept.length * STRIDE),
      paths: kept.join(''),
      entries,
    };
  }

  /**
   * The paths of `paths` that have an entry, their stats and stored entries, and where each path
   * was kept (-1: not). A method of its own, so that the code V8 optimises for its loop (on-stack,
   * mid-loop) holds nothing that runs once after it, which would throw that code away on every save.
   */
  private kept(paths: readonly string[]): {
    kept: string[];
    stats: Float64Array;
    entries: StoredEntry[];
    keptAt: Int32Array;
  } {
    const total = this.loaded + this.added.length;
    let every: Map<string, number> | null = null;
    const kept: string[] = [];
    const stats = new Float64Array(paths.length * STRIDE);
    const entries: StoredEntry[] = [];
    const keptAt = new Int32Array(paths.length).fill(-1);
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i];
      let slot: number | undefined = i;
      if (i >= total || (i < this.loaded ? !this.holds(i, path) : this.added[i - this.loaded] !== path)) {
        if (every === null) {
          every = new Map();
          // Later duplicates win, as they do in `slotOf`.
          for (let j = 0; j < total; j++) every.set(this.pathAt(j), j);
        }
        slot = every.get(path);
      }
      if (slot === undefined) continue;
      const at = kept.push(path) - 1;
      keptAt[i] = at;
      stats[at * STRIDE] = path.length;
      stats[at * STRIDE + 1] = this.table[slot * STRIDE + 1];
      stats[at * STRIDE + 2] = this.table[slot * STRIDE + 2];
      const read = this.reads[slot];
      if (read !== 0) entries.push([at, read, this.parsed[slot]]);
    }
    return { kept, stats, entries, keptAt };
  }

  /** This run's folder listings whose notes were all kept, in order, from where the walk put them. */
  private foldersFor(paths: readonly string[], keptAt: Int32Array): StoredFolder[] {
    const out: StoredFolder[] = [];
    for (const { folder, mtimeMs, ctimeMs, listing, at } of this.walked) {
      const notes = listing.notes;
      const first = notes.length === 0 ? 0 : keptAt[at];
      let whole = first >= 0;
      for (let k = 0; whole && k < notes.length; k++)
        whole = paths[at + k] === notes[k] && keptAt[at + k] === first + k;
      if (whole) out.push([folder, mtimeMs, ctimeMs, first, notes.length, [...listing.folders]]);
    }
    return out;
  }
}

/** The cache as held in memory between open and save. */
interface LoadedData {
  kinds: string;
  linked: string[] | null;
  pathText: string;
  starts: Int32Array;
  /** Per loaded note: its path's length, size and mtime (`STRIDE` numbers each). */
  stats: Float64Array;
  reads: (NoteRead | 0)[];
  parsed: (StoredParse | 0)[];
  folders: StoredFolder[];
}

function emptyData(): LoadedData {
  return {
    kinds: '',
    linked: null,
    pathText: '',
    starts: new Int32Array(1),
    stats: new Float64Array(0),
    reads: [],
    parsed: [],
    folders: [],
  };
}

const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** The bytes with each 8-byte number reversed (little- and big-endian). */
function swapped(bytes: Buffer): Buffer {
  return Buffer.from(bytes).swap64();
}

/**
 * The cache file's bytes in one read sized by an fstat; null when it is not a regular file or is
 * larger than `MAX_CACHE_BYTES` (not one we wrote). Throws when it cannot be opened or read.
 */
function readCacheBytes(file: string): Buffer | null {
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return null;
    const bytes = Buffer.allocUnsafe(stat.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break;
      at += n;
    }
    return bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/** `at` rounded up to a multiple of 8 (where the float64s start). */
function aligned(at: number): number {
  return (at + 7) & ~7;
}

/** The file's bytes: header, float64s, paths, entries (see `CacheHeader`). */
function encodeFile(file: CacheFile): Buffer {
  const paths = Buffer.from(file.paths, 'utf8');
  const header = Buffer.from(JSON.stringify({ ...file.header, pathBytes: paths.length }), 'utf8');
  const head = Buffer.alloc(aligned(4 + header.length));
  head.writeUInt32LE(header.length, 0);
  header.copy(head, 4);
  const numbers = Buffer.from(file.stats.buffer, file.stats.byteOffset, file.stats.byteLength);
  const entries = Buffer.from(JSON.stringify(file.entries), 'utf8');
  return Buffer.concat([head, LITTLE_ENDIAN ? numbers : swapped(numbers), paths, entries]);
}

/** The file decoded when it is one this version wrote for this vault and tool, else null (`loadData` checks the rest). */
function decodeFile(bytes: Buffer, expected: { format: string; tool: string; vault: string }): CacheFile | null {
  if (bytes.length < 4) return null;
  const headerEnd = 4 + bytes.readUInt32LE(0);
  if (headerEnd > bytes.length) return null;
  const header = JSON.parse(bytes.toString('utf8', 4, headerEnd)) as Partial<CacheHeader> | null;
  if (
    header === null ||
    typeof header !== 'object' ||
    header.format !== expected.format ||
    header.tool !== expected.tool ||
    header.vault !== expected.vault ||
    !Number.isInteger(header.notes) ||
    !Number.isInteger(header.pathBytes) ||
    (header.notes as number) < 0 ||
    (header.pathBytes as number) < 0
  )
    return null;
  const numbersAt = aligned(headerEnd);
  const pathsAt = numbersAt + (header.notes as number) * STRIDE * 8;
  const entriesAt = pathsAt + (header.pathBytes as number);
  if (entriesAt > bytes.length) return null;
  // Copied out: the file's buffer need not be 8-byte aligned there.
  const stats = new Float64Array((header.notes as number) * STRIDE);
  const numbers = bytes.subarray(numbersAt, pathsAt);
  new Uint8Array(stats.buffer).set(LITTLE_ENDIAN ? numbers : swapped(numbers));
  const entries = JSON.parse(bytes.toString('utf8', entriesAt)) as StoredEntry[];
  return { header: header as CacheHeader, stats, paths: bytes.toString('utf8', pathsAt, entriesAt), entries };
}

/** Deletes a file if it is there; a file that cannot be deleted is left. */
function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Missing (the usual case) or not ours to delete.
  }
}

/** The in-memory form of a decoded file, or null when it is not one this version wrote. */
function loadData(file: CacheFile): LoadedData | null {
  const data = file.header;
  if (
    typeof file.paths !== 'string' ||
    !Array.isArray(file.entries) ||
    !Array.isArray(data.folders) ||
    typeof data.kinds !== 'string' ||
    !(data.linked === null || Array.isArray(data.linked))
  )
    return null;
  const stats = file.stats;
  const n = stats.length / STRIDE;
  const starts = new Int32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const length = stats[i * STRIDE];
    if (!Number.isInteger(length) || length < 0) return null;
    starts[i] = at;
    at += length;
  }
  starts[n] = at;
  if (at !== file.paths.length) return null;
  const reads = new Array<NoteRead | 0>(n).fill(0);
  const parsed = new Array<StoredParse | 0>(n).fill(0);
  for (const entry of file.entries) {
    if (!Array.isArray(entry) || !Number.isInteger(entry[0]) || entry[0] < 0 || entry[0] >= n) return null;
    reads[entry[0]] = entry[1];
    parsed[entry[0]] = entry[2];
  }
  for (const f of data.folders) {
    if (
      !Array.isArray(f) ||
      typeof f[0] !== 'string' ||
      typeof f[1] !== 'number' ||
      typeof f[2] !== 'number' ||
      !Number.isInteger(f[3]) ||
      !Number.isInteger(f[4]) ||
      f[3] < 0 ||
      f[4] < 0 ||
      f[3] + f[4] > n ||
      !Array.isArray(f[5])
    )
      return null;
  }
  return {
    kinds: data.kinds,
    linked: data.linked,
    pathText: file.paths,
    starts,
    stats,
    reads,
    parsed,
    folders: data.folders,
  };
}
