import { indexOf, placeOf } from '../index/sortedPlace';

/** Edits kept for the shown rows before they are made again from the whole list. */
const MAX_EDITS = 64;

/**
 * A list kept in order by a comparator that orders distinct entries strictly (ties broken down to
 * the path), so an entry is found and placed by binary search: one change costs a search and a
 * splice, never a sort of the whole list. It also keeps the rows of its first entries (`shown`),
 * updated from the edits since they were last asked for, so an unchanged list hands back the
 * same array and a change makes only the rows of the entries it placed.
 * @example const list = new SortedRows(compareServices); list.insert(service); list.shown(200, serviceRow)
 */
export class SortedRows<T, R = unknown> {
  private readonly rows: T[] = [];
  /** The rows of the first entries when `shown` was last called (null: none kept). */
  private shownRows: R[] | null = null;
  /** The edits since: the position of each, with the entry inserted there (null for a removal). */
  private readonly editAt: number[] = [];
  private readonly editEntry: (T | null)[] = [];
  /** How many rows `shown` makes. */
  private limit = 0;

  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** How many entries the list holds. */
  get length(): number {
    return this.rows.length;
  }

  /** Places `entry` after every entry ordered before or with it. */
  insert(entry: T): void {
    const at = placeOf(this.rows, entry, this.compare, true);
    this.rows.splice(at, 0, entry);
    this.edited(at, entry);
  }

  /** Takes out `entry` (the same object that was inserted); returns whether it was there. */
  remove(entry: T): boolean {
    const at = indexOf(this.rows, entry, this.compare);
    if (at < 0) return false;
    this.rows.splice(at, 1);
    this.edited(at, null);
    return true;
  }

  /** The entries ordered from `lo` (with it) up to `hi` (without it). */
  between(lo: T, hi: T): T[] {
    return this.rows.slice(placeOf(this.rows, lo, this.compare, false), placeOf(this.rows, hi, this.compare, false));
  }

  /** Appends `entry` out of order: a whole build pushes every entry, then calls `sort` once. */
  push(entry: T): void {
    this.rows.push(entry);
  }

  /** Puts the entries pushed in order (one sort). */
  sort(): void {
    this.rows.sort(this.compare);
    this.forgetShown();
  }

  /**
   * The rows of the first `limit` entries (`limit` the same on every call): the same array as the
   * last call when no edit reached them; else a new array with the rows of the entries placed
   * since made by `rowOf`, and the others taken over. A returned array is never changed after.
   */
  shown(limit: number, rowOf: (entry: T) => R): R[] {
    const kept = this.shownRows;
    this.limit = limit;
    if (kept !== null && this.editAt.length === 0) return kept;
    // `out` stays a prefix of the list as it was after each edit replayed.
    const out = kept === null ? [] : kept.slice();
    for (let i = 0; i < this.editAt.length; i++) {
      const at = this.editAt[i];
      const entry = this.editEntry[i];
      if (entry === null) {
        if (at < out.length) out.splice(at, 1);
      } else if (at <= out.length && at < limit) {
        out.splice(at, 0, rowOf(entry));
        if (out.length > limit) out.length = limit;
      }
    }
    const end = Math.min(this.rows.length, limit);
    for (let i = out.length; i < end; i++) out.push(rowOf(this.rows[i]));
    this.forgetShown();
    this.shownRows = out;
    return out;
  }

  /** Keeps an edit for the shown rows: one past them changes none of them. */
  private edited(at: number, entry: T | null): void {
    if (this.shownRows === null || at >= this.limit) return;
    if (this.editAt.length >= MAX_EDITS) return this.forgetShown();
    this.editAt.push(at);
    this.editEntry.push(entry);
  }

  private forgetShown(): void {
    this.shownRows = null;
    this.editAt.length = 0;
    this.editEntry.length = 0;
  }
}
