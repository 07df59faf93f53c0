import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { exportIcs } from '../../../src/core/formats/ics';
import { icsRecurrence } from '../../../src/core/formats/icsRecurrence';
import { icsUid } from '../../../src/core/formats/icsUid';
import { parseRecurrence } from '../../../src/core/dates/recurrence';
import { nextOccurrence } from '../../../src/core/kinds/task';
import type { ItemOf } from '../../../src/core/model/Item';
import { aTask } from '../../builders/itemBuilders';
import { parseWithPython, pythonIcalendarAvailability } from '../../support/icalParsers';

const rule = (every: string, start: string) => {
  const r = parseRecurrence(every);
  if (!r) throw new Error(`not a recurrence: ${every}`);
  return icsRecurrence(r, start);
};

describe('icsRecurrence', () => {
  it('maps the plain cadences to FREQ and INTERVAL', () => {
    expect(rule('day', '2026-12-01')).toEqual({ rule: 'FREQ=DAILY' });
    expect(rule('2 weeks', '2026-12-01')).toEqual({ rule: 'FREQ=WEEKLY;INTERVAL=2' });
    expect(rule('3m', '2026-12-01')).toEqual({ rule: 'FREQ=MONTHLY;INTERVAL=3' });
    expect(rule('year', '2026-12-01')).toEqual({ rule: 'FREQ=YEARLY' });
    expect(rule('weekday', '2026-12-01')).toEqual({ rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' });
  });

  it('keeps the series day that completion would anchor: the last day of shorter months, 29 February', () => {
    expect(rule('month', '2026-01-30')).toEqual({ rule: 'FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1' });
    expect(rule('year', '2028-02-29')).toEqual({ rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1' });
  });

  it('keeps a start off the series day as an RDATE, and excludes the anchor day the RRULE would add after it in the first period', () => {
    // 2026-12-01 is a Tuesday: `week on fri` goes to the Friday of next week, not of this one.
    expect(rule('week on fri', '2026-12-01')).toEqual({
      rule: 'FREQ=WEEKLY;BYDAY=FR;WKST=MO',
      include: '2026-12-01',
      exclude: '2026-12-04',
    });
    expect(rule('month on 15', '2026-12-01T09:00')).toEqual({
      rule: 'FREQ=MONTHLY;BYMONTHDAY=15',
      include: '2026-12-01T09:00',
      exclude: '2026-12-15T09:00',
    });
    expect(rule('month on 15', '2026-12-20')).toEqual({ rule: 'FREQ=MONTHLY;BYMONTHDAY=15', include: '2026-12-20' });
    expect(rule('month on 15', '2026-12-15')).toEqual({ rule: 'FREQ=MONTHLY;BYMONTHDAY=15' });
    expect(rule('weekday', '2026-12-05')).toEqual({ rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', include: '2026-12-05' });
  });

  it('cannot map "when done" (the next date depends on the completion day)', () => {
    expect(rule('3 days when done', '2026-12-01')).toBeNull();
  });
});

const python = pythonIcalendarAvailability();
const describePython = python.run ? describe : describe.skip;
if (!python.run) console.warn(python.reason);

const COUNT = 8;

/** The dates a task takes when each occurrence is completed on its day, through the real completion code. */
function completedOnTime(task: ItemOf<'task'>): string[] {
  let data = task.data;
  const dates: string[] = [];
  for (let i = 0; i < COUNT && data.due !== undefined; i++) {
    dates.push(data.due);
    const next = nextOccurrence(data, data.due.slice(0, 10));
    if (!next) break;
    data = { ...data, due: next.due, every: next.every ?? data.every };
  }
  return dates;
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const recurrence = fc.oneof(
  fc.constant('weekday'),
  fc
    .tuple(fc.constantFrom('day', 'week', 'month', 'year'), fc.integer({ min: 1, max: 4 }))
    .map(([u, n]) => `${n} ${u}s`),
  fc.tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom(...WEEKDAYS)).map(([n, d]) => `${n} weeks on ${d}`),
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 31 })).map(([n, d]) => `${n} months on ${d}`),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .filter(([m, d]) => d <= new Date(Date.UTC(2000, m, 0)).getUTCDate())
    .map(([m, d]) => `year on ${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const due = fc
  .tuple(fc.integer({ min: 0, max: 365 * 8 }), fc.option(fc.constantFrom('T09:30', 'T23:15'), { nil: undefined }))
  .map(([n, time]) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10) + (time ?? ''));

describePython('RRULE expanded by python-dateutil (as khal does) agrees with completing the task on time', () => {
  it('for the edge cases: month ends, leap days, anchors ahead in the first period, weekdays from a weekend', () => {
    const cases: [string, string][] = [
      ['month', '2026-01-31'],
      ['month on 31', '2026-12-05'],
      ['2 months on 30', '2027-01-30'],
      ['year', '2028-02-29'],
      ['year on 02-29', '2026-01-10'],
      ['week on fri', '2026-12-01'],
      ['weekday', '2026-12-05'],
      ['month', '2026-12-05T07:45'],
    ];
    const tasks = cases.map(([every, d], i) =>
      aTask().at(`T/${i}.md`).with('every', every).with('due', d).item<'task'>(),
    );
    const parsed = parseWithPython(exportIcs(tasks, { stamp: '20261203T000000Z' }), COUNT).components;
    for (const task of tasks) {
      const got = parsed.find((c) => c.uid === icsUid(task.path, 'due'))?.occurrences.map((o) => o.slice(0, 16));
      expect({ every: task.data.every?.text, due: task.data.due, dates: got }).toEqual({
        every: task.data.every?.text,
        due: task.data.due,
        dates: completedOnTime(task),
      });
    }
  });

  it('for any recurrence and start (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(recurrence, due), { minLength: 1, maxLength: 40 }), (rows) => {
        const tasks = rows.map(([every, d], i) =>
          aTask()
            .at(`T/${String(i).padStart(2, '0')}.md`)
            .with('every', every)
            .with('due', d)
            .item<'task'>(),
        );
        const parsed = parseWithPython(exportIcs(tasks, { stamp: '20261203T000000Z' }), COUNT).components;
        for (const task of tasks) {
          const got = parsed.find((c) => c.uid === icsUid(task.path, 'due'))?.occurrences.map((o) => o.slice(0, 16));
          expect([task.data.every?.text, task.data.due, got]).toEqual([
            task.data.every?.text,
            task.data.due,
            completedOnTime(task),
          ]);
        }
      }),
      { numRuns: 20, endOnFailure: true },
    );
  });
});
