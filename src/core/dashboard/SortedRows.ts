/**
 * A list kept in order by a comparator that orders distinct entries strictly (ties broken down to
 * the path), so an entry is found and placed by binary search: one change costs a search and a
 * splice, never a sort of the whole list.
 * @example const list = new SortedRows(compareServices); list.insert(service); list.first(200)
 */
export class SortedRows<T> {
  private readonly rows: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** How many entries the list holds. */
  get length(): number {
    return this.rows.length;
  }

  /** Places `entry` after every entry ordered before or with it. */
  insert(entry: T): void {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.rows[mid], entry) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.rows.splice(lo, 0, entry);
  }

  /** Takes out `entry` (the same object that was inserted); returns whether it was there. */
  remove(entry: T): boolean {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.rows[mid], entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.rows.length && this.compare(this.rows[i], entry) === 0; i++) {
      if (this.rows[i] === entry) {
        this.rows.splice(i, 1);
        return true;
      }
    }
    return false;
  }

  /** Fills the list from unordered entries (one sort), replacing what it held. */
  reset(entries: T[]): void {
    entries.sort(this.compare);
    this.rows.length = 0;
    for (const e of entries) this.rows.push(e);
  }

  /** The first `count` entries, in order. */
  first(count: number): T[] {
    return this.rows.slice(0, count);
  }
}
