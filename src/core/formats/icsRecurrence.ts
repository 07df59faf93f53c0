import {
  addDays,
  civilOf,
  daysInMonth,
  differenceInCalendarDays,
  formatCivil,
  isoWeekStart,
  weekdayOf,
} from '../dates';
import { seriesAnchor } from '../dates/recurrence';
import type { Recurrence, RecurrenceAnchor } from '../model/Item';

/** An RRULE value and the dates it would add that our series does not have (written as EXDATE). */
export interface IcsRecurrence {
  /** The RRULE value, `FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1`. */
  rule: string;
  /** A date (or datetime, with the start's time) to exclude; absent when the rule needs none. */
  exclude?: string;
  /** The start itself, when the rule does not produce it (written as RDATE); absent when it does. */
  include?: string;
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * Our recurrence as an RRULE for a series whose first instance is `start` (the task's due, or
 * scheduled, date), giving the same dates as completing the task on time (`addRecurrence`):
 * - `day`/`week`/`month`/`year` with `<n>` → `FREQ=…;INTERVAL=n`; `weekday` → `FREQ=WEEKLY;BYDAY=MO,…,FR`.
 * - An anchor (`week on wed`, `month on 31`, `year on 02-29`), or the one a series on the 29th–31st or on
 *   29 February gains when completed, becomes `BYDAY`/`BYMONTHDAY`/`BYMONTH`. Our months clamp to the
 *   last day (Jan 31 → Feb 28) where RFC 5545 skips a month without that day, so days 29–31 are
 *   written `BYMONTHDAY=28,…,d;BYSETPOS=-1`: the last of those days the month has.
 * - A start off the series' day is kept as the first instance (`include`, an RDATE), and our first
 *   step after it goes to the next period (`month on 31` from the 10th gives the 31st of next month)
 *   where an RRULE would also give the anchor day later in the start's own period: that date is
 *   returned as `exclude` (an EXDATE).
 * Not mappable, so null: `when done` (the next date counts from the day of completion, which a feed
 * cannot know; the event shows the current due date only) and `hour` (backups only, never a task).
 * @example icsRecurrence(parseRecurrence('2 weeks')!, '2026-12-01') // { rule: 'FREQ=WEEKLY;INTERVAL=2' }
 */
export function icsRecurrence(every: Recurrence, start: string): IcsRecurrence | null {
  if (every.whenDone || every.unit === 'hour') return null;
  const interval = every.n > 1 ? `;INTERVAL=${every.n}` : '';
  const anchor = every.anchor ?? seriesAnchor(every, start);
  const day = start.slice(0, 10);
  switch (every.unit) {
    case 'day':
      return { rule: `FREQ=DAILY${interval}` };
    case 'weekday': {
      const rule = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
      return weekdayOf(day) >= 5 ? { rule, include: start } : { rule };
    }
    case 'week': {
      if (anchor?.weekday === undefined) return { rule: `FREQ=WEEKLY${interval}` };
      const rule = `FREQ=WEEKLY${interval};BYDAY=${BYDAY[anchor.weekday] ?? 'MO'};WKST=MO`;
      return synchronised(rule, start, addDays(isoWeekStart(day), anchor.weekday));
    }
    case 'month': {
      if (anchor?.day === undefined) return { rule: `FREQ=MONTHLY${interval}` };
      const c = civilOf(day);
      const inStartMonth = formatCivil({ ...c, day: Math.min(anchor.day, daysInMonth(c.year, c.month)) });
      return synchronised(`FREQ=MONTHLY${interval};${monthDays(anchor)}`, start, inStartMonth);
    }
    case 'year': {
      if (anchor?.day === undefined) return { rule: `FREQ=YEARLY${interval}` };
      const c = civilOf(day);
      const month = anchor.month ?? c.month;
      const inStartYear = formatCivil({ year: c.year, month, day: Math.min(anchor.day, daysInMonth(c.year, month)) });
      return synchronised(`FREQ=YEARLY${interval};BYMONTH=${month};${monthDays(anchor)}`, start, inStartYear);
    }
  }
}

/**
 * The rule with `start` kept as its first instance: RFC 5545 leaves a recurrence set undefined when
 * DTSTART does not match its RRULE (python-dateutil, which khal uses, then drops DTSTART), so a start
 * off the series' day is added as an RDATE (a duplicate instance counts once), and the series' day
 * in the start's own period, when after the start, is excluded (our next step goes to the next period).
 */
function synchronised(rule: string, start: string, inStartPeriod: string): IcsRecurrence {
  const day = start.slice(0, 10);
  if (inStartPeriod === day) return { rule };
  // Each shape from a literal of its own: a field added later makes a shape that is collected with
  // the last such object, and with it the optimised code of every export that checked it.
  if (differenceInCalendarDays(inStartPeriod, day) > 0)
    return { rule, include: start, exclude: inStartPeriod + start.slice(10) };
  return { rule, include: start };
}

/** `BYMONTHDAY=d`, or for the 29th–31st the last of 28…d the month has (our clamping). */
function monthDays(anchor: RecurrenceAnchor): string {
  const day = anchor.day ?? 1;
  if (day <= 28) return `BYMONTHDAY=${day}`;
  const days = [];
  for (let d = 28; d <= day; d++) days.push(d);
  return `BYMONTHDAY=${days.join(',')};BYSETPOS=-1`;
}
