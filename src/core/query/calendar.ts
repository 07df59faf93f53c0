/** The query's view of calendar time: minute numbers (since 1970-01-01T00:00) on top of src/core/dates. */
import {
  civilFromDays,
  daysInMonth,
  fromDayNumber,
  fromMinuteNumber,
  parseDate,
  parseDateTime,
  toDayNumber,
  toMinuteNumber,
} from '../dates';

/** A parsed date or datetime: minutes since 1970-01-01T00:00 and whether a time of day was written. */
export interface CalendarPoint {
  minutes: number;
  hasTime: boolean;
}

/** The civil date of a day number (kept under the query's older name). */
export const civilOfDay = civilFromDays;

/**
 * Day number (days since 1970-01-01) of a civil date.
 * @example dayNumberOf(1970, 1, 2) // 1
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  return toDayNumber({ year, month, day });
}

/**
 * Parses exactly `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`; null when the text is not a valid calendar date.
 * Stricter than `parseDateTime`: no surrounding space, no space for `T`, no seconds (the documented query syntax).
 * @example parseCalendarPoint('2026-02-30') // null
 */
export function parseCalendarPoint(text: string): CalendarPoint | null {
  // Cheap shape check first: this runs for every 10–16 character property value a query reads.
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  if (text.length === 10) {
    const date = parseDate(text);
    return date === null ? null : { minutes: toDayNumber(date) * 1440, hasTime: false };
  }
  if (text.length !== 16 || text[10] !== 'T') return null;
  const dateTime = parseDateTime(text);
  return dateTime === null ? null : { minutes: toMinuteNumber(dateTime), hasTime: true };
}

/**
 * Formats a minute number as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when `withTime`.
 * @example formatMinutes(1500, true) // '1970-01-02T01:00'
 */
export function formatMinutes(minutes: number, withTime: boolean): string {
  return withTime ? fromMinuteNumber(minutes) : fromDayNumber(Math.floor(minutes / 1440));
}

/**
 * Adds calendar months to a minute number, clamping the day to the target month's length.
 * Numeric rather than `addMonths` on text: query arithmetic may leave the years 0000–9999 that
 * `addMonths` accepts (`date("9999-06-01") + "1y"`), and must not throw there.
 * @example formatMinutes(addMonthsToMinutes(parseCalendarPoint('2026-01-31')!.minutes, 1), false) // '2026-02-28'
 */
export function addMonthsToMinutes(minutes: number, months: number): number {
  const days = Math.floor(minutes / 1440);
  const c = civilFromDays(days);
  const index = c.year * 12 + c.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return toDayNumber({ year, month, day: Math.min(c.day, daysInMonth(year, month)) }) * 1440 + minutes - days * 1440;
}
