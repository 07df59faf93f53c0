import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { civilOf, daysInMonth, fromDayNumber, isLeapYear, toDayNumber } from '../../../src/core/dates/dayNumber';
import { DateError } from '../../../src/core/dates/DateError';

const MS_PER_DAY = 86_400_000;

describe('day numbers', () => {
  it('puts 1970-01-01 at day 0 and counts both ways', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('agrees with the platform calendar (Date.UTC as an independent oracle) from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162 /* 0001-01-01 */, max: 2_932_896 /* 9999-12-31 */ }), (days) => {
        const iso = new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
        expect(fromDayNumber(days)).toBe(iso);
        expect(toDayNumber(iso)).toBe(days);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the Gregorian leap years, century rules included', () => {
    expect([2024, 2000, 1600].map(isLeapYear)).toEqual([true, true, true]);
    expect([2023, 1900, 2100].map(isLeapYear)).toEqual([false, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
  });

  it('throws a coded DateError when handed an unvalidated date (a bug, not user input)', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow(DateError);
    try {
      civilOf('nope');
    } catch (e) {
      expect((e as DateError).code).toBe('INVALID_DATE_ARGUMENT');
    }
    expect(() => fromDayNumber(1.5)).toThrow(DateError);
  });
});
