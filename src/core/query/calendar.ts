/** The query's view of calendar time: minute numbers (since 1970-01-01T00:00) on top of src/core/dates. */
import { civilFromDays, daysInMonth, digitsAt as digits, fromDayNumber, fromMinuteNumber, toDayNumber } from '../dates';

/**
 * A parsed date or datetime: minutes since 1970-01-01T00:00 and whether a time of day was written.
 * Tagged `type: 'date'`, so it is a query date value as it is (no second object per date read).
 */
export interface CalendarPoint {
  type: 'date';
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
  // Read by character codes: this runs for every 10–16 character property value a query reads,
  // and the text form (`parseDate` then `toDayNumber` of the text) parsed each date twice.
  const length = text.length;
  if ((length !== 10 && length !== 16) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const minutes = toDayNumber({ year, month, day }) * 1440;
  if (length === 10) return { type: 'date', minutes, hasTime: false };
  if (text[10] !== 'T' || text.charCodeAt(13) !== 58) return null;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  return { type: 'date', minutes: minutes + hour * 60 + minute, hasTime: true };
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
