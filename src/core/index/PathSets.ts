/** A map from a key to a set of paths, dropping empty sets so its size tracks live keys. */
export class PathSets {
  private readonly map = new Map<string, Set<string>>();

  /** Adds `path` under `key`. */
  add(key: string, path: string): void {
    let set = this.map.get(key);
    if (!set) {
      set = new Set();
      this.map.set(key, set);
    }
    set.add(path);
  }

  /** Removes `path` from under `key`. */
  delete(key: string, path: string): void {
    const set = this.map.get(key);
    if (!set) return;
    set.delete(path);
    if (set.size === 0) this.map.delete(key);
  }

  /** The paths under `key` (live view; do not mutate). */
  get(key: string): ReadonlySet<string> {
    return this.map.get(key) ?? EMPTY;
  }

  /** Every key. */
  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  /** Every key with its path count. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [key, set] of this.map) out[key] = set.size;
    return out;
  }

  /** Forgets everything. */
  clear(): void {
    this.map.clear();
  }
}

const EMPTY: ReadonlySet<string> = new Set();
