import { describe, expect, it } from '@jest/globals';
import { nextOccurrence, taskState } from '../../../src/core/kinds/task';
import { aTask } from '../../builders/itemBuilders';

const TODAY = '2026-11-28';
const FREE = { blockedBy: 0, blocking: 0 };

describe('task parsing', () => {
  it('parses a full task', () => {
    const data = aTask()
      .with('status', 'doing')
      .with('due', '2026-12-01T17:00')
      .with('scheduled', '2026-11-30')
      .with('start', '2026-11-29')
      .with('priority', 'High')
      .with('every', 'month')
      .with('depends', ['[[Buy parts]]'])
      .with('project', '[[Home]]')
      .item<'task'>().data;
    expect(data).toEqual({
      type: 'task',
      status: 'doing',
      due: '2026-12-01T17:00',
      scheduled: '2026-11-30',
      start: '2026-11-29',
      priority: 'high',
      every: { n: 1, unit: 'month', whenDone: false, text: 'month' },
      depends: ['Buy parts'],
      project: { link: 'Home', text: 'Home' },
    });
  });

  it('defaults the status to todo', () => {
    expect(aTask().item<'task'>().data).toEqual({ type: 'task', status: 'todo', depends: [] });
  });

  it('names the expected format of a bad due date', () => {
    const { problems } = aTask().with('due', '2026-13-45').parse();
    expect(problems[0]?.message).toBe('"2026-13-45" has the shape of a date but 13 is not a month (01 to 12)');
    expect(aTask().with('due', 'next friday').parse().problems[0]?.message).toBe(
      '"next friday" is not a date or datetime (expected YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
    );
  });

  it.each([
    ['status', 'blocked'],
    ['due', 20261201],
    ['scheduled', '2026-11-31'],
    ['start', true],
    ['done', '2026-11-28T10:00'],
    ['priority', 'urgent'],
    ['every', 'fortnightly'],
    ['project', ['a', 'b']],
  ])('reports a bad %s (%p), drops it and keeps the task', (field, value) => {
    const { item, problems } = aTask().with(field, value).parse();
    expect(item).not.toBeNull();
    expect(problems.map((p) => [p.field, p.severity])).toEqual([[field, 'error']]);
    expect(problems[0]?.message.startsWith(field)).toBe(false);
  });

  it.each(['6h', '1 hour', '12 hours'])('refuses the hour cadence %p, saying hours are only for backups', (every) => {
    const { item, problems } = aTask().with('every', every).parse();
    expect(item?.data).not.toHaveProperty('every');
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      [
        'every',
        `"${every}" repeats by the hour, but hours are only for backups (a task repeats by day, week, month, year or weekday)`,
      ],
    ]);
  });

  it('reads the completion log of a recurring task, sorted and without repeats', () => {
    const data = aTask()
      .with('every', 'week')
      .with('log', ['2026-11-21', '2026-11-14', '2026-11-21'])
      .item<'task'>().data;
    expect(data.log).toEqual(['2026-11-14', '2026-11-21']);
  });

  it('reports each bad log entry on log[i] and keeps the good ones', () => {
    const { item, problems } = aTask().with('log', ['2026-11-14', 'yesterday', '2026-11-31']).parse();
    expect(item?.data).toMatchObject({ log: ['2026-11-14'] });
    expect(problems.map((p) => p.field)).toEqual(['log[1]', 'log[2]']);
  });

  it('reads a single log date as a one-entry log, and leaves log out when absent', () => {
    expect(aTask().with('log', '2026-11-14').item<'task'>().data.log).toEqual(['2026-11-14']);
    expect(aTask().item<'task'>().data).not.toHaveProperty('log');
  });

  it('lists the allowed priorities', () => {
    expect(aTask().with('priority', 'urgent').parse().problems[0]?.message).toBe(
      '"urgent" is not one of: high, medium, low',
    );
  });
});

describe('taskState', () => {
  it('tells overdue, due today and due soon apart', () => {
    const state = (due: string) => taskState(aTask().with('due', due).item<'task'>(), TODAY, FREE);
    expect(state('2026-11-27')).toMatchObject({ overdue: true, dueToday: false, dueSoon: false, dueInDays: -1 });
    expect(state('2026-11-28T23:00')).toMatchObject({ overdue: false, dueToday: true, dueSoon: true, dueInDays: 0 });
    expect(state('2026-12-05')).toMatchObject({ overdue: false, dueToday: false, dueSoon: true, dueInDays: 7 });
    expect(state('2026-12-06')).toMatchObject({ overdue: false, dueToday: false, dueSoon: false, dueInDays: 8 });
  });

  it('counts due soon across a month end and a leap day', () => {
    expect(taskState(aTask().with('due', '2028-03-02').item<'task'>(), '2028-02-28', FREE).dueInDays).toBe(3);
  });

  it('never calls a done or cancelled task overdue, and gives it no urgency', () => {
    for (const status of ['done', 'cancelled']) {
      const state = taskState(
        aTask().with('status', status).with('due', '2026-01-01').with('priority', 'high').item<'task'>(),
        TODAY,
        { blockedBy: 1, blocking: 1 },
      );
      expect(state).toMatchObject({ open: false, overdue: false, blocked: false, urgency: 0 });
    }
  });

  it('is blocked when it depends on an open task', () => {
    const task = aTask().with('depends', '[[Other]]').item<'task'>();
    expect(taskState(task, TODAY, { blockedBy: 1, blocking: 0 }).blocked).toBe(true);
    expect(taskState(task, TODAY, FREE).blocked).toBe(false);
  });

  it('is waiting when its status says so or its start date is ahead', () => {
    expect(taskState(aTask().with('status', 'waiting').item<'task'>(), TODAY, FREE).waiting).toBe(true);
    expect(taskState(aTask().with('start', '2026-11-29').item<'task'>(), TODAY, FREE).waiting).toBe(true);
    expect(taskState(aTask().with('start', '2026-11-28').item<'task'>(), TODAY, FREE).waiting).toBe(false);
  });
});

describe('task urgency (Taskwarrior default coefficients)', () => {
  const urgency = (build: ReturnType<typeof aTask>, ctx = FREE) => taskState(build.item<'task'>(), TODAY, ctx).urgency;

  it('is zero for a bare task', () => {
    expect(urgency(aTask())).toBe(0);
  });

  it('scales the due coefficient with proximity: 0.2 far ahead, 1.0 a week overdue', () => {
    expect(urgency(aTask().with('due', '2027-06-01'))).toBeCloseTo(12 * 0.2, 3);
    expect(urgency(aTask().with('due', '2026-12-12'))).toBeCloseTo(12 * 0.2, 3);
    expect(urgency(aTask().with('due', TODAY))).toBeCloseTo(12 * ((14 * 0.8) / 21 + 0.2), 3);
    expect(urgency(aTask().with('due', '2026-11-21'))).toBeCloseTo(12, 3);
    expect(urgency(aTask().with('due', '2026-01-01'))).toBeCloseTo(12, 3);
  });

  it('adds priority, active, scheduled, project, tags and age', () => {
    expect(urgency(aTask().with('priority', 'high'))).toBeCloseTo(6, 3);
    expect(urgency(aTask().with('priority', 'medium'))).toBeCloseTo(3.9, 3);
    expect(urgency(aTask().with('priority', 'low'))).toBeCloseTo(1.8, 3);
    expect(urgency(aTask().with('status', 'doing'))).toBeCloseTo(4, 3);
    expect(urgency(aTask().with('scheduled', '2026-11-27'))).toBeCloseTo(5, 3);
    expect(urgency(aTask().with('scheduled', '2026-11-29'))).toBe(0);
    expect(urgency(aTask().with('project', 'Home'))).toBeCloseTo(1, 3);
    expect(
      [1, 2, 3, 5].map((n) =>
        urgency(
          aTask().with(
            'tags',
            Array.from({ length: n }, (_, i) => `t${i}`),
          ),
        ),
      ),
    ).toEqual([0.8, 0.9, 1, 1]);
    expect(urgency(aTask().with('created', '2026-05-31'))).toBeCloseTo((2 * 181) / 365, 3);
    expect(urgency(aTask().with('created', '2020-01-01'))).toBeCloseTo(2, 3);
  });

  it('adds blocking, and subtracts blocked and waiting', () => {
    expect(urgency(aTask(), { blockedBy: 0, blocking: 2 })).toBeCloseTo(8, 3);
    expect(urgency(aTask(), { blockedBy: 1, blocking: 0 })).toBeCloseTo(-5, 3);
    expect(urgency(aTask().with('status', 'waiting'))).toBeCloseTo(-3, 3);
  });

  it('ranks an overdue high-priority task above a far-off low one', () => {
    expect(urgency(aTask().with('due', '2026-11-20').with('priority', 'high'))).toBeGreaterThan(
      urgency(aTask().with('due', '2027-01-20').with('priority', 'low')),
    );
  });
});

describe('nextOccurrence', () => {
  const data = (fields: Record<string, unknown>) => {
    const b = aTask();
    for (const [k, v] of Object.entries(fields)) b.with(k, v);
    return b.item<'task'>().data;
  };

  it('is null for a task that does not recur', () => {
    expect(nextOccurrence(data({ due: '2026-11-20' }), TODAY)).toBeNull();
  });

  it('steps from the previous due date, skipping forward past the completion date', () => {
    expect(nextOccurrence(data({ due: '2026-11-20', every: 'week' }), TODAY)).toEqual({ due: '2026-12-04' });
    expect(nextOccurrence(data({ due: '2026-11-20', every: 'week' }), '2026-11-15')).toEqual({ due: '2026-11-27' });
    expect(nextOccurrence(data({ due: '2026-11-28', every: 'day' }), TODAY)).toEqual({ due: '2026-11-29' });
    expect(nextOccurrence(data({ due: '2020-01-15', every: 'month' }), TODAY)).toEqual({ due: '2026-12-15' });
    expect(nextOccurrence(data({ due: '1900-01-31', every: 'month' }), '2026-11-30')).toMatchObject({
      due: '2026-12-31',
    });
    expect(nextOccurrence(data({ due: '1900-03-01', every: '2 years' }), '2026-11-30')).toEqual({ due: '2028-03-01' });
  });

  it('counts from the completion date with "when done"', () => {
    expect(nextOccurrence(data({ due: '2026-11-20', every: '2 weeks when done' }), TODAY)).toEqual({
      due: '2026-12-12',
    });
  });

  it('clamps month steps to the month end without drifting', () => {
    expect(nextOccurrence(data({ due: '2026-01-31', every: 'month' }), '2026-01-31')).toMatchObject({
      due: '2026-02-28',
      every: { text: 'month on 31' },
    });
    expect(nextOccurrence(data({ due: '2026-01-31', every: 'month' }), '2026-03-01')).toMatchObject({
      due: '2026-03-31',
    });
    expect(nextOccurrence(data({ due: '2024-02-29', every: 'year' }), '2024-03-01')).toMatchObject({
      due: '2025-02-28',
      every: { text: 'year on 02-29' },
    });
    // The anchor written by the first completion keeps the day on the next ones.
    expect(nextOccurrence(data({ due: '2026-02-28', every: 'month on 31' }), '2026-02-28')).toEqual({
      due: '2026-03-31',
    });
    expect(nextOccurrence(data({ due: '2025-02-28', every: 'year on 02-29' }), '2025-02-28')).toEqual({
      due: '2026-02-28',
    });
    expect(nextOccurrence(data({ due: '2027-02-28', every: 'year on 02-29' }), '2027-02-28')).toEqual({
      due: '2028-02-29',
    });
  });

  it('skips Saturday and Sunday for weekday recurrences', () => {
    expect(nextOccurrence(data({ due: '2026-11-27', every: 'weekday' }), '2026-11-27')).toEqual({ due: '2026-11-30' });
    expect(nextOccurrence(data({ due: '2026-11-26', every: 'weekday when done' }), '2026-11-28')).toEqual({
      due: '2026-11-30',
    });
    expect(nextOccurrence(data({ due: '1990-01-01T09:00', every: 'weekday' }), '2026-11-25')).toEqual({
      due: '2026-11-26T09:00',
    });
    expect(nextOccurrence(data({ due: '2026-12-04', every: 'weekday' }), '2026-11-25')).toEqual({ due: '2026-12-07' });
  });

  it('keeps times of day and moves scheduled and start by the same offset as due', () => {
    expect(
      nextOccurrence(
        data({ due: '2026-11-20T17:00', scheduled: '2026-11-18T09:00', start: '2026-11-16', every: 'week' }),
        TODAY,
      ),
    ).toEqual({ due: '2026-12-04T17:00', scheduled: '2026-12-02T09:00', start: '2026-11-30' });
  });

  it('uses scheduled when there is no due date, and the completion date when there is no date at all', () => {
    expect(nextOccurrence(data({ scheduled: '2026-11-28', every: '3 days' }), TODAY)).toEqual({
      scheduled: '2026-12-01',
    });
    expect(nextOccurrence(data({ every: 'week' }), TODAY)).toEqual({ due: '2026-12-05' });
  });
});
