/** Binary search in a list kept ordered by a comparator: the dashboard's lists, the index's problems. */

/**
 * Where `entry` goes in `list` (ordered by `compare`): after every entry ordered before it, and
 * after those ordered with it too when `after`.
 */
export function placeOf<T>(list: readonly T[], entry: T, compare: (a: T, b: T) => number, after: boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compare(list[mid], entry);
    if (c < 0 || (after && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `entry` (that object) is in `list` (ordered by `compare`), or -1. */
export function indexOf<T>(list: readonly T[], entry: T, compare: (a: T, b: T) => number): number {
  for (let i = placeOf(list, entry, compare, false); i < list.length && compare(list[i], entry) === 0; i++)
    if (list[i] === entry) return i;
  return -1;
}
