import { daysInMonth, pad2 } from './dayNumber';

const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Validates a `YYYY-MM-DD` date (real month, real day of month, leap years); null when invalid.
 * @example parseDate('2024-02-29') // '2024-02-29'
 * @example parseDate('2023-02-29') // null
 */
export function parseDate(text: string): string | null {
  const t = text.length === 10 ? text : text.trim();
  // Read by character codes rather than a regex: habit logs alone hold thousands of dates.
  if (t.length !== 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return null;
  const year = digitsAt(t, 0, 4);
  const month = digitsAt(t, 5, 2);
  const day = digitsAt(t, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return t;
}

/**
 * The number written by `count` ASCII digits at `from`, or -1 when one is not a digit.
 * @example digitsAt('2026-11-30', 5, 2) // 11
 */
export function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Validates a local datetime `YYYY-MM-DDTHH:mm` (a space instead of `T` and trailing `:ss` are
 * tolerated and dropped) or a plain date; returns the normalised text, or null when invalid.
 * @example parseDateTime('2026-11-28 07:30:15') // '2026-11-28T07:30'
 * @example parseDateTime('2026-11-28') // '2026-11-28'
 */
export function parseDateTime(text: string): string | null {
  const t = text.trim();
  const date = parseDate(t);
  if (date !== null) return date;
  const m = DATETIME_RE.exec(t);
  if (!m) return null;
  const day = parseDate(`${m[1]}-${m[2]}-${m[3]}`);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (day === null || hour > 23 || minute > 59 || second > 59) return null;
  return `${day}T${pad2(hour)}:${pad2(minute)}`;
}

/**
 * Whether a validated datetime string carries a time of day.
 * @example hasTime('2026-11-28T07:30') // true
 */
export function hasTime(dateTime: string): boolean {
  return dateTime.length > 10;
}

/** English month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHAPE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Why text that has the shape of a date or datetime is not one (a day the month does not have, a
 * month 13, a time 25:00); null when it is valid or does not have that shape.
 * @example explainBadDate('2026-02-30') // 'has the shape of a date but is not a day in February 2026 (it has 28 days)'
 */
export function explainBadDate(text: string): string | null {
  const m = SHAPE_RE.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `has the shape of a date but ${m[2] ?? ''} is not a month (01 to 12)`;
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return `has the shape of a date but is not a day in ${MONTH_NAMES[month - 1] ?? ''} ${year} (it has ${length} days)`;
  }
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
    return `has the shape of a datetime but ${m[4]}:${m[5] ?? ''}${m[6] === undefined ? '' : `:${m[6]}`} is not a time of day (00:00 to 23:59)`;
  }
  return null;
}
