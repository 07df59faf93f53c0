import { civilOf, differenceInCalendarDays, distanceInWords, weekdayOf } from '../dates';
import { MONTH_NAMES } from '../dates/parseDate';
import type { DateDisplay } from './DashboardOptions';
import type { ShownDate } from './DashboardModel';

// English names, written out: date-fns `format` would add 20 KiB to main.js for these three patterns.
const MONTHS = MONTH_NAMES;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A date or datetime as the dashboard shows it on `today`: ISO (`2026-12-01 10:00`), relative
 * (`in 3 days`, `yesterday at 10:00`, `in 2 months`) or day-month-year (`1 Dec 2026 10:00`).
 * @example formatDate('2026-12-01', '2026-11-28', 'relative').text // 'in 3 days'
 */
export function formatDate(value: string, today: string, display: DateDisplay): ShownDate {
  const time = value.length > 10 ? value.slice(11, 16) : '';
  if (display === 'iso') return { iso: value, text: time ? `${value.slice(0, 10)} ${time}` : value };
  if (display === 'locale') {
    const c = civilOf(value);
    const day = `${c.day} ${MONTHS[c.month - 1].slice(0, 3)} ${String(c.year).padStart(4, '0')}`;
    return { iso: value, text: time ? `${day} ${time}` : day };
  }
  const phrase = relativeDate(value, today);
  return { iso: value, text: time ? `${phrase} at ${time}` : phrase };
}

/**
 * A day relative to `today` in words, from date-fns: days up to 13 (`today`, `tomorrow`,
 * `in 5 days`), then weeks up to 59 days (`3 weeks ago`), months up to two years (`in 13 months`),
 * then years (`2 years ago`).
 * @example relativeDate('2026-11-27', '2026-11-28') // 'yesterday'
 */
export function relativeDate(date: string, today: string): string {
  const n = Math.abs(differenceInCalendarDays(date, today));
  return distanceInWords(date, today, n < 14 ? 'day' : n < 60 ? 'week' : n < 730 ? 'month' : 'year');
}

/**
 * A day as a heading: `Saturday 28 November 2026`.
 * @example longDate('2026-11-28') // 'Saturday 28 November 2026'
 */
export function longDate(date: string): string {
  const c = civilOf(date);
  return `${WEEKDAYS[weekdayOf(date)]} ${c.day} ${MONTHS[c.month - 1]} ${c.year}`;
}

/**
 * The month of a date as a heading: `November 2026`.
 * @example monthLabel('2026-11-28T10:00') // 'November 2026'
 */
export function monthLabel(date: string): string {
  const c = civilOf(date);
  return `${MONTHS[c.month - 1]} ${c.year}`;
}
