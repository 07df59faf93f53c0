/**
 * The one door from src/core to date-fns: calendar arithmetic and formatting on `YYYY-MM-DD`
 * strings. It is the only core file allowed to name the `Date` global (eslint.config.mjs), and only
 * to build a Date from explicit parts: never `new Date()` or `Date.now()`, so the core keeps no clock.
 * Dates are built at local noon, where no daylight-saving change can move them to another day.
 */
import {
  addMonths as fnsAddMonths,
  differenceInCalendarDays as fnsDifferenceInCalendarDays,
  getISODay,
  intlFormatDistance,
  startOfISOWeek,
} from 'date-fns';
import { civilOf, formatCivil } from './dayNumber';

/** A validated `YYYY-MM-DD` (a datetime's date part is used) as a Date at local noon. */
function toDate(date: string): Date {
  const c = civilOf(date);
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(c.year, c.month - 1, c.day);
  return d;
}

/** The `YYYY-MM-DD` of a Date built by toDate. */
function fromDate(d: Date): string {
  return formatCivil({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
}

/**
 * Adds calendar months to a date (date-fns `addMonths`: clamps to the end of a shorter month).
 * @example addCalendarMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addCalendarMonths(date: string, amount: number): string {
  return fromDate(fnsAddMonths(toDate(date), amount));
}

/**
 * Calendar days from `right` to `left` (date-fns `differenceInCalendarDays`).
 * @example calendarDaysBetween('2026-03-01', '2026-02-28') // 1
 */
export function calendarDaysBetween(left: string, right: string): number {
  return fnsDifferenceInCalendarDays(toDate(left), toDate(right));
}

/**
 * ISO day of the week, 1 = Monday … 7 = Sunday (date-fns `getISODay`).
 * @example isoDayOf('2026-11-28') // 6
 */
export function isoDayOf(date: string): number {
  return getISODay(toDate(date));
}

/**
 * The Monday that starts the ISO week of a date (date-fns `startOfISOWeek`).
 * @example isoWeekMonday('2026-11-28') // '2026-11-23'
 */
export function isoWeekMonday(date: string): string {
  return fromDate(startOfISOWeek(toDate(date)));
}

/** The unit a relative phrase counts in. */
export type DistanceUnit = 'day' | 'week' | 'month' | 'year';

/**
 * The distance from `base` to `date` in English words, counted in `unit` (date-fns
 * `intlFormatDistance`, which words it with the platform's `Intl.RelativeTimeFormat`, so no locale
 * data is bundled): `in 12 days`, `3 weeks ago`, `in 2 months`; days may read `tomorrow`.
 * @example distanceInWords('2026-12-10', '2026-11-28', 'day') // 'in 12 days'
 */
export function distanceInWords(date: string, base: string, unit: DistanceUnit): string {
  return intlFormatDistance(toDate(date), toDate(base), {
    unit,
    locale: 'en',
    numeric: unit === 'day' ? 'auto' : 'always',
  });
}
