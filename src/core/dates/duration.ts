import type { Duration } from '../model/Item';
import { addDays, addMonths, addYears } from './arithmetic';
import { fromMinuteNumber, toMinuteNumber } from './dateTime';

/** Unit words of frontmatter durations and cadences, by unit letter (`m` is months: there are no minutes). */
export const DURATION_UNIT_WORDS: Readonly<Record<string, Duration['unit']>> = {
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  w: 'w',
  wk: 'w',
  wks: 'w',
  week: 'w',
  weeks: 'w',
  m: 'm',
  mo: 'm',
  mos: 'm',
  month: 'm',
  months: 'm',
  y: 'y',
  yr: 'y',
  yrs: 'y',
  year: 'y',
  years: 'y',
};

/** Every way a duration may be written, for messages. */
export const DURATION_FORMS =
  '<n><unit> with unit h, d, w, m (months) or y (6h, 1d, 2w, 3m, 1y), or "<n> hours|days|weeks|months|years" (12 hours, 2 weeks)';

const DURATION_RE = /^(\d{1,6})?\s*([a-z]+)$/;

/**
 * Parses `<n><unit>` (unit h(ours) d(ays) w(eeks) m(onths) y(ears)), `<n> <unit word>` (`12 hours`,
 * `2 weeks`) or a unit word alone (`week` = 1w); n ≥ 1. Null when invalid.
 * @example parseDuration('2w') // { n: 2, unit: 'w' }
 * @example parseDuration('12 hours') // { n: 12, unit: 'h' }
 */
export function parseDuration(text: string): Duration | null {
  const m = DURATION_RE.exec(text.trim().toLowerCase());
  if (!m) return null;
  const unit = Object.prototype.hasOwnProperty.call(DURATION_UNIT_WORDS, m[2] ?? '')
    ? DURATION_UNIT_WORDS[m[2] ?? '']
    : undefined;
  // A lone letter needs its number: `m` alone is more likely a slip than "one month".
  if (unit === undefined || (m[1] === undefined && (m[2] ?? '').length < 3)) return null;
  const n = m[1] === undefined ? 1 : Number(m[1]);
  return n < 1 ? null : { n, unit };
}

/**
 * Writes a duration back as text.
 * @example formatDuration({ n: 3, unit: 'm' }) // '3m'
 */
export function formatDuration(d: Duration): string {
  return `${d.n}${d.unit}`;
}

const UNIT_NAMES: Record<Duration['unit'], string> = { h: 'hour', d: 'day', w: 'week', m: 'month', y: 'year' };

/**
 * A duration in words.
 * @example durationInWords({ n: 30, unit: 'm' }) // '30 months'
 */
export function durationInWords(d: Duration): string {
  return `${d.n} ${UNIT_NAMES[d.unit]}${d.n === 1 ? '' : 's'}`;
}

/** Average minutes per unit (a month is 30.44 days), for comparing lengths, never for dates. */
const APPROX_MINUTES: Record<Duration['unit'], number> = { h: 60, d: 1440, w: 10080, m: 43830, y: 525960 };

/**
 * The rough length of a duration in minutes (months and years at their average length).
 * @example approxMinutes({ n: 6, unit: 'h' }) // 360
 */
export function approxMinutes(d: Duration): number {
  return d.n * APPROX_MINUTES[d.unit];
}

/**
 * Adds a duration to a date or datetime and returns a `YYYY-MM-DDTHH:mm` datetime (a date counts
 * as its midnight). Months and years clamp to the end of the month.
 * @example addDuration('2026-01-31T10:00', { n: 1, unit: 'm' }) // '2026-02-28T10:00'
 */
export function addDuration(dateTime: string, d: Duration): string {
  const start = fromMinuteNumber(toMinuteNumber(dateTime));
  switch (d.unit) {
    case 'h':
      return fromMinuteNumber(toMinuteNumber(start) + d.n * 60);
    case 'd':
      return addDays(start, d.n);
    case 'w':
      return addDays(start, d.n * 7);
    case 'm':
      return addMonths(start, d.n);
    case 'y':
      return addYears(start, d.n);
  }
}
