import { compareSortValues } from './sortValues';
import { displayValue, isDate, valuesEqual, type Value } from './Value';

/** The numbers of a list (other elements are skipped). */
export function numbersOf(list: readonly Value[]): number[] {
  const out: number[] = [];
  for (const v of list) if (typeof v === 'number') out.push(v);
  return out;
}

/** Arithmetic mean of a list's numbers; null when it has none. */
export function meanOf(list: readonly Value[]): Value {
  // One pass, adding in list order as a list of the numbers would: no list of numbers made.
  let sum = 0;
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v === 'number') {
      sum += v;
      count++;
    }
  }
  return count === 0 ? null : sum / count;
}

/** Median of a list's numbers; null when it has none. */
export function medianOf(list: readonly Value[]): Value {
  const ns = numbersOf(list).sort((a, b) => a - b);
  if (ns.length === 0) return null;
  const mid = ns.length >> 1;
  return ns.length % 2 === 1 ? ns[mid] : (ns[mid - 1] + ns[mid]) / 2;
}

/** Population standard deviation of a list's numbers; null when it has none. */
export function stddevOf(list: readonly Value[]): Value {
  const ns = numbersOf(list);
  if (ns.length === 0) return null;
  let sum = 0;
  for (const n of ns) sum += n;
  const mean = sum / ns.length;
  let sq = 0;
  for (const n of ns) sq += (n - mean) * (n - mean);
  return Math.sqrt(sq / ns.length);
}

/** Sum of a list's numbers (0 for none). */
export function sumOf(list: readonly Value[]): number {
  return sumOrNull(list) ?? 0;
}

/** Sum of a list's numbers; null when it has none. */
export function sumOrNull(list: readonly Value[]): number | null {
  let sum = 0;
  let any = false;
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v === 'number') {
      sum += v;
      any = true;
    }
  }
  return any ? sum : null;
}

/** Distinct elements, first occurrence kept (equality as `==`). */
export function uniqueOf(list: readonly Value[]): Value[] {
  const out: Value[] = [];
  const seen = new Set<string>();
  for (const x of list) {
    // Scalars by a typed key in O(1); dates, links and lists through `==`.
    if (x === null || typeof x !== 'object') {
      const key = `${typeof x}:${String(x)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(x);
    } else if (!out.some((y) => valuesEqual(x, y))) out.push(x);
  }
  return out;
}

/** The list sorted ascending (numbers, then dates, …, as a sort key orders them; nulls last). */
export function sortedOf(list: readonly Value[]): Value[] {
  return [...list].sort((a, b) => compareSortValues(a, b, 'ASC'));
}

/** Flattens nested lists one level at a time, fully. */
export function flatOf(list: readonly Value[]): Value[] {
  const out: Value[] = [];
  const visit = (v: Value, depth: number): void => {
    if (Array.isArray(v) && depth < 32) for (const x of v) visit(x, depth + 1);
    else out.push(v);
  };
  for (const v of list) visit(v, 0);
  return out;
}

/** Joins the elements' display text. */
export function joinOf(list: readonly Value[], sep: string): string {
  return list.map(displayValue).join(sep);
}

/** The extreme of a list by `<`/`>` (dates and numbers); null when empty. */
export function extremeOf(list: readonly Value[], sign: 1 | -1): Value {
  let best: Value = null;
  for (const v of list) {
    if (v === null || (typeof v !== 'number' && !isDate(v) && typeof v !== 'string')) continue;
    if (best === null || compareSortValues(v, best, 'ASC') * sign > 0) best = v;
  }
  return best;
}
