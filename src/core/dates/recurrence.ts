import type { Recurrence, RecurrenceAnchor } from '../model/Item';
import { addDays, addMonths, weekdayOf } from './arithmetic';
import { fromMinuteNumber, toMinuteNumber } from './dateTime';
import { civilOf, daysInMonth, formatCivil } from './dayNumber';
import { isoWeekMonday } from './dateFns';

export { parseRecurrence, anchorText, withAnchor, RECURRENCE_FORMS, type RecurrenceOptions } from './parseRecurrence';

/**
 * Steps a date or datetime forward by `times` recurrences, computed from `date` (not step by
 * step), so month-end clamping does not drift. With an anchor the result lands on the series'
 * day: `month on 31` gives the 31st or the month's last day, `year on 02-29` gives 29 February or
 * the 28th, `week on wed` the Wednesday of the target week. `weekday` steps skip Saturday and
 * Sunday; `hour` steps count minutes and always give a `YYYY-MM-DDTHH:mm` (a plain date counts
 * as its midnight).
 * @example addRecurrence('2026-02-28', parseRecurrence('month on 31')!) // '2026-03-31'
 */
export function addRecurrence(date: string, r: Recurrence, times = 1): string {
  const time = date.slice(10);
  switch (r.unit) {
    case 'day':
      return addDays(date, r.n * times);
    case 'week':
      if (r.anchor?.weekday !== undefined)
        return addDays(isoWeekMonday(date), r.n * 7 * times + r.anchor.weekday) + time;
      return addDays(date, r.n * 7 * times);
    case 'month':
      return onAnchor(addMonths(date, r.n * times), r.anchor) + time;
    case 'year':
      return onAnchor(addMonths(date, r.n * 12 * times), r.anchor) + time;
    case 'hour':
      return fromMinuteNumber(toMinuteNumber(date) + r.n * 60 * times);
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

/** Moves a date within its month (or, with an anchor month, its year) to the anchor's day, clamped. */
function onAnchor(date: string, anchor: RecurrenceAnchor | undefined): string {
  const c = civilOf(date);
  if (anchor?.day === undefined) return formatCivil(c);
  const month = anchor.month ?? c.month;
  return formatCivil({ year: c.year, month, day: Math.min(anchor.day, daysInMonth(c.year, month)) });
}

/**
 * The anchor a series starting on `date` needs so that clamping never moves its day for good: the
 * day of month from the 29th on (monthly), 29 February (yearly); none otherwise or when already set.
 * @example seriesAnchor(parseRecurrence('month')!, '2026-01-31') // { day: 31 }
 */
export function seriesAnchor(r: Recurrence, date: string): RecurrenceAnchor | undefined {
  if (r.anchor !== undefined || r.whenDone) return undefined;
  const c = civilOf(date);
  if (r.unit === 'month' && c.day >= 29) return { day: c.day };
  if (r.unit === 'year' && c.month === 2 && c.day === 29) return { month: 2, day: 29 };
  return undefined;
}
