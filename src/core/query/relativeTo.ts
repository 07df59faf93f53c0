import { distanceInWords } from '../dates';
import { formatMinutes } from './calendar';
import type { DateValue } from './Value';

/**
 * A date relative to `now` in words, as Bases' `date.relative()`: days within a week, then weeks
 * within a month, months within a year, then years (`yesterday`, `in 3 weeks`, `2 years ago`).
 * @example relativeTo(dateValue(0, false), dateValue(1440 * 3, false)) // '3 days ago'
 */
export function relativeTo(date: DateValue, now: DateValue): string | null {
  const days = Math.abs(Math.floor(date.minutes / 1440) - Math.floor(now.minutes / 1440));
  const unit = days < 7 ? 'day' : days < 30 ? 'week' : days < 365 ? 'month' : 'year';
  try {
    return distanceInWords(formatMinutes(date.minutes, false), formatMinutes(now.minutes, false), unit);
  } catch {
    // Arithmetic can leave the years 0000–9999 the date library reads (`date("9999-06-01") + "1y"`).
    return null;
  }
}
