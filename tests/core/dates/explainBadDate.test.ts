import { describe, expect, it } from '@jest/globals';
import { explainBadDate } from '../../../src/core/dates/parseDate';
import { aTask } from '../../builders/itemBuilders';

// Issue 7.14: a value with the shape of a date that is not one says which part is wrong.
describe('a date-shaped value that is not a date', () => {
  it('names the month that lacks the day: due: 2026-02-30', () => {
    expect(
      aTask()
        .with('due', '2026-02-30')
        .parse()
        .problems.map((p) => [p.field, p.message]),
    ).toEqual([['due', '"2026-02-30" has the shape of a date but is not a day in February 2026 (it has 28 days)']]);
  });

  it.each([
    ['2024-02-30', 'has the shape of a date but is not a day in February 2024 (it has 29 days)'],
    ['2026-04-31', 'has the shape of a date but is not a day in April 2026 (it has 30 days)'],
    ['2026-11-00', 'has the shape of a date but is not a day in November 2026 (it has 30 days)'],
    ['2026-00-10', 'has the shape of a date but 00 is not a month (01 to 12)'],
    ['2026-13-01', 'has the shape of a date but 13 is not a month (01 to 12)'],
    ['2026-11-28T24:00', 'has the shape of a datetime but 24:00 is not a time of day (00:00 to 23:59)'],
    ['2026-11-28 10:60', 'has the shape of a datetime but 10:60 is not a time of day (00:00 to 23:59)'],
  ])('explains %p', (text, why) => {
    expect(explainBadDate(text)).toBe(why);
  });

  it.each(['2026-02-28', '2024-02-29', '2026-11-28T23:59', 'tomorrow', '28/11/2026', '2026-2-3'])(
    'has nothing to explain for %p',
    (text) => {
      expect(explainBadDate(text)).toBeNull();
    },
  );

  it('says the same for date-only fields (done, started, created)', () => {
    expect(aTask().with('done', '2026-02-29').parse().problems[0]?.message).toBe(
      '"2026-02-29" has the shape of a date but is not a day in February 2026 (it has 28 days)',
    );
    expect(aTask().with('created', '2026-06-31').parse().problems[0]?.message).toBe(
      '"2026-06-31" has the shape of a date but is not a day in June 2026 (it has 30 days)',
    );
  });
});
