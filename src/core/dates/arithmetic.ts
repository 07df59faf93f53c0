import { addCalendarMonths, isoDayOf, isoWeekMonday } from './dateFns';
import { fromDayNumber, toDayNumber } from './dayNumber';

/**
 * Adds whole days to a date (a datetime keeps its time of day). Integer day numbers rather than
 * date-fns: the index and habit streaks step days in their inner loops.
 * @example addDays('2024-02-28', 1) // '2024-02-29'
 */
export function addDays(date: string, amount: number): string {
  return fromDayNumber(toDayNumber(date) + amount) + date.slice(10);
}

/**
 * Adds calendar months, clamping to the last day of the target month (a datetime keeps its time).
 * @example addMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addMonths(date: string, amount: number): string {
  return addCalendarMonths(date, amount) + date.slice(10);
}

/**
 * Adds calendar years (29 February clamps to 28 February in common years).
 * @example addYears('2024-02-29', 1) // '2025-02-28'
 */
export function addYears(date: string, amount: number): string {
  return addMonths(date, amount * 12);
}

/**
 * Calendar days from `right` to `left` (positive when `left` is later); times of day are ignored.
 * Integer day numbers rather than date-fns `differenceInCalendarDays` (which dateFns.ts offers as
 * calendarDaysBetween, and the tests hold equal): every task, secret and domain on the dashboard
 * needs one, and date-fns made buildDashboard 57 % slower at 5,000 items (bench `dashboard`).
 * @example differenceInCalendarDays('2026-03-01', '2026-02-28') // 1
 */
export function differenceInCalendarDays(left: string, right: string): number {
  return toDayNumber(left) - toDayNumber(right);
}

/**
 * Day of the week, 0 = Monday … 6 = Sunday.
 * @example weekdayOf('2026-11-28') // 5 (a Saturday)
 */
export function weekdayOf(date: string): number {
  return isoDayOf(date) - 1;
}

/**
 * The Monday starting the ISO week that contains the date.
 * @example isoWeekStart('2026-11-28') // '2026-11-23'
 */
export function isoWeekStart(date: string): string {
  return isoWeekMonday(date);
}

/**
 * The first day of the date's month.
 * @example monthStart('2026-11-28') // '2026-11-01'
 */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}
