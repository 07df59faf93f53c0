import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteRead } from '../../core/notes/readNote';

/** Bump when `readNote`'s output for the same text changes, so old caches are rebuilt. */
const CACHE_FORMAT = 'vault-stack-note-cache/2';

/**
 * The file: parallel arrays (much faster to parse than one object per note). `reads[i]` is `0`
 * for a plain note, to keep the file small.
 */
interface CacheFile {
  format: string;
  tool: string;
  vault: string;
  paths: string[];
  sizes: number[];
  mtimes: number[];
  reads: (NoteRead | 0)[];
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
 * What each note read to last time, keyed by path and checked against size and mtime, so a run
 * re-reads only changed notes. Stores parse input, not items: kinds may change between runs.
 */
export class NoteCache {
  private dirty = false;
  /** Path → slot in the arrays, built only when a lookup by position misses. */
  private slots: Map<string, number> | null = null;

  private constructor(
    private readonly file: string,
    private readonly data: CacheFile,
  ) {}

  /** Opens a vault's cache; a missing, corrupt or foreign-version file gives an empty cache. */
  static open(file: string, vaultRoot: string, toolVersion: string): NoteCache {
    const empty: CacheFile = { format: CACHE_FORMAT, tool: toolVersion, vault: vaultRoot, paths: [], sizes: [], mtimes: [], reads: [] };
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
      if (data.format === CACHE_FORMAT && data.tool === toolVersion && data.vault === vaultRoot && isValid(data)) return new NoteCache(file, data);
    } catch {
      // Missing or unreadable: start empty and rebuild.
    }
    return new NoteCache(file, empty);
  }

  /**
   * The slot of `path`'s entry, if any (then a stat decides whether it is still valid). The walk
   * of an unchanged vault lists notes in the order the cache saved them, so slot `position` is
   * tried first and the path map is built only when that guess misses.
   */
  slotOf(path: string, position: number): number | undefined {
    if (this.data.paths[position] === path) return position;
    return this.pathMap().get(path);
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
      this.slots?.set(path, at);
    }
    this.data.sizes[at] = size;
    this.data.mtimes[at] = mtimeMs;
    this.data.reads[at] = read.type === 'plain' ? 0 : read;
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

  private pathMap(): Map<string, number> {
    if (!this.slots) {
      this.slots = new Map();
      // Later duplicates win, as `set` writes to the slot the map gives.
      for (let i = 0; i < this.data.paths.length; i++) this.slots.set(this.data.paths[i], i);
    }
    return this.slots;
  }

  /** The cache data with one entry per path of `paths`, in that order. */
  private only(paths: readonly string[]): CacheFile {
    const d = this.data;
    const out: CacheFile = { format: d.format, tool: d.tool, vault: d.vault, paths: [], sizes: [], mtimes: [], reads: [] };
    for (let i = 0; i < paths.length; i++) {
      const slot = this.slotOf(paths[i], i);
      if (slot === undefined) continue;
      out.paths.push(paths[i]);
      out.sizes.push(d.sizes[slot]);
      out.mtimes.push(d.mtimes[slot]);
      out.reads.push(d.reads[slot]);
    }
    return out;
  }
}

function isValid(data: Partial<CacheFile>): data is CacheFile {
  const n = Array.isArray(data.paths) ? data.paths.length : -1;
  return n >= 0 && Array.isArray(data.sizes) && data.sizes.length === n && Array.isArray(data.mtimes) && data.mtimes.length === n && Array.isArray(data.reads) && data.reads.length === n;
}
