import { describe, expect, it } from '@jest/globals';
import { addDays } from '../../../src/core/dates/arithmetic';
import { habitStats } from '../../../src/core/kinds/habit';
import { aHabit } from '../../builders/itemBuilders';

// 2026-11-28 is a Saturday; its ISO week runs Monday 11-23 to Sunday 11-29.
const SAT = '2026-11-28';

function habit(goal: unknown, log: string[], extra: Record<string, unknown> = {}) {
  const b = aHabit().with('goal', goal).with('log', log);
  for (const [k, v] of Object.entries(extra)) b.with(k, v);
  return b.item<'habit'>().data;
}

/** The n days ending at `last`, oldest first. */
function daysEnding(last: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => addDays(last, i - n + 1));
}

describe('habitStats: daily', () => {
  it('counts the current streak up to yesterday when today is not done yet', () => {
    const stats = habitStats(habit('daily', daysEnding('2026-11-27', 5)), SAT);
    expect(stats).toMatchObject({
      currentStreak: 5,
      longestStreak: 5,
      doneToday: false,
      dueToday: true,
      paused: false,
      streakUnit: 'day',
      lastDone: '2026-11-27',
    });
  });

  it('includes today once done', () => {
    expect(habitStats(habit('daily', daysEnding(SAT, 6)), SAT)).toMatchObject({
      currentStreak: 6,
      doneToday: true,
      dueToday: true,
    });
  });

  it('breaks the streak on a missed day before today, keeping the longest', () => {
    const log = [...daysEnding('2026-11-20', 9), ...daysEnding('2026-11-27', 3)];
    expect(habitStats(habit('daily', log), SAT)).toMatchObject({ currentStreak: 3, longestStreak: 9 });
    expect(habitStats(habit('daily', daysEnding('2026-11-26', 4)), SAT).currentStreak).toBe(0);
  });

  it('runs streaks across a leap day and a year end', () => {
    expect(habitStats(habit('daily', daysEnding('2028-03-01', 4)), '2028-03-01').currentStreak).toBe(4);
    expect(habitStats(habit('daily', daysEnding('2027-01-02', 5)), '2027-01-02').currentStreak).toBe(5);
  });

  it('ignores log entries after today', () => {
    expect(habitStats(habit('daily', ['2026-11-29', '2026-11-30']), SAT)).toMatchObject({
      currentStreak: 0,
      doneToday: false,
    });
  });

  it('computes the completion rate over the last 30 days from the first check-in, today counting only once done', () => {
    // 10 expected days (11-18 … 11-27), 8 done; today not done yet.
    const log = daysEnding('2026-11-27', 10).filter((d) => d !== '2026-11-20' && d !== '2026-11-22');
    expect(habitStats(habit('daily', log), SAT).completionRate).toBeCloseTo(8 / 10, 5);
    expect(habitStats(habit('daily', [...log, SAT]), SAT).completionRate).toBeCloseTo(9 / 11, 5);
    // With a start date 30+ days back, the whole window is expected.
    expect(
      habitStats(habit('daily', daysEnding('2026-11-27', 15), { started: '2026-01-01' }), SAT).completionRate,
    ).toBeCloseTo(15 / 29, 5);
    expect(habitStats(habit('daily', []), SAT).completionRate).toBe(0);
  });
});

describe('habitStats: weekday lists', () => {
  it('skips unscheduled days, so a Mon/Wed/Fri streak survives the days between', () => {
    const stats = habitStats(
      habit(
        ['mon', 'wed', 'fri'],
        ['2026-11-16', '2026-11-18', '2026-11-20', '2026-11-23', '2026-11-25', '2026-11-27'],
      ),
      SAT,
    );
    expect(stats).toMatchObject({ currentStreak: 6, longestStreak: 6, dueToday: false });
  });

  it('breaks on a missed scheduled day and ignores check-ins on unscheduled days', () => {
    const stats = habitStats(
      habit(['mon', 'wed', 'fri'], ['2026-11-20', '2026-11-23', '2026-11-24', '2026-11-27']),
      SAT,
    );
    expect(stats.currentStreak).toBe(1);
    expect(stats.longestStreak).toBe(2);
  });

  it('is due on a scheduled day and counts only scheduled days in the completion rate', () => {
    const stats = habitStats(habit(['sat'], ['2026-11-14', '2026-11-21', '2026-11-22']), SAT);
    expect(stats.dueToday).toBe(true);
    expect(stats.currentStreak).toBe(2);
    expect(stats.completionRate).toBe(1);
  });
});

describe('habitStats: n/week and n/month', () => {
  it('counts consecutive ISO weeks meeting the target; the current week does not break it while in progress', () => {
    const log = ['2026-11-03', '2026-11-05', '2026-11-10', '2026-11-12', '2026-11-17', '2026-11-19', '2026-11-24'];
    const stats = habitStats(habit('2/week', log), SAT);
    expect(stats).toMatchObject({
      currentStreak: 3,
      longestStreak: 3,
      streakUnit: 'week',
      period: { done: 1, target: 2 },
      dueToday: true,
    });
  });

  it('counts the current week once met, and is no longer due that week', () => {
    const log = ['2026-11-17', '2026-11-19', '2026-11-23', '2026-11-25'];
    expect(habitStats(habit('2/week', log), SAT)).toMatchObject({
      currentStreak: 2,
      period: { done: 2, target: 2 },
      dueToday: false,
    });
    expect(habitStats(habit('2/week', [...log, SAT]), SAT)).toMatchObject({
      period: { done: 3, target: 2 },
      dueToday: false,
    });
  });

  it('stays due on the day the target is reached', () => {
    expect(habitStats(habit('2/week', ['2026-11-24', SAT]), SAT)).toMatchObject({
      dueToday: true,
      doneToday: true,
      period: { done: 2, target: 2 },
    });
  });

  it('breaks on a past week below target', () => {
    const log = ['2026-11-03', '2026-11-05', '2026-11-10', '2026-11-17', '2026-11-19'];
    expect(habitStats(habit('2/week', log), SAT)).toMatchObject({ currentStreak: 1, longestStreak: 1 });
  });

  it('treats a week spanning a year end as one ISO week', () => {
    // ISO week of Mon 2026-12-28 … Sun 2027-01-03.
    expect(habitStats(habit('2/week', ['2026-12-30', '2027-01-02']), '2027-01-03').period).toEqual({
      done: 2,
      target: 2,
    });
  });

  it('counts calendar months for n/month, including February in a leap year', () => {
    const log = ['2028-01-05', '2028-01-20', '2028-02-01', '2028-02-29', '2028-03-02'];
    expect(habitStats(habit('2/month', log), '2028-03-10')).toMatchObject({
      currentStreak: 2,
      streakUnit: 'month',
      period: { done: 1, target: 2 },
    });
  });

  it('scores weeks in the completion rate, the current week only once met', () => {
    const log = ['2026-11-03', '2026-11-05', '2026-11-10', '2026-11-17', '2026-11-19', '2026-11-24'];
    // Weeks of 11-02 (2/2), 11-09 (1/2), 11-16 (2/2); the current week (1/2) is left out.
    expect(habitStats(habit('2/week', log), SAT).completionRate).toBeCloseTo((1 + 0.5 + 1) / 3, 5);
  });
});

describe('habitStats: paused and started', () => {
  it('is not due and keeps its streak on and after the paused date', () => {
    const stats = habitStats(habit('daily', daysEnding('2026-11-20', 5), { paused: '2026-11-21' }), SAT);
    expect(stats).toMatchObject({ paused: true, dueToday: false, currentStreak: 5 });
  });

  it('is not paused before a future paused date', () => {
    expect(habitStats(habit('daily', [], { paused: '2026-12-01' }), SAT)).toMatchObject({
      paused: false,
      dueToday: true,
    });
  });

  it('treats paused: true as paused since the day after the last check-in', () => {
    const stats = habitStats(habit('daily', daysEnding('2026-11-10', 4), { paused: true }), SAT);
    expect(stats).toMatchObject({ paused: true, dueToday: false, currentStreak: 4 });
  });

  it('does not expect anything before the start date', () => {
    const stats = habitStats(habit('daily', ['2026-11-27'], { started: '2026-11-27' }), SAT);
    expect(stats).toMatchObject({ currentStreak: 1, completionRate: 1 });
    expect(habitStats(habit('daily', [], { started: '2026-12-01' }), SAT).dueToday).toBe(false);
  });

  it('does not break a weekly streak in a week the pause began', () => {
    const log = ['2026-11-10', '2026-11-12', '2026-11-16'];
    expect(habitStats(habit('2/week', log, { paused: '2026-11-18' }), SAT)).toMatchObject({
      currentStreak: 1,
      paused: true,
      dueToday: false,
    });
  });
});
