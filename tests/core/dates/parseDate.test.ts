import { describe, expect, it } from '@jest/globals';
import { hasTime, parseDate, parseDateTime } from '../../../src/core/dates/parseDate';

describe('parseDate', () => {
  it('accepts real calendar dates, leap days included', () => {
    expect(parseDate('2026-11-28')).toBe('2026-11-28');
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2000-02-29')).toBe('2000-02-29');
    expect(parseDate(' 2026-01-31 ')).toBe('2026-01-31');
  });

  it.each([
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2023-02-29',
    '1900-02-29',
    '2026-11-00',
    '26-11-28',
    '2026-1-5',
    '2026/11/28',
    '',
    'today',
    '2026-11-28T10:00',
  ])('rejects %p', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('parseDateTime', () => {
  it('accepts YYYY-MM-DDTHH:mm and keeps plain dates as dates', () => {
    expect(parseDateTime('2026-11-28T07:05')).toBe('2026-11-28T07:05');
    expect(parseDateTime('2026-11-28')).toBe('2026-11-28');
  });

  it('tolerates seconds and a space separator, normalising them away', () => {
    expect(parseDateTime('2026-11-28T07:05:59')).toBe('2026-11-28T07:05');
    expect(parseDateTime('2026-11-28 23:59')).toBe('2026-11-28T23:59');
  });

  it.each([
    '2026-11-28T24:00',
    '2026-11-28T12:60',
    '2026-11-28T12:00:60',
    '2026-02-30T10:00',
    '2026-11-28T7:05',
    '2026-11-28T07:05Z',
  ])('rejects %p', (text) => {
    expect(parseDateTime(text)).toBeNull();
  });

  it('tells datetimes from dates', () => {
    expect(hasTime('2026-11-28T07:05')).toBe(true);
    expect(hasTime('2026-11-28')).toBe(false);
  });
});
