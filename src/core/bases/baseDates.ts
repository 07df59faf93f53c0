import { parseDateTime } from '../dates/parseDate';
import type { BaseValue } from './BaseRow';

/**
 * Every valid date or datetime a value holds (one, or each element of a list), normalised to
 * `YYYY-MM-DD` / `YYYY-MM-DDTHH:mm`, in the order written; anything else is skipped.
 * @example datesIn(['2026-11-27', 'soon', '2026-11-28 07:30']) // ['2026-11-27', '2026-11-28T07:30']
 */
export function datesIn(value: BaseValue): string[] {
  const out: string[] = [];
  collect(value, out);
  return out;
}

function collect(value: BaseValue, out: string[]): void {
  if (typeof value === 'string') {
    const date = parseDateTime(value);
    if (date !== null) out.push(date);
  } else if (Array.isArray(value)) {
    for (const v of value as readonly BaseValue[]) collect(v, out);
  }
}

/**
 * The first valid date or datetime a value holds, normalised; null when none (no list is built).
 * @example firstDateIn(['soon', '2026-11-27']) // '2026-11-27'
 */
export function firstDateIn(value: BaseValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return parseDateTime(value);
  if (Array.isArray(value)) {
    for (const v of value as readonly BaseValue[]) {
      const date = firstDateIn(v);
      if (date !== null) return date;
    }
  }
  return null;
}

/**
 * A value as one line of text: lists joined with commas, missing values empty.
 * @example valueText(['a', 2, true]) // 'a, 2, true'
 */
export function valueText(value: BaseValue): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return (value as readonly BaseValue[]).map(valueText).join(', ');
  return String(value);
}
