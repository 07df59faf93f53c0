import { describe, expect, it } from '@jest/globals';
import { parseGoal, weekdayIndex } from '../../../src/core/kinds/habit';
import { aHabit } from '../../builders/itemBuilders';

describe('habit parsing', () => {
  it('parses a habit in the workflow group, with its log deduplicated and sorted', () => {
    const item = aHabit()
      .with('log', ['2026-11-27', '2026-11-25', '2026-11-27'])
      .with('started', '2026-11-01')
      .with('paused', '2026-12-01')
      .item<'habit'>();
    expect(item.group).toBe('workflow');
    expect(item.data).toEqual({
      type: 'habit',
      goal: { type: 'daily' },
      log: ['2026-11-25', '2026-11-27'],
      started: '2026-11-01',
      paused: '2026-12-01',
    });
  });

  it('defaults the goal to daily and the log to empty', () => {
    expect(aHabit().without('goal').item<'habit'>().data).toEqual({ type: 'habit', goal: { type: 'daily' }, log: [] });
  });

  it.each([
    ['daily', { type: 'daily' }],
    ['3/week', { type: 'weekly', times: 3 }],
    ['2 / month', { type: 'monthly', times: 2 }],
    [['mon', 'Wed', 'FRIDAY'], { type: 'weekdays', days: [0, 2, 4] }],
    [['sunday', 'tues', 'sun'], { type: 'weekdays', days: [1, 6] }],
    ['mon, thu', { type: 'weekdays', days: [0, 3] }],
    [['Weds', 'Tues', 'Thurs', 'thur'], { type: 'weekdays', days: [1, 2, 3] }],
    ['Mon, Weds, FRI', { type: 'weekdays', days: [0, 2, 4] }],
    ['Weekly', { type: 'weekly', times: 1 }],
    ['monthly', { type: 'monthly', times: 1 }],
  ])('reads the goal %p', (goal, expected) => {
    expect(parseGoal(goal)).toEqual({ ok: true, value: expected });
  });

  it.each([['8/week'], ['0/week'], ['32/month'], ['hourly'], [['mon', 'funday']], [[]], [5], [{ times: 3 }]])(
    'rejects the goal %p with a message',
    (goal) => {
      const { item, problems } = aHabit().with('goal', goal).parse();
      expect(item?.data).toMatchObject({ goal: { type: 'daily' } });
      expect(problems.map((p) => p.field)).toEqual(['goal']);
      expect(problems[0]?.message.length).toBeGreaterThan(10);
    },
  );

  it('explains the goal format for a word that is neither a goal nor a weekday', () => {
    expect(aHabit().with('goal', 'hourly').parse().problems[0]?.message).toBe(
      '"hourly" is not a habit goal (expected daily, <n>/week, <n>/month or a list of weekdays such as [mon, wed])',
    );
    expect(aHabit().with('goal', ['mon', 'funday']).parse().problems[0]?.message).toBe(
      '"funday" is not a weekday (use a name such as monday, mon, tue, tues, wed, weds, thu, thurs, fri, sat, sun)',
    );
  });

  it('reports a bad start date', () => {
    const { item, problems } = aHabit().with('started', '2026-02-29').parse();
    expect(item?.data).not.toHaveProperty('started');
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['started', '"2026-02-29" has the shape of a date but is not a day in February 2026 (it has 28 days)'],
    ]);
  });

  it('reports a bad log entry on its index and keeps the good ones', () => {
    const { item, problems } = aHabit()
      .with('log', ['2026-11-01', '2026-11-02', 'yesterday', '2026-02-30', 20261103])
      .lines({ log: 4 })
      .parse();
    expect(item?.data).toMatchObject({ log: ['2026-11-01', '2026-11-02'] });
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['log[2]', 4],
      ['log[3]', 4],
      ['log[4]', 4],
    ]);
    expect(problems[0]?.message).toBe('"yesterday" is not a date (expected YYYY-MM-DD)');
  });

  it('accepts a single date as a one-entry log', () => {
    expect(aHabit().with('log', '2026-11-01').item<'habit'>().data.log).toEqual(['2026-11-01']);
  });

  it('reads paused as a date or true, treats false as not paused, and rejects anything else', () => {
    expect(aHabit().with('paused', true).item<'habit'>().data.paused).toBe(true);
    expect(aHabit().with('paused', false).item<'habit'>().data).not.toHaveProperty('paused');
    expect(
      aHabit()
        .with('paused', 'soon')
        .parse()
        .problems.map((p) => p.field),
    ).toEqual(['paused']);
  });

  it('knows weekday names in any case and unambiguous abbreviations', () => {
    expect(['Mon', 'TUESDAY', 'we', 'thurs', 'fr', 'sa', 'su'].map(weekdayIndex)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(['t', 's', 'x', 'mond'].map(weekdayIndex)).toEqual([-1, -1, -1, 0]);
    expect(
      ['Weds', 'WEDS', 'Tues', 'tue', 'Thurs', 'thur', 'THU', 'Wed', 'wednesday', 'Mondays', 'fri.'].map(weekdayIndex),
    ).toEqual([2, 2, 1, 1, 3, 3, 3, 2, 2, 0, 4]);
  });
});
