import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { completeTask } from '../../../src/core/actions/completeTask';
import { applyPlan, dataOf, noteText } from './actionNote';

/*
 * Issue 7.17: a monthly (or yearly) series keeps its day however it is completed. The oracle is the
 * calendar rule, computed here with JavaScript's own UTC calendar: occurrence k of a series that
 * starts on Y-M-D every n months is month M + k·n of year Y, on day D or that month's last day.
 */
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const dayNumber = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
const plusDays = (date: string, days: number): string => iso(new Date((dayNumber(date) + days) * 86_400_000));

function calendarRule(start: string, months: number, k: number): string {
  const [y, m, d] = [Number(start.slice(0, 4)), Number(start.slice(5, 7)), Number(start.slice(8, 10))];
  const lastDay = new Date(Date.UTC(y, m - 1 + k * months + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y, m - 1 + k * months, Math.min(d, lastDay))));
}

/** How each cadence is written, and its length in months. */
const CADENCES: [string, number][] = [
  ['month', 1],
  ['monthly', 1],
  ['every month', 1],
  ['1m', 1],
  ['2 months', 2],
  ['3m', 3],
  ['year', 12],
  ['yearly', 12],
  ['2 years', 24],
];

const start = fc
  .record({
    year: fc.integer({ min: 2020, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) =>
    iso(new Date(Date.UTC(year, month - 1, Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate())))),
  );
/** Days after the current due date each completion happens: on time, early, late, or later than the next occurrence. */
const lateness = fc.array(
  fc.oneof(
    fc.constant(0),
    fc.constant(0),
    fc.integer({ min: -5, max: -1 }),
    fc.integer({ min: 1, max: 20 }),
    fc.integer({ min: 21, max: 800 }),
  ),
  { minLength: 1, maxLength: 14 },
);

describe('a recurring task keeps its series day through completions (calendar rule)', () => {
  it('gives the calendar series for any start day and any mix of on-time, early and late completions', () => {
    fc.assert(
      fc.property(start, fc.constantFrom(...CADENCES), lateness, (first, [every, months], lates) => {
        let text = noteText(['stack: task', `due: ${first}`, `every: ${every}`]);
        let k = 0;
        for (const late of lates) {
          const data = dataOf(text, 'task');
          const due = data.due ?? '';
          const doneOn = plusDays(due, late);
          text = applyPlan(text, completeTask(data, { on: doneOn }, doneOn < due ? due : doneOn)).text;
          // The next occurrence is the first of the series after both the old due date and the completion.
          do k++;
          while (dayNumber(calendarRule(first, months, k)) <= Math.max(dayNumber(due), dayNumber(doneOn)));
          expect(dataOf(text, 'task').due).toBe(calendarRule(first, months, k));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('completed on time each month, Jan 31 gives Feb 28, Mar 31, Apr 30, and writes the day into every', () => {
    let text = noteText(['stack: task', 'due: 2026-01-31', 'every: month']);
    const dues: string[] = [];
    for (let i = 0; i < 3; i++) {
      const data = dataOf(text, 'task');
      text = applyPlan(text, completeTask(data, {}, data.due ?? '')).text;
      dues.push(dataOf(text, 'task').due ?? '');
    }
    expect(dues).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
    expect(text).toContain('every: month on 31\n');
  });

  it('completed late on Mar 13, the same series gives Mar 31', () => {
    const text = noteText(['stack: task', 'due: 2026-02-28', 'every: month on 31']);
    expect(
      dataOf(applyPlan(text, completeTask(dataOf(text, 'task'), { on: '2026-03-13' }, '2026-03-13')).text, 'task').due,
    ).toBe('2026-03-31');
  });

  it('keeps 29 February in a yearly series: 2024-02-29, 2025-02-28, 2026-02-28, 2027-02-28, 2028-02-29', () => {
    let text = noteText(['stack: task', 'due: 2024-02-29', 'every: year']);
    const dues: string[] = [];
    for (let i = 0; i < 4; i++) {
      const data = dataOf(text, 'task');
      text = applyPlan(text, completeTask(data, {}, data.due ?? '')).text;
      dues.push(dataOf(text, 'task').due ?? '');
    }
    expect(dues).toEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
    expect(text).toContain('every: year on 02-29\n');
  });
});
