import { addDays, addMonths, addYears, differenceInCalendarDays, isoWeekStart, weekdayOf } from '../dates/arithmetic';
import { civilOf, daysInMonth, formatCivil } from '../dates/dayNumber';
import type { DateString } from '../model/Item';

/**
 * A recurrence rule of Obsidian Tasks that Vault Stack computes exactly as Tasks does (with its
 * rrule library): every N days, weeks, months or years, every weekday, every N weeks on given
 * days, or every N months on the Dth or the last day, optionally `when done`. Other rules Tasks knows (`every month on the 2nd Tuesday`,
 * `every January`, …) are refused rather than guessed.
 */
export interface TasksRule {
  unit: 'day' | 'week' | 'month' | 'year';
  interval: number;
  /** For a weekly rule on given days: 0 = Monday … 6 = Sunday, ascending. */
  weekdays?: number[];
  /** For a monthly rule on a given day: 1–31, or -1 for the last day. */
  monthDay?: number;
  /** `when done`: the next date counts from the completion day. */
  whenDone: boolean;
  /** The rule as Tasks writes it back (rrule's `toText`, plus ` when done`). */
  text: string;
}

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const UNIT = /^every(?: +(\d+))? +(day|week|month|year)s?$/i;
const ON_MONTH_DAY = /^every(?: +(\d+))? +months? +on +(?:the +)?(?:(\d+)(st|nd|rd|th)|(last))$/i;
const ON_DAYS = /^every(?:(?: +(\d+))? +weeks? +on)? +([a-z]+(?:(?: *, *| +and +)[a-z]+)*)$/i;

/**
 * Reads a rule as written after 🔁 (or `repeat::`); a string saying why when it cannot be computed.
 * @example parseTasksRule('every 2 weeks when done') // { unit: 'week', interval: 2, whenDone: true, text: 'every 2 weeks when done' }
 */
export function parseTasksRule(written: string): TasksRule | string {
  const split = /^([a-zA-Z0-9, !]+?)( when done)?$/i.exec(written);
  if (split === null) return `"${written}" is not a recurrence rule Tasks reads`;
  const rule = split[1].trim();
  const whenDone = split[2] !== undefined;
  const suffix = whenDone ? ' when done' : '';
  const plain = UNIT.exec(rule);
  if (plain !== null) {
    const interval = plain[1] === undefined ? 1 : Number(plain[1]);
    const unit = plain[2].toLowerCase() as TasksRule['unit'];
    if (interval < 1) return `"${written}" repeats every 0 ${unit}s`;
    const text = interval === 1 ? `every ${unit}` : `every ${interval} ${unit}s`;
    return { unit, interval, whenDone, text: text + suffix };
  }
  const monthDay = ON_MONTH_DAY.exec(rule);
  if (monthDay !== null) {
    const interval = monthDay[1] === undefined ? 1 : Number(monthDay[1]);
    const day = monthDay[4] === undefined ? Number(monthDay[2]) : -1;
    const valid =
      day === -1 || (day >= 1 && day <= 31 && ordinal(day) === `${monthDay[2]}${monthDay[3].toLowerCase()}`);
    if (interval >= 1 && valid) {
      const every = interval === 1 ? 'every month' : `every ${interval} months`;
      const text = `${every} on the ${day === -1 ? 'last' : ordinal(day)}${suffix}`;
      return { unit: 'month', interval, monthDay: day, whenDone, text };
    }
  }
  if (/^every +weekday$/i.test(rule))
    return { unit: 'week', interval: 1, weekdays: [0, 1, 2, 3, 4], whenDone, text: `every weekday${suffix}` };
  const onDays = ON_DAYS.exec(rule);
  if (onDays !== null) {
    const interval = onDays[1] === undefined ? 1 : Number(onDays[1]);
    const days = onDays[2].split(/ *, *| +and +/).map(dayIndex);
    const unique = [...new Set(days)].sort((a, b) => a - b);
    if (interval >= 1 && !days.includes(-1) && unique.length === days.length && unique.length < 7) {
      const weekdaysOnly = unique.length === 5 && unique[4] === 4;
      if (interval === 1 && weekdaysOnly)
        return { unit: 'week', interval, weekdays: unique, whenDone, text: `every weekday${suffix}` };
      if (!weekdaysOnly) {
        const every = interval === 1 ? 'every week' : `every ${interval} weeks`;
        const text = `${every} on ${unique.map((d) => DAY_NAMES[d]).join(', ')}${suffix}`;
        return { unit: 'week', interval, weekdays: unique, whenDone, text };
      }
    }
  }
  return `Vault Stack cannot compute the Tasks rule "${written}" exactly (it computes every N days, weeks, months or years, every weekday, and every N weeks on given days, each optionally "when done"): complete this task in Tasks`;
}

/** `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`, … as rrule writes them. */
function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function dayIndex(name: string): number {
  const lower = name.toLowerCase();
  const i = DAY_NAMES.findIndex((d) => d.toLowerCase() === lower || d.slice(0, 3).toLowerCase() === lower);
  return i;
}

/**
 * The next date of a rule's series after `base`, the series starting on `base` (Tasks' rrule with
 * `dtstart` = base, then its correction for months and years that lack the day: Jan 31 + 1 month
 * is Feb 28, and Feb 29 + 1 year is Feb 28).
 * @example nextAfter({ unit: 'month', interval: 1, whenDone: false, text: 'every month' }, '2026-01-31') // '2026-02-28'
 */
export function nextAfter(rule: TasksRule, base: DateString): DateString {
  switch (rule.unit) {
    case 'day':
      return addDays(base, rule.interval);
    case 'month':
      return rule.monthDay === undefined
        ? addMonths(base, rule.interval)
        : nextMonthDay(base, rule.interval, rule.monthDay);
    case 'year':
      return addYears(base, rule.interval);
    case 'week': {
      if (rule.weekdays === undefined) return addDays(base, 7 * rule.interval);
      const startWeek = isoWeekStart(base);
      // A rule on given days runs in every interval-th week counted from the base's week (weeks start on Monday).
      for (let d = addDays(base, 1); ; d = addDays(d, 1)) {
        const weeks = differenceInCalendarDays(isoWeekStart(d), startWeek) / 7;
        if (weeks % rule.interval === 0 && rule.weekdays.includes(weekdayOf(d))) return d;
      }
    }
  }
}

/** The first `day` (-1: last day) after `base` in the base's month or every interval-th month after it; months without that day are skipped, as rrule does. */
function nextMonthDay(base: DateString, interval: number, day: number): DateString {
  const start = civilOf(base);
  for (let k = 0; ; k++) {
    const months = start.month - 1 + k * interval;
    const year = start.year + Math.floor(months / 12);
    const month = (months % 12) + 1;
    const length = daysInMonth(year, month);
    const d = day === -1 ? length : day;
    if (d > length) continue;
    const date = formatCivil({ year, month, day: d });
    if (date > base) return date;
  }
}
