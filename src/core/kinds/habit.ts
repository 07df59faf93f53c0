import type { HabitGoal, KindData } from '../model/Item';
import type { FieldReader } from './fields/FieldReader';
import { describeValue } from './fields/describeValue';
import { dropUndefined } from './fields/dropUndefined';
import { readDateLog } from './fields/readDateLog';
import { fail, ok, parseDateValue, type Parsed } from './fields/valueParsers';
import { weekdayIndex } from '../dates/weekdays';
import { readTimeLog } from '../time/readTimeLog';

export { habitStats, type HabitStats } from './habitStats';

/** Weekday names are read in src/core/dates (shared with `every: week on …`). */
export { weekdayIndex } from '../dates/weekdays';

/**
 * Reads a habit; every field is optional (goal defaults to `daily`), so a habit is always kept.
 * The log is deduplicated and sorted; each bad entry is a problem on `log[i]`.
 */
export function parseHabit(r: FieldReader): KindData['habit'] {
  return dropUndefined({
    type: 'habit' as const,
    goal: r.read('goal', parseGoal) ?? { type: 'daily' as const },
    log: readDateLog(r, 'log'),
    started: r.date('started'),
    paused: r.raw('paused') === false ? undefined : r.read('paused', parsePaused),
    time: readTimeLog(r, 'time'),
  });
}

/**
 * A habit goal: `daily`, `<n>/week`, `<n>/month` (`weekly`, `monthly` = once), or weekdays (`[mon, Weds, Thurs]`: full names, prefixes, `weds`, any case,
 * or the same as one comma-separated string).
 * @example parseGoal('3/week') // { ok: true, value: { type: 'weekly', times: 3 } }
 */
export function parseGoal(value: unknown): Parsed<HabitGoal> {
  const expected = 'expected daily, <n>/week, <n>/month or a list of weekdays such as [mon, wed]';
  if (Array.isArray(value)) return parseWeekdays(value, expected);
  if (typeof value !== 'string') return fail(`${describeValue(value)} is not a habit goal (${expected})`);
  const text = value.trim().toLowerCase();
  if (text === 'daily' || text === 'day' || text === 'every day') return ok({ type: 'daily' });
  if (text === 'weekly') return ok({ type: 'weekly', times: 1 });
  if (text === 'monthly') return ok({ type: 'monthly', times: 1 });
  const m = /^(\d{1,2})\s*(?:\/|x|times? ?(?:a|per)?)\s*(week|month)$/.exec(text);
  if (m) {
    const times = Number(m[1]);
    const max = m[2] === 'week' ? 7 : 31;
    if (times < 1 || times > max) return fail(`${describeValue(value)} asks for 1 to ${max} times a ${m[2] ?? 'week'}`);
    return ok(m[2] === 'week' ? { type: 'weekly', times } : { type: 'monthly', times });
  }
  const words = text.split(/\s*,\s*/);
  if (words.every((w) => weekdayIndex(w) >= 0)) return parseWeekdays(words, expected);
  return fail(`${describeValue(value)} is not a habit goal (${expected})`);
}

function parseWeekdays(entries: unknown[], expected: string): Parsed<HabitGoal> {
  const days = new Set<number>();
  for (const entry of entries) {
    const day = typeof entry === 'string' ? weekdayIndex(entry) : -1;
    if (day < 0) {
      return fail(
        `${describeValue(entry)} is not a weekday (use a name such as monday, mon, tue, tues, wed, weds, thu, thurs, fri, sat, sun)`,
      );
    }
    days.add(day);
  }
  if (days.size === 0) return fail(`an empty list is not a habit goal (${expected})`);
  return ok({ type: 'weekdays', days: [...days].sort((a, b) => a - b) });
}

function parsePaused(value: unknown): Parsed<string | true> {
  if (value === true) return ok(true);
  const date = parseDateValue(value);
  return date.ok
    ? date
    : fail(`${describeValue(value)} is not a date or true (a habit is paused from that date, or now)`);
}
