import { DateError } from './DateError';

/** A calendar date as numbers: month 1–12, day 1–31. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Days since 1970-01-01 for a civil date (Howard Hinnant's `days_from_civil`), proleptic Gregorian.
 * @example toDayNumber('1970-01-02') // 1
 */
export function toDayNumber(date: string | CivilDate): number {
  const c = typeof date === 'string' ? civilOf(date) : date;
  const y = c.month <= 2 ? c.year - 1 : c.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (c.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + c.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day number (Hinnant's `civil_from_days`).
 * @example fromDayNumber(0) // '1970-01-01'
 */
export function fromDayNumber(days: number): string {
  return formatCivil(civilFromDays(days));
}

/** The civil date (as numbers) of a day number. */
export function civilFromDays(days: number): CivilDate {
  if (!Number.isInteger(days)) throw new DateError(`day number must be an integer, got ${String(days)}`);
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Formats a civil date as `YYYY-MM-DD`.
 * @example formatCivil({ year: 2026, month: 2, day: 3 }) // '2026-02-03'
 */
export function formatCivil(c: CivilDate): string {
  return `${String(c.year).padStart(4, '0')}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** Two-digit zero padding. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Whether a year is a Gregorian leap year.
 * @example isLeapYear(2024) // true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1–12) of a year.
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a validated `YYYY-MM-DD` (a datetime's date part is accepted); throws DateError otherwise. */
export function civilOf(date: string): CivilDate {
  const m = DATE_RE.exec(date.slice(0, 10));
  if (!m) throw new DateError(`not a date: ${JSON.stringify(date)}`);
  const c = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > daysInMonth(c.year, c.month)) {
    throw new DateError(`not a date: ${JSON.stringify(date)}`);
  }
  return c;
}
