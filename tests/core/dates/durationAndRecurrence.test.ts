import { describe, expect, it } from '@jest/globals';
import { addDuration, formatDuration, parseDuration } from '../../../src/core/dates/duration';
import { addRecurrence, parseRecurrence } from '../../../src/core/dates/recurrence';

describe('durations', () => {
  it('parses each unit and writes it back', () => {
    expect(['6h', '1d', '2w', '3m', '1y'].map((t) => parseDuration(t))).toEqual([
      { n: 6, unit: 'h' },
      { n: 1, unit: 'd' },
      { n: 2, unit: 'w' },
      { n: 3, unit: 'm' },
      { n: 1, unit: 'y' },
    ]);
    expect(formatDuration({ n: 90, unit: 'd' })).toBe('90d');
    expect(parseDuration(' 2 W ')).toEqual({ n: 2, unit: 'w' });
  });

  it.each([
    ['2 weeks', 2, 'w'],
    ['12 hours', 12, 'h'],
    ['1 Month', 1, 'm'],
    ['week', 1, 'w'],
    ['3 yrs', 3, 'y'],
  ] as const)('reads the spelled-out form %p', (text, n, unit) => {
    expect(parseDuration(text)).toEqual({ n, unit });
  });

  it.each(['0d', '-1d', '1.5d', 'd', '2', '30 minutes', '30min', '1s', ''])('rejects %p', (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it('adds a duration to a datetime, clamping months', () => {
    expect(addDuration('2026-11-28T22:00', { n: 6, unit: 'h' })).toBe('2026-11-29T04:00');
    expect(addDuration('2026-11-28', { n: 2, unit: 'w' })).toBe('2026-12-12T00:00');
    expect(addDuration('2026-01-31T10:00', { n: 1, unit: 'm' })).toBe('2026-02-28T10:00');
    expect(addDuration('2024-02-29T10:00', { n: 1, unit: 'y' })).toBe('2025-02-28T10:00');
  });
});

describe('recurrences', () => {
  it('parses the single units, counted units and "when done"', () => {
    expect(parseRecurrence('week')).toEqual({ n: 1, unit: 'week', whenDone: false, text: 'week' });
    expect(parseRecurrence('3 months')).toMatchObject({ n: 3, unit: 'month', whenDone: false });
    expect(parseRecurrence('1 day when done')).toMatchObject({ n: 1, unit: 'day', whenDone: true });
    expect(parseRecurrence('Weekday')).toMatchObject({ n: 1, unit: 'weekday' });
    expect(parseRecurrence('every 2 Years')).toMatchObject({ n: 2, unit: 'year' });
  });

  it.each(['fortnight', '0 days', '2 weekdays', 'week when', 'when done', '', '2'])('rejects %p', (text) => {
    expect(parseRecurrence(text)).toBeNull();
  });

  it.each([
    ['6h', 6],
    ['1h', 1],
    ['12 hours', 12],
    ['1 hour', 1],
    ['hour', 1],
    ['Every 2 Hours', 2],
    ['hourly', 1],
  ])('parses the hour cadence %p when hours are allowed', (text, n) => {
    expect(parseRecurrence(text, { hours: true })).toEqual({ n, unit: 'hour', whenDone: false, text });
  });

  it.each(['6h', '12 hours', 'hour'])('refuses the hour cadence %p unless hours are allowed', (text) => {
    expect(parseRecurrence(text)).toBeNull();
  });

  it.each([
    ['1d', 1, 'day'],
    ['1w', 1, 'week'],
    ['2w', 2, 'week'],
    ['3m', 3, 'month'],
    ['1y', 1, 'year'],
    ['6 d', 6, 'day'],
    ['2 wks', 2, 'week'],
    ['1 mo', 1, 'month'],
  ] as const)('reads the duration %p as a cadence (README teaches <n><unit>)', (text, n, unit) => {
    expect(parseRecurrence(text)).toEqual({ n, unit, whenDone: false, text });
    expect(parseRecurrence(`${text} when done`)).toMatchObject({ n, unit, whenDone: true });
  });

  it.each([
    ['6 hrs', 6],
    ['6hours', 6],
    ['2 hr', 2],
  ] as const)('reads the hour spelling %p when hours are allowed', (text, n) => {
    expect(parseRecurrence(text, { hours: true })).toMatchObject({ n, unit: 'hour' });
  });

  it.each(['0h', 'h', 'd', 'm', '6 minutes', '6x'])('rejects %p even when hours are allowed', (text) => {
    expect(parseRecurrence(text, { hours: true })).toBeNull();
  });

  it('steps hour cadences in minutes across midnight, a plain date counting as its midnight', () => {
    const sixHours = parseRecurrence('6h', { hours: true });
    if (!sixHours) throw new Error('bad fixture');
    expect(addRecurrence('2026-11-28T21:30', sixHours)).toBe('2026-11-29T03:30');
    expect(addRecurrence('2026-11-28', sixHours, 3)).toBe('2026-11-28T18:00');
  });

  it('steps month recurrences from the original date so month ends do not drift', () => {
    const monthly = parseRecurrence('month');
    if (!monthly) throw new Error('bad fixture');
    expect(addRecurrence('2026-01-31', monthly, 1)).toBe('2026-02-28');
    expect(addRecurrence('2026-01-31', monthly, 2)).toBe('2026-03-31');
  });

  it('skips Saturday and Sunday for weekday recurrences', () => {
    const weekday = parseRecurrence('weekday');
    if (!weekday) throw new Error('bad fixture');
    expect(addRecurrence('2026-11-27', weekday)).toBe('2026-11-30');
    expect(addRecurrence('2026-11-28', weekday)).toBe('2026-11-30');
    expect(addRecurrence('2026-11-24', weekday)).toBe('2026-11-25');
  });
});

describe("anchored recurrences (the series' day)", () => {
  it.each([
    ['month on 31', { day: 31 }],
    ['2 months on 30th', { day: 30 }],
    ['every month on 1', { day: 1 }],
    ['year on 02-29', { month: 2, day: 29 }],
    ['week on Weds', { weekday: 2 }],
    ['week on Tues', { weekday: 1 }],
    ['2 weeks on Thurs', { weekday: 3 }],
    ['week on THUR', { weekday: 3 }],
    ['1w on sunday', { weekday: 6 }],
    ['1m on 31', { day: 31 }],
  ] as const)('reads %p', (text, anchor) => {
    expect(parseRecurrence(text)).toMatchObject({ anchor, whenDone: false, text });
  });

  it.each([
    'month on 32',
    'month on 0',
    'year on 02-30',
    'year on 13-01',
    'week on someday',
    'day on 3',
    'weekday on mon',
    'month on 31 when done',
  ])('rejects %p', (text) => {
    expect(parseRecurrence(text)).toBeNull();
  });

  it('lands on the anchor, clamped to the month: month on 31 from Feb 28 is Mar 31, then Apr 30', () => {
    const r = parseRecurrence('month on 31');
    if (!r) throw new Error('bad fixture');
    expect(addRecurrence('2026-02-28', r)).toBe('2026-03-31');
    expect(addRecurrence('2026-02-28', r, 2)).toBe('2026-04-30');
    expect(addRecurrence('2026-02-28T09:30', r)).toBe('2026-03-31T09:30');
  });

  it('steps weeks to the anchored weekday: week on Weds from Saturday 2026-11-28 is Wednesday 2026-12-02', () => {
    const r = parseRecurrence('week on Weds');
    if (!r) throw new Error('bad fixture');
    expect(addRecurrence('2026-11-28', r)).toBe('2026-12-02');
    expect(addRecurrence('2026-12-02', r)).toBe('2026-12-09');
  });
});
