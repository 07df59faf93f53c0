import { describe, expect, it } from '@jest/globals';
import { RRule } from 'rrule';
import { nextAfter, parseTasksRule, type TasksRule } from '../../../src/core/inline/tasksRecurrence';
import { addDays } from '../../../src/core/dates/arithmetic';

// Tasks computes recurrences with the rrule library: this oracle runs that library the way Tasks'
// Recurrence does (dtstart at the base day, the next occurrence after the end of that day, and for
// months and years that lack the day, the base moved back a day at a time until the step fits).
function utc(date: string, endOfDay = false): Date {
  return new Date(`${date}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z`);
}
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
function oracle(ruleText: string, base: string): { text: string; next: string } {
  const m = /^([a-zA-Z0-9, !]+?)( when done)?$/i.exec(ruleText);
  if (m === null) throw new Error('no rule');
  const options = RRule.parseText(m[1].trim());
  const text = new RRule(options).toText() + (m[2] === undefined ? '' : ' when done');
  let after = base;
  let next = new RRule({ ...options, dtstart: utc(after) }).after(utc(after, true)) as Date;
  const months = /every( \d+)? month(s)?/.exec(text);
  const years = /every( \d+)? year(s)?/.exec(text);
  const step = Number((months ?? years)?.[1]?.trim() ?? '1');
  const tooFar = (): boolean => {
    const a = utc(after);
    if (months !== null && !text.includes(' on '))
      return next.getUTCMonth() - a.getUTCMonth() + 12 * (next.getUTCFullYear() - a.getUTCFullYear()) > step;
    if (years !== null) return next.getUTCFullYear() - a.getUTCFullYear() > step;
    return false;
  };
  while (tooFar()) {
    after = addDays(after, -1);
    next = new RRule({ ...options, dtstart: utc(after) }).after(utc(after, true)) as Date;
  }
  return { text, next: iso(next) };
}

const RULES = [
  'every day',
  'Every Day',
  'every 1 day',
  'every 3 days',
  'every week',
  'every 2 weeks',
  'every weekday',
  'every month',
  'every 2 months',
  'every 12 months',
  'every year',
  'every 2 years',
  'every Sunday',
  'every monday and friday',
  'every week on Tuesday, Thursday',
  'every week on Sunday, Saturday',
  'every 2 weeks on Monday, Friday',
  'every 3 weeks on Wed',
  'every week on Monday, Tuesday, Wednesday, Thursday, Friday',
  'every month when done',
  'every month on the last',
  'every month on the 31st',
  'every month on the 25th',
  'every month on the 1st',
  'every 3 months on the 22nd',
  'every 2 months on the 13th when done',
  'every 2 weeks on Monday when done',
];

describe('parseTasksRule and nextAfter, against rrule run as Tasks runs it', () => {
  const bases: string[] = [];
  for (let d = '2023-12-25'; d < '2025-03-10'; d = addDays(d, 3)) bases.push(d);
  bases.push('2024-01-31', '2024-02-29', '2024-03-31', '2024-05-31', '2024-08-31', '2024-12-31', '2025-01-29');

  it.each(RULES)('%s: the same text written back and the same next date from every base day', (text) => {
    const rule = parseTasksRule(text) as TasksRule;
    expect(typeof rule).toBe('object');
    for (const base of bases) {
      const want = oracle(text, base);
      expect({ base, text: rule.text, next: nextAfter(rule, base) }).toEqual({ base, ...want });
    }
  });

  it('refuses the rules it cannot compute exactly, saying what it computes', () => {
    for (const text of [
      'every month on the 2nd last',
      'every month on the 1st and 15th',
      'every month on the 2nd Tuesday',
      'every January',
      'every weekend',
      'every fortnight',
      'every 2 weeks on Monday, Tuesday, Wednesday, Thursday, Friday',
      'every day!',
    ]) {
      const r = parseTasksRule(text);
      expect(typeof r).toBe('string');
      expect(r).toContain('cannot compute');
    }
  });
});
