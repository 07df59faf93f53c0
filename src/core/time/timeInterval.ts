import type { DateTimeString, TimeInterval } from '../model/Item';
import { hasTime, parseDateTime } from '../dates/parseDate';
import { toMinuteNumber } from '../dates/dateTime';
import { describeValue } from '../kinds/fields/describeValue';
import { fail, ok, type Parsed } from '../kinds/fields/valueParsers';

/** The end written for a running timer: ISO 8601's open end (`2026-12-03T09:00/..`). */
export const OPEN_END = '..';

const EXPECTED = 'expected YYYY-MM-DDTHH:mm/YYYY-MM-DDTHH:mm, or YYYY-MM-DDTHH:mm/.. while the timer runs';

/**
 * Reads one `time` entry: two local datetimes joined by `/`, or a start and `..` (a running timer).
 * @example parseTimeInterval('2026-12-03T09:00/2026-12-03T10:30') // ok { start, end, text }
 * @example parseTimeInterval('2026-12-03T09:00/..') // ok { start: '2026-12-03T09:00', text } (running)
 */
export function parseTimeInterval(value: unknown): Parsed<TimeInterval> {
  if (typeof value !== 'string') return fail(`${describeValue(value)} is not a time interval (${EXPECTED})`);
  const parts = value.trim().split('/');
  if (parts.length !== 2) return fail(`${describeValue(value)} is not a time interval (${EXPECTED})`);
  const [startText, endText] = parts.map((p) => p.trim()) as [string, string];
  const start = readMoment(startText, 'start');
  if (!start.ok) return fail(`${describeValue(value)}: ${start.message}`);
  if (endText === OPEN_END) return ok({ start: start.value, text: value });
  const end = readMoment(endText, 'end');
  if (!end.ok) return fail(`${describeValue(value)}: ${end.message}`);
  if (toMinuteNumber(end.value) < toMinuteNumber(start.value))
    return fail(`${describeValue(value)} ends before it starts`);
  return ok({ start: start.value, end: end.value, text: value });
}

function readMoment(text: string, which: 'start' | 'end'): Parsed<DateTimeString> {
  const moment = parseDateTime(text);
  if (moment === null) return fail(`its ${which} ${JSON.stringify(text)} is not a datetime (${EXPECTED})`);
  if (!hasTime(moment)) return fail(`its ${which} ${JSON.stringify(text)} needs a time of day (YYYY-MM-DDTHH:mm)`);
  return ok(moment);
}

/**
 * Writes an interval as it is kept in a note.
 * @example formatInterval('2026-12-03T09:00') // '2026-12-03T09:00/..'
 */
export function formatInterval(start: DateTimeString, end?: DateTimeString): string {
  return `${start}/${end ?? OPEN_END}`;
}

/**
 * Minutes an interval lasts on the wall clock; a running one counts up to `now` (never below 0).
 * @example intervalMinutes({ start: '2026-12-03T09:00', end: '2026-12-03T10:30', text }, now) // 90
 */
export function intervalMinutes(interval: TimeInterval, now: DateTimeString): number {
  const end = interval.end ?? now;
  return Math.max(0, toMinuteNumber(end) - toMinuteNumber(interval.start));
}

/**
 * Minutes as people read them: `45m`, `1h 30m`, `12h`.
 * @example formatMinutes(90) // '1h 30m'
 */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h ${m}m`;
}
