import { civilOf, differenceInCalendarDays, weekdayOf } from '../dates';
import type { DateDisplay } from './DashboardOptions';
import type { ShownDate } from './DashboardModel';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
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
    const day = `${c.day} ${MONTHS[c.month - 1].slice(0, 3)} ${c.year}`;
    return { iso: value, text: time ? `${day} ${time}` : day };
  }
  const phrase = relativeDays(differenceInCalendarDays(value, today));
  return { iso: value, text: time ? `${phrase} at ${time}` : phrase };
}

/**
 * A day offset in words: `today`, `tomorrow`, `in 5 days`, `3 weeks ago`, `in 4 months`, `2 years ago`.
 * @example relativeDays(-1) // 'yesterday'
 */
export function relativeDays(n: number): string {
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  const abs = Math.abs(n);
  const [count, unit] = abs < 14 ? [abs, 'day'] : abs < 60 ? [Math.round(abs / 7), 'week'] : abs < 730 ? [Math.round(abs / 30.44), 'month'] : [Math.round(abs / 365.25), 'year'];
  const amount = `${count} ${unit}${count === 1 ? '' : 's'}`;
  return n > 0 ? `in ${amount}` : `${amount} ago`;
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
