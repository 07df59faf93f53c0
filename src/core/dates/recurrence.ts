import type { Recurrence } from '../model/Item';
import { addDays, addMonths, addYears, weekdayOf } from './arithmetic';
import { fromMinuteNumber, toMinuteNumber } from './dateTime';

const UNITS: Record<string, Recurrence['unit']> = {
  day: 'day', days: 'day', daily: 'day',
  week: 'week', weeks: 'week', weekly: 'week',
  month: 'month', months: 'month', monthly: 'month',
  year: 'year', years: 'year', yearly: 'year',
  weekday: 'weekday', weekdays: 'weekday',
  hour: 'hour', hours: 'hour', hourly: 'hour',
};

/** Options of parseRecurrence. */
export interface RecurrenceOptions {
  /** Accept an hour cadence (`6h`, `12 hours`, `hour`): only a backup's `every` does. */
  hours?: boolean;
}

/**
 * Parses `day | week | month | year | weekday | <n> days|weeks|months|years`, optionally followed
 * by `when done` (case-insensitive; `daily`/`weekly`/`monthly`/`yearly` and a leading `every` are
 * tolerated). With `hours`, also `hour | <n> hours | <n>h`. Null when invalid.
 * @example parseRecurrence('2 weeks when done') // { n: 2, unit: 'week', whenDone: true, text: '2 weeks when done' }
 * @example parseRecurrence('6h', { hours: true }) // { n: 6, unit: 'hour', whenDone: false, text: '6h' }
 */
export function parseRecurrence(text: string, options: RecurrenceOptions = {}): Recurrence | null {
  let rest = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let whenDone = false;
  if (rest.endsWith(' when done')) {
    whenDone = true;
    rest = rest.slice(0, -' when done'.length).trim();
  }
  if (rest.startsWith('every ')) rest = rest.slice('every '.length);
  // `6h` is the duration spelling; only the hour unit may be glued to its number.
  const m = /^(?:(\d{1,4}) )?([a-z]+)$/.exec(rest) ?? /^(\d{1,4})(h)$/.exec(rest);
  if (!m) return null;
  const unit = m[2] === 'h' ? (m[1] === undefined ? undefined : 'hour') : UNITS[m[2] ?? ''];
  if (unit === undefined || (unit === 'hour' && options.hours !== true)) return null;
  const n = m[1] === undefined ? 1 : Number(m[1]);
  if (n < 1 || (unit === 'weekday' && n !== 1)) return null;
  return { n, unit, whenDone, text: text.trim() };
}

/**
 * Steps a date or datetime forward by `times` recurrences. Month and year steps are computed from
 * the original date, so a 31st stays on month ends without drifting (Jan 31 → Feb 28 → Mar 31);
 * `weekday` steps skip Saturday and Sunday; `hour` steps count minutes and always give a
 * `YYYY-MM-DDTHH:mm` (a plain date counts as its midnight).
 * @example addRecurrence('2026-01-31', { n: 1, unit: 'month', whenDone: false, text: 'month' }, 2) // '2026-03-31'
 */
export function addRecurrence(date: string, r: Recurrence, times = 1): string {
  switch (r.unit) {
    case 'day': return addDays(date, r.n * times);
    case 'week': return addDays(date, r.n * 7 * times);
    case 'month': return addMonths(date, r.n * times);
    case 'year': return addYears(date, r.n * times);
    case 'hour': return fromMinuteNumber(toMinuteNumber(date) + r.n * 60 * times);
    case 'weekday': {
      let d = date;
      for (let i = 0; i < times; i++) {
        d = addDays(d, 1);
        while (weekdayOf(d) >= 5) d = addDays(d, 1);
      }
      return d;
    }
  }
}
