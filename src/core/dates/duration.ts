import type { Duration } from '../model/Item';
import { addDays, addMonths, addYears } from './arithmetic';
import { fromMinuteNumber, toMinuteNumber } from './dateTime';

const DURATION_RE = /^(\d{1,6})\s*([hdwmy])$/;

/**
 * Parses `<n><unit>` with unit h(ours) d(ays) w(eeks) m(onths) y(ears); n ≥ 1. Null when invalid.
 * @example parseDuration('2w') // { n: 2, unit: 'w' }
 */
export function parseDuration(text: string): Duration | null {
  const m = DURATION_RE.exec(text.trim().toLowerCase());
  if (!m) return null;
  const n = Number(m[1]);
  if (n < 1) return null;
  return { n, unit: m[2] as Duration['unit'] };
}

/**
 * Writes a duration back as text.
 * @example formatDuration({ n: 3, unit: 'm' }) // '3m'
 */
export function formatDuration(d: Duration): string {
  return `${d.n}${d.unit}`;
}

/**
 * Adds a duration to a date or datetime and returns a `YYYY-MM-DDTHH:mm` datetime (a date counts
 * as its midnight). Months and years clamp to the end of the month.
 * @example addDuration('2026-01-31T10:00', { n: 1, unit: 'm' }) // '2026-02-28T10:00'
 */
export function addDuration(dateTime: string, d: Duration): string {
  const start = fromMinuteNumber(toMinuteNumber(dateTime));
  switch (d.unit) {
    case 'h': return fromMinuteNumber(toMinuteNumber(start) + d.n * 60);
    case 'd': return addDays(start, d.n);
    case 'w': return addDays(start, d.n * 7);
    case 'm': return addMonths(start, d.n);
    case 'y': return addYears(start, d.n);
  }
}
