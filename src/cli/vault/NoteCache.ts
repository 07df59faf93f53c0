import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item, ParseResult } from '../../core/model/Item';
import type { Problem } from '../../core/model/Problem';
import { declaredKind } from '../../core/notes/declaredKind';
import type { NoteRead } from '../../core/notes/readNote';
import { readCappedFile } from '../readCappedFile';

/** A cache file past this is not one we wrote (a real one is a small fraction of it): start empty. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/** Bump when `readNote`'s output for the same text changes, so old caches are rebuilt. */
const CACHE_FORMAT = 'vault-stack-note-cache/6';

/** A parse result as stored: the item's frontmatter is left out (the read holds it) and put back on restore. */
interface StoredParse {
  item: (Omit<Item, 'frontmatter'> & { frontmatter: 0 }) | null;
  problems: Problem[];
}

/**
 * The file: parallel arrays (much faster to parse than one object per note). `reads[i]` is `0`
 * for a plain note without checklist lines, to keep the file small; `parsed[i]` is `0` when no parse result is stored,
 * and the stored ones hold only under the user kinds fingerprinted in `kinds`.
 */
interface CacheFile {
  format: string;
  tool: string;
  vault: string;
  kinds: string;
  /** The plain notes some item links to by name, valid while no note and no user kind changes; null when not known. */
  linked: string[] | null;
  paths: string[];
  sizes: number[];
  mtimes: number[];
  reads: (NoteRead | 0)[];
  parsed: (StoredParse | 0)[];
}

/** The default cache folder: `$XDG_CACHE_HOME/vault-stack`, else `~/.cache/vault-stack`. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string | null {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'vault-stack');
  const home = env.HOME ?? env.USERPROFILE;
  return home ? join(home, '.cache', 'vault-stack') : null;
}

/** The cache file of one vault inside a cache folder, named by a hash of the vault's absolute path. */
export function cacheFileFor(cacheDir: string, vaultRoot: string): string {
  return join(cacheDir, `${createHash('sha256').update(vaultRoot).digest('hex').slice(0, 24)}.json`);
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
 */
export class NoteCache {
  private dirty = false;
  /** Path → slot of the entries read from disk, built only when a lookup by position misses. */
  private slots: Map<string, number> | null = null;
  /** How many entries came from disk; entries past it were set during this run. */
  private readonly loaded: number;
  /** Lookups that found their entry at the walk position (the walk matched the stored order). */
  private positionHits = 0;
  /** Whether `useKinds` found the stored fingerprint. */
  private sameKinds = false;
  /** Slots whose read was set during this run (the note is new or changed). */
  private readonly fresh = new Set<number>();

  private constructor(
    private readonly file: string,
    private readonly data: CacheFile,
  ) {
    this.loaded = data.paths.length;
  }

  /** Opens a vault's cache; a missing, corrupt or foreign-version file gives an empty cache. */
  static open(file: string, vaultRoot: string, toolVersion: string): NoteCache {
    const empty: CacheFile = {
      format: CACHE_FORMAT,
      tool: toolVersion,
      vault: vaultRoot,
      kinds: '',
      linked: null,
      paths: [],
      sizes: [],
      mtimes: [],
      reads: [],
      parsed: [],
    };
    try {
      const data = JSON.parse(readCappedFile(file, 'the cache', MAX_CACHE_BYTES)) as Partial<CacheFile>;
      if (data.format === CACHE_FORMAT && data.tool === toolVersion && data.vault === vaultRoot && isValid(data))
        return new NoteCache(file, data);
    } catch {
      // Missing or unreadable: start empty and rebuild.
    }
    return new NoteCache(file, empty);
  }

  /**
   * The slot of `path`'s entry read from disk, if any (then a stat decides whether it is still
   * valid). The walk of an unchanged vault lists notes in the order the cache saved them, so slot
   * `position` is tried first and the path map is built only when that guess misses. Entries set
   * during this run are not found: a walk looks each note up once, before setting it.
   */
  slotOf(path: string, position: number): number | undefined {
    if (position < this.loaded && this.data.paths[position] === path) {
      this.positionHits++;
      return position;
    }
    if (this.loaded === 0) return undefined;
    if (!this.slots) {
      this.slots = new Map();
      // Later duplicates win, as `set` writes to the slot the map gives.
      for (let i = 0; i < this.loaded; i++) this.slots.set(this.data.paths[i], i);
    }
    return this.slots.get(path);
  }

  /** The cached read in `slot` if its size and mtime still match. */
  readAt(slot: number, size: number, mtimeMs: number): NoteRead | undefined {
    if (this.data.sizes[slot] !== size || this.data.mtimes[slot] !== mtimeMs) return undefined;
    const read = this.data.reads[slot];
    return read === 0 ? PLAIN : read;
  }

  /** Records what `path` read to at this size and mtime, in its `slot` from `slotOf` or a new one. */
  set(path: string, slot: number | undefined, size: number, mtimeMs: number, read: NoteRead): void {
    let at = slot;
    if (at === undefined) {
      at = this.data.paths.push(path) - 1;
    }
    this.data.sizes[at] = size;
    this.data.mtimes[at] = mtimeMs;
    this.data.reads[at] = read.type === 'plain' && read.tasks === undefined ? 0 : read;
    this.data.parsed[at] = 0;
    this.data.linked = null;
    this.fresh.add(at);
    this.dirty = true;
  }

  /**
   * The stored linked plain notes when they still hold: call after the scan and `useKinds`, before
   * other lookups. They hold when the walk found exactly the stored notes, in order, all unchanged,
   * under the same user kinds (so the same items with the same links); otherwise undefined.
   */
  storedLinked(notes: readonly string[]): readonly string[] | undefined {
    const unchanged =
      this.sameKinds && this.fresh.size === 0 && this.loaded === notes.length && this.positionHits === notes.length;
    return unchanged ? (this.data.linked ?? undefined) : undefined;
  }

  /** Stores the plain notes some item links to, for `storedLinked`. */
  setLinked(paths: string[]): void {
    this.data.linked = paths;
    this.dirty = true;
  }

  /** Whether any read was set during this run (a note is new or changed). */
  anyFresh(): boolean {
    return this.fresh.size > 0;
  }

  /** Whether the read in `slot` was set during this run rather than found unchanged. */
  isFresh(slot: number): boolean {
    return this.fresh.has(slot);
  }

  /**
   * Declares the user kinds fingerprint (`userKindsFingerprint`) of this run: parse results
   * stored under another one are dropped, as user kinds change how notes parse.
   */
  useKinds(kinds: string): void {
    this.sameKinds = this.data.kinds === kinds;
    if (this.sameKinds) return;
    this.data.kinds = kinds;
    this.data.linked = null;
    this.data.parsed.fill(0);
    this.dirty = true;
  }

  /** The parse result stored in `slot` (valid for its read and the kinds of `useKinds`), with `frontmatter` put back into the item. */
  parsedAt(slot: number, frontmatter: Record<string, unknown>): ParseResult | undefined {
    const stored = this.data.parsed[slot];
    if (stored === 0 || stored === undefined) return undefined;
    return { item: stored.item === null ? null : { ...stored.item, frontmatter }, problems: stored.problems };
  }

  /** Stores what the parser made of the read in `slot` (call after `useKinds`). */
  setParsed(slot: number, result: ParseResult): void {
    this.data.parsed[slot] = {
      item: result.item === null ? null : { ...result.item, frontmatter: 0 },
      problems: result.problems,
    };
    this.dirty = true;
  }

  /** Writes the cache (atomically) when anything changed; entries of notes not in `paths` are dropped. */
  save(paths: readonly string[]): void {
    // Every path in `paths` hit or set an entry, so equal counts mean no entry is stale.
    const stale = paths.length !== this.data.paths.length;
    if (!this.dirty && !stale) return;
    const out = stale ? this.only(paths) : this.data;
    mkdirSync(join(this.file, '..'), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(out));
    renameSync(tmp, this.file);
    this.dirty = false;
  }

  /** The cache data with one entry per path of `paths`, in that order. */
  private only(paths: readonly string[]): CacheFile {
    const d = this.data;
    const out: CacheFile = {
      format: d.format,
      tool: d.tool,
      vault: d.vault,
      kinds: d.kinds,
      linked: d.linked,
      paths: [],
      sizes: [],
      mtimes: [],
      reads: [],
      parsed: [],
    };
    const every = new Map<string, number>();
    // Later duplicates win, as they do in `slotOf`.
    for (let i = 0; i < d.paths.length; i++) every.set(d.paths[i], i);
    for (let i = 0; i < paths.length; i++) {
      const slot = d.paths[i] === paths[i] ? i : every.get(paths[i]);
      if (slot === undefined) continue;
      out.paths.push(paths[i]);
      out.sizes.push(d.sizes[slot]);
      out.mtimes.push(d.mtimes[slot]);
      out.reads.push(d.reads[slot]);
      out.parsed.push(d.parsed[slot]);
    }
    return out;
  }
}

function isValid(data: Partial<CacheFile>): data is CacheFile {
  const n = Array.isArray(data.paths) ? data.paths.length : -1;
  return (
    n >= 0 &&
    Array.isArray(data.sizes) &&
    data.sizes.length === n &&
    Array.isArray(data.mtimes) &&
    data.mtimes.length === n &&
    Array.isArray(data.reads) &&
    data.reads.length === n &&
    Array.isArray(data.parsed) &&
    data.parsed.length === n &&
    typeof data.kinds === 'string' &&
    (data.linked === null || Array.isArray(data.linked))
  );
}
