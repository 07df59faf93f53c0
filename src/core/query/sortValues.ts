import { compareForSort, type Value } from './Value';

/** Compares two sort values in a direction; null (a missing value) sorts last either way. */
export function compareSortValues(a: Value, b: Value, direction: 'ASC' | 'DESC'): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const c = compareForSort(a, b);
  return direction === 'ASC' ? c : -c;
}
