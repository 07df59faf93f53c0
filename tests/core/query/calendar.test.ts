import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  addMonthsToMinutes,
  civilOfDay,
  dayNumberOf,
  formatMinutes,
  parseCalendarPoint,
} from '../../../src/core/query/calendar';
import { parseDuration } from '../../../src/core/query/parseDuration';

const MS_PER_DAY = 86_400_000;

describe('calendar', () => {
  it('agrees with the JavaScript Date oracle on day numbers across four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -146_097, max: 146_097 }), (day) => {
        const oracle = new Date(day * MS_PER_DAY);
        const civil = civilOfDay(day);
        expect(civil).toEqual({
          year: oracle.getUTCFullYear(),
          month: oracle.getUTCMonth() + 1,
          day: oracle.getUTCDate(),
        });
        expect(dayNumberOf(civil.year, civil.month, civil.day)).toBe(day);
      }),
    );
  });

  it('round-trips every valid datetime through parse and format', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 * 1440 }), fc.boolean(), (minute, withTime) => {
        const m = withTime ? minute : Math.floor(minute / 1440) * 1440;
        const text = formatMinutes(m, withTime);
        expect(parseCalendarPoint(text)).toEqual({ type: 'date', minutes: m, hasTime: withTime });
      }),
    );
  });

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-11-28T24:00',
    '2026-11-28T10:60',
    '26-11-28',
    '2026-11-28 10:00',
    '2026-11-28T10:00:00',
  ])('rejects %s', (text) => {
    expect(parseCalendarPoint(text)).toBeNull();
  });

  it('accepts 29 February in leap years, including 2000', () => {
    expect(parseCalendarPoint('2024-02-29')).not.toBeNull();
    expect(parseCalendarPoint('2000-02-29')).not.toBeNull();
    expect(parseCalendarPoint('1900-02-29')).toBeNull();
  });

  it('adds months by the calendar, clamping the day and keeping the time of day', () => {
    const at = (s: string): number => parseCalendarPoint(s)!.minutes;
    expect(formatMinutes(addMonthsToMinutes(at('2026-01-31T08:15'), 1), true)).toBe('2026-02-28T08:15');
    expect(formatMinutes(addMonthsToMinutes(at('2026-03-31'), -1), false)).toBe('2026-02-28');
    expect(formatMinutes(addMonthsToMinutes(at('2026-11-28'), 14), false)).toBe('2028-01-28');
  });
});

describe('parseDuration (Bases units: M months, m minutes)', () => {
  it.each([
    ['6h', 0, 360],
    ['1d', 0, 1440],
    ['2w', 0, 20160],
    ['3M', 3, 0],
    ['1y', 12, 0],
    ['-2w', 0, -20160],
    ['90m', 0, 90],
    ['30 minutes', 0, 30],
    ['120s', 0, 2],
    ['3 seconds', 0, 0],
    ['1 Month', 1, 0],
    ['7 days', 0, 10080],
    ['1 week', 0, 10080],
    ['3 months', 3, 0],
    ['2 years', 24, 0],
    ['90 minutes', 0, 90],
    ['1 Day', 0, 1440],
    ['2M', 2, 0],
    ['1.5d', 0, 2160],
    ['0.5y', 6, 0],
  ])('reads %s', (text, months, minutes) => {
    expect(parseDuration(text)).toEqual({ type: 'duration', months, minutes });
  });

  it.each(['', '7', 'd', '7 fortnights', '7dd', '1.5M', '1 d 2 h', 'seven days'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});
