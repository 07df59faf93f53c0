import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { calendarDaysBetween } from '../../../src/core/dates/dateFns';
import { fromDayNumber, toDayNumber } from '../../../src/core/dates/dayNumber';
import {
  addDays,
  addMonths,
  addYears,
  differenceInCalendarDays,
  isoWeekStart,
  monthStart,
  weekdayOf,
} from '../../../src/core/dates/arithmetic';
import { compareDateTimes, fromMinuteNumber, toMinuteNumber } from '../../../src/core/dates/dateTime';

describe('calendar arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('keeps the time of day of a datetime', () => {
    expect(addDays('2026-11-30T08:15', 2)).toBe('2026-12-02T08:15');
    expect(addMonths('2026-01-31T23:00', 1)).toBe('2026-02-28T23:00');
  });

  it('clamps month arithmetic to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 14)).toBe('2028-01-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
  });

  it('turns 29 February into 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('counts calendar days and ignores times of day', () => {
    expect(differenceInCalendarDays('2026-03-01', '2026-02-28')).toBe(1);
    expect(differenceInCalendarDays('2024-03-01', '2024-02-28')).toBe(2);
    expect(differenceInCalendarDays('2026-11-28T00:01', '2026-11-27T23:59')).toBe(1);
    expect(differenceInCalendarDays('2026-01-01', '2027-01-01')).toBe(-365);
  });

  it('numbers weekdays from Monday = 0 and finds the ISO week start', () => {
    expect(weekdayOf('2026-11-23')).toBe(0);
    expect(weekdayOf('2026-11-29')).toBe(6);
    expect(weekdayOf('1969-12-29')).toBe(0);
    expect(isoWeekStart('2026-11-29')).toBe('2026-11-23');
    expect(isoWeekStart('2026-11-23')).toBe('2026-11-23');
    expect(isoWeekStart('2027-01-01')).toBe('2026-12-28');
    expect(monthStart('2026-11-28')).toBe('2026-11-01');
  });

  it('orders datetimes with a plain date at its midnight', () => {
    expect(compareDateTimes('2026-11-28', '2026-11-28T00:00')).toBe(0);
    expect(compareDateTimes('2026-11-28', '2026-11-28T08:00')).toBe(-1);
    expect(compareDateTimes('2026-11-29', '2026-11-28T23:59')).toBe(1);
    expect(fromMinuteNumber(toMinuteNumber('1969-12-31T23:59'))).toBe('1969-12-31T23:59');
    expect(compareDateTimes('2026-11-28T08:00:59', '2026-11-28T08:00')).toBe(0);
    expect(() => toMinuteNumber('2026-11-28T25:00')).toThrow('not a datetime');
  });
});

describe('the date-fns door (src/core/dates/dateFns.ts)', () => {
  const day = fc.integer({ min: -200_000, max: 200_000 }).map((n) => fromDayNumber(n));

  it('agrees with the integer day numbers kept for speed: differences and weekdays', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(differenceInCalendarDays(a, b)).toBe(calendarDaysBetween(a, b));
        expect(weekdayOf(a)).toBe((((toDayNumber(a) + 3) % 7) + 7) % 7);
      }),
      { numRuns: 500 },
    );
  });

  it("adds months with end-of-month clamping, as JavaScript's UTC calendar says", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -40, max: 40 }), (a, months) => {
        const [y, m, d] = [Number(a.slice(0, 4)), Number(a.slice(5, 7)), Number(a.slice(8, 10))];
        const last = new Date(Date.UTC(2000, m - 1 + months + 1, 0));
        last.setUTCFullYear(y, m - 1 + months + 1, 0);
        const expected = new Date(Date.UTC(2000, 0, 1));
        expected.setUTCFullYear(y, m - 1 + months, Math.min(d, last.getUTCDate()));
        expect(addMonths(a, months)).toBe(expected.toISOString().slice(0, 10));
      }),
      { numRuns: 500 },
    );
  });
});
