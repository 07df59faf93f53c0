import type { DurationValue } from './Value';

const DURATION_RE = /^\s*([+-]?\d+(?:\.\d+)?)\s*([A-Za-z]+)\s*$/;

/**
 * Unit words → [months, minutes] per unit: Obsidian Bases' units exactly (`M` months, `m`
 * minutes, `s` seconds), so a filter copied from a Base means the same. Frontmatter durations
 * (`rotate: 3m`) keep Vault Stack's own `m` = months: they reach a query as typed durations.
 */
const UNITS: Record<string, [number, number]> = {
  y: [12, 0],
  year: [12, 0],
  years: [12, 0],
  M: [1, 0],
  month: [1, 0],
  months: [1, 0],
  w: [0, 10080],
  week: [0, 10080],
  weeks: [0, 10080],
  d: [0, 1440],
  day: [0, 1440],
  days: [0, 1440],
  h: [0, 60],
  hour: [0, 60],
  hours: [0, 60],
  m: [0, 1],
  min: [0, 1],
  minute: [0, 1],
  minutes: [0, 1],
  s: [0, 1 / 60],
  second: [0, 1 / 60],
  seconds: [0, 1 / 60],
};

/**
 * Parses a duration string as Bases does: `7d`, `2w`, `3M` (months), `1y`, `6h`, `90m` (minutes),
 * `30s`, or long forms `7 days`, `1 week`, `3 months`. `m` and `M` are case-sensitive; other
 * units are not. Seconds round to the nearest minute (dates have minute precision).
 * @example parseDuration('2w') // { type: 'duration', months: 0, minutes: 20160 }
 */
export function parseDuration(text: string): DurationValue | null {
  const m = DURATION_RE.exec(text);
  if (!m) return null;
  const word = m[2];
  const unit = UNITS[word] ?? UNITS[word.toLowerCase()];
  if (!unit) return null;
  const n = Number(m[1]);
  if (!Number.isInteger(n * unit[0])) return null;
  // `+ 0` turns -0 into 0 so equal durations compare equal.
  return { type: 'duration', months: n * unit[0] + 0, minutes: Math.round(n * unit[1]) + 0 };
}
