/** Calendar arithmetic on integer day and minute numbers (days since 1970-01-01), no clock involved. */

/** A parsed date or datetime: minutes since 1970-01-01T00:00 and whether a time of day was written. */
export interface CalendarPoint {
  minutes: number;
  hasTime: boolean;
}

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Day number (days since 1970-01-01) of a civil date, after Howard Hinnant's `days_from_civil`.
 * @example dayNumberOf(1970, 1, 2) // 1
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day number.
 * @example civilOfDay(1) // { year: 1970, month: 1, day: 2 }
 */
export function civilOfDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Reads `count` ASCII digits at `at` as a number, or -1 when any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`; null when the text is not a valid calendar date.
 * Hand-rolled rather than a regex: it runs for every date-shaped property read in a query.
 * @example parseCalendarPoint('2026-02-30') // null
 */
export function parseCalendarPoint(text: string): CalendarPoint | null {
  if ((text.length !== 10 && text.length !== 16) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const [year, month, day] = [digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2)];
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const days = dayNumberOf(year, month, day);
  if (text.length === 10) return { minutes: days * 1440, hasTime: false };
  if (text[10] !== 'T' || text[13] !== ':') return null;
  const [hour, minute] = [digits(text, 11, 2), digits(text, 14, 2)];
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  return { minutes: days * 1440 + hour * 60 + minute, hasTime: true };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Formats a minute number as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when `withTime`.
 * @example formatMinutes(1500, true) // '1970-01-02T01:00'
 */
export function formatMinutes(minutes: number, withTime: boolean): string {
  const days = Math.floor(minutes / 1440);
  const c = civilOfDay(days);
  const date = `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
  if (!withTime) return date;
  const rest = minutes - days * 1440;
  return `${date}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`;
}

/**
 * Adds calendar months to a minute number, clamping the day to the target month's length.
 * @example formatMinutes(addMonthsToMinutes(parseCalendarPoint('2026-01-31')!.minutes, 1), false) // '2026-02-28'
 */
export function addMonthsToMinutes(minutes: number, months: number): number {
  const days = Math.floor(minutes / 1440);
  const timeOfDay = minutes - days * 1440;
  const c = civilOfDay(days);
  const index = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(c.day, daysInMonth(year, month));
  return dayNumberOf(year, month, day) * 1440 + timeOfDay;
}
