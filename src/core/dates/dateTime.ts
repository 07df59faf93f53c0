import { DateError } from './DateError';
import { fromDayNumber, pad2, toDayNumber } from './dayNumber';

const TIME_RE = /^[T ](\d{2}):(\d{2})(?::\d{2})?$/;

/**
 * Minutes since 1970-01-01T00:00 of a validated date or `YYYY-MM-DDTHH:mm` (a date is its midnight;
 * trailing seconds are ignored).
 * @example toMinuteNumber('1970-01-02T01:00') // 1500
 */
export function toMinuteNumber(dateTime: string): number {
  const days = toDayNumber(dateTime);
  const rest = dateTime.slice(10);
  if (rest === '') return days * 1440;
  const m = TIME_RE.exec(rest);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new DateError(`not a datetime: ${JSON.stringify(dateTime)}`);
  return days * 1440 + Number(m[1]) * 60 + Number(m[2]);
}

/**
 * The `YYYY-MM-DDTHH:mm` of a minute number.
 * @example fromMinuteNumber(1500) // '1970-01-02T01:00'
 */
export function fromMinuteNumber(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  return `${fromDayNumber(days)}T${pad2(Math.floor(rest / 60))}:${pad2(rest % 60)}`;
}

/**
 * Orders two dates/datetimes: negative when `a` is earlier, 0 when equal, positive when later.
 * A plain date counts as its midnight.
 * @example compareDateTimes('2026-11-28', '2026-11-28T08:00') // negative
 */
export function compareDateTimes(a: string, b: string): number {
  return Math.sign(toMinuteNumber(a) - toMinuteNumber(b));
}

/**
 * The date part of a date or datetime.
 * @example datePart('2026-11-28T08:00') // '2026-11-28'
 */
export function datePart(dateTime: string): string {
  return dateTime.slice(0, 10);
}
