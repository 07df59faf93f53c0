import { compareStrings } from '../index/linkPath';
import { indexOf, placeOf } from '../index/sortedPlace';

/** An item and the minute of the day its state flips at (`toMinuteNumber`). */
interface Timed {
  at: number;
  path: string;
}

const byMinute = (a: Timed, b: Timed): number => a.at - b.at || compareStrings(a.path, b.path);

/**
 * Items kept in order of the minute their state flips at, so when the clock moves the items it
 * passed are found by binary search, not by a look at every timed item.
 * @example timed.set('Tasks/Call.md', 630); timed.passed(600, 660, out) // out has 'Tasks/Call.md'
 */
export class TimedItems {
  private readonly byPath = new Map<string, Timed>();
  private readonly list: Timed[] = [];

  /** Keeps `path` at minute `at`, in place of any minute it had. */
  set(path: string, at: number): void {
    this.delete(path);
    const t = { at, path };
    this.byPath.set(path, t);
    this.list.splice(placeOf(this.list, t, byMinute, false), 0, t);
  }

  /** Forgets `path`. */
  delete(path: string): void {
    const t = this.byPath.get(path);
    if (t === undefined) return;
    this.byPath.delete(path);
    this.list.splice(indexOf(this.list, t, byMinute), 1);
  }

  /** Adds to `out` the items whose minute `at` the clock passed going from `was` to `is` (either way): `at < was !== at < is`. */
  passed(was: number, is: number, out: Set<string>): void {
    const hi = Math.max(was, is);
    const from = placeOf(this.list, { at: Math.min(was, is), path: '' }, byMinute, false);
    for (let i = from; i < this.list.length && this.list[i].at < hi; i++) out.add(this.list[i].path);
  }
}
