import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteRead } from '../../core/notes/readNote';

/** Bump when `readNote`'s output for the same text changes, so old caches are rebuilt. */
const CACHE_FORMAT = 'vault-stack-note-cache/1';

/** A cached read: size, mtime in ms, and the read (`0` for a plain note, to keep the file small). */
type Entry = [number, number, NoteRead | 0];

interface CacheFile {
  format: string;
  tool: string;
  vault: string;
  entries: Record<string, Entry>;
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

/**
 * What each note read to last time, keyed by path and checked against size and mtime, so a run
 * re-reads only changed notes. Stores parse input, not items: kinds may change between runs.
 */
export class NoteCache {
  private dirty = false;

  private constructor(
    private readonly file: string,
    private readonly vault: string,
    private readonly tool: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Opens a vault's cache; a missing, corrupt or foreign-version file gives an empty cache. */
  static open(file: string, vaultRoot: string, toolVersion: string): NoteCache {
    let entries = new Map<string, Entry>();
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
      if (data.format === CACHE_FORMAT && data.tool === toolVersion && data.vault === vaultRoot && isRecord(data.entries)) {
        entries = new Map(Object.entries(data.entries));
      }
    } catch {
      // Missing or unreadable: start empty and rebuild.
    }
    return new NoteCache(file, vaultRoot, toolVersion, entries);
  }

  /** Whether any entry exists for `path` (then a stat decides whether it is still valid). */
  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** The cached read of `path` if its size and mtime still match. */
  get(path: string, size: number, mtimeMs: number): NoteRead | undefined {
    const entry = this.entries.get(path);
    if (!entry || !Array.isArray(entry) || entry[0] !== size || entry[1] !== mtimeMs) return undefined;
    return entry[2] === 0 ? PLAIN : entry[2];
  }

  /** Records what `path` read to at this size and mtime. */
  set(path: string, size: number, mtimeMs: number, read: NoteRead): void {
    this.entries.set(path, [size, mtimeMs, read.type === 'plain' ? 0 : read]);
    this.dirty = true;
  }

  /** Writes the cache (atomically) when anything changed; entries of notes not in `paths` are dropped. */
  save(paths: readonly string[]): void {
    // Without a set(), every path hit an existing entry, so equal sizes mean nothing was deleted.
    if (this.dirty || paths.length !== this.entries.size) {
      const keep = new Set(paths);
      for (const path of this.entries.keys()) {
        if (!keep.has(path)) {
          this.entries.delete(path);
          this.dirty = true;
        }
      }
    }
    if (!this.dirty) return;
    const data: CacheFile = { format: CACHE_FORMAT, tool: this.tool, vault: this.vault, entries: Object.fromEntries(this.entries) };
    mkdirSync(join(this.file, '..'), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, this.file);
    this.dirty = false;
  }
}

const PLAIN: NoteRead = { type: 'plain' };

function isRecord(value: unknown): value is Record<string, Entry> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
