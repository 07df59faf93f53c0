import { describe, expect, it } from '@jest/globals';
import { addDays } from '../../../src/core/dates/arithmetic';
import { formatDate, longDate, monthLabel, relativeDate } from '../../../src/core/dashboard/formatDate';

describe('formatDate', () => {
  it.each([
    ['2026-12-01', 'iso', '2026-12-01'],
    ['2026-12-01T10:05', 'iso', '2026-12-01 10:05'],
    ['2026-12-01', 'locale', '1 Dec 2026'],
    ['2026-02-09T23:59', 'locale', '9 Feb 2026 23:59'],
    ['2026-12-01', 'relative', 'in 3 days'],
    ['2026-11-27T08:00', 'relative', 'yesterday at 08:00'],
    ['2026-11-29', 'relative', 'tomorrow'],
    ['2026-11-28', 'relative', 'today'],
    ['2026-09-01', 'relative', '2 months ago'],
  ] as const)('shows %s as %s: %s', (value, display, text) => {
    expect(formatDate(value, '2026-11-28', display)).toEqual({ iso: value, text });
  });

  it('words other days with date-fns, counting calendar days, weeks (from Sunday), months and years', () => {
    const from = (n: number): string => relativeDate(addDays('2026-11-28', n), '2026-11-28');
    expect([5, -13, 12, 14, -20, 45, 200, 400, -800].map(from)).toEqual([
      'in 5 days',
      '13 days ago',
      'in 12 days',
      'in 2 weeks',
      '2 weeks ago',
      'in 7 weeks',
      'in 7 months',
      'in 14 months',
      '2 years ago',
    ]);
  });

  it('shows locale dates and month headings in English whatever the year', () => {
    expect(formatDate('0099-03-01', '2026-11-28', 'locale').text).toBe('1 Mar 0099');
    expect(monthLabel('2026-11-28T10:00')).toBe('November 2026');
  });

  it('names the weekday and month of a day for the heading', () => {
    expect(longDate('2026-11-28')).toBe('Saturday 28 November 2026');
    expect(longDate('2024-02-29')).toBe('Thursday 29 February 2024');
  });
});
