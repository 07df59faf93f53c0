/**
 * A map from a key to a set of paths, dropping empty sets so its size tracks live keys. A key
 * with one path (most link names, most tags) holds the bare string: a vault-sized index would
 * otherwise allocate a Set per key.
 */
export class PathSets {
  private readonly map = new Map<string, string | Set<string>>();

  /** Adds `path` under `key`. */
  add(key: string, path: string): void {
    const held = this.map.get(key);
    if (held === undefined) this.map.set(key, path);
    else if (typeof held === 'string') {
      if (held !== path) this.map.set(key, new Set([held, path]));
    } else held.add(path);
  }

  /** Removes `path` from under `key`. */
  delete(key: string, path: string): void {
    const held = this.map.get(key);
    if (held === undefined) return;
    if (typeof held === 'string') {
      if (held === path) this.map.delete(key);
      return;
    }
    held.delete(path);
    if (held.size === 0) this.map.delete(key);
  }

  /** The paths under `key` (do not mutate); one path comes in an array, not a Set made for it. */
  get(key: string): Iterable<string> {
    const held = this.map.get(key);
    if (held === undefined) return EMPTY;
    return typeof held === 'string' ? [held] : held;
  }

  /** Whether any path is under `key`. */
  has(key: string): boolean {
    return this.map.has(key);
  }

  /** Every key. */
  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  /** Every key with its path count. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [key, held] of this.map) out[key] = typeof held === 'string' ? 1 : held.size;
    return out;
  }

  /** Forgets everything. */
  clear(): void {
    this.map.clear();
  }
}

const EMPTY: readonly string[] = [];
