import type { DateString, KindData } from '../model/Item';
import { civilFromDays, fromDayNumber, toDayNumber } from '../dates/dayNumber';

/** Derived habit state on a given day. */
export interface HabitStats {
  /** Today is a day the habit asks for: scheduled, started, not paused, and (for n/week, n/month) the period target not already met before today. Stays true once done today. */
  dueToday: boolean;
  doneToday: boolean;
  /** Consecutive met days (daily, weekdays) or periods (n/week, n/month) up to now; an unfinished today or current period does not break it. */
  currentStreak: number;
  longestStreak: number;
  /** 0..1 over the last 30 days, counting only expected days (or periods) — see habitStats. */
  completionRate: number;
  /** Paused now (`paused: true`, or today is on or after the paused date). */
  paused: boolean;
  /** The unit the streaks count. */
  streakUnit: 'day' | 'week' | 'month';
  /** Progress in the current week or month, for n/week and n/month goals. */
  period?: { done: number; target: number };
  lastDone?: DateString;
}

const WINDOW_DAYS = 30;

/**
 * Streaks, completion and what is due today for a habit.
 *
 * Rules: days before `started` and days on or after `paused` are neither expected nor
 * streak-breaking (`paused: true` counts as paused from the day after the last check-in);
 * unscheduled weekdays are skipped; today not yet done does not break the current streak. For
 * n/week and n/month a period meets the goal with n check-ins; a past period breaks the streak only
 * when all its days were active. Completion over the last 30 days starts at `started`, or at the
 * first check-in when there is no `started`; today counts only once done, and the current
 * period only once met. Log entries after today are ignored.
 * @example habitStats({ type: 'habit', goal: { type: 'daily' }, log: ['2026-11-26', '2026-11-27'] }, '2026-11-28').currentStreak // 2
 */
export function habitStats(data: KindData['habit'], today: DateString): HabitStats {
  const t = toDayNumber(today);
  const doneDays = data.log
    .map((d) => toDayNumber(d))
    .filter((d) => d <= t)
    .sort((a, b) => a - b);
  const done = new Set(doneDays);
  const first = doneDays[0];
  const last = doneDays[doneDays.length - 1];
  const startFrom = data.started === undefined ? -Infinity : toDayNumber(data.started);
  const pausedFrom =
    data.paused === undefined ? Infinity : data.paused === true ? (last ?? t - 1) + 1 : toDayNumber(data.paused);
  const active = (d: number): boolean => d >= startFrom && d < pausedFrom;
  const paused = data.paused === true || t >= pausedFrom;
  const rateStart = Math.max(t - WINDOW_DAYS + 1, data.started === undefined ? (first ?? t + 1) : startFrom);
  const ctx: Ctx = { t, done, first, active, rateStart };
  const base = { doneToday: done.has(t), paused, lastDone: last === undefined ? undefined : fromDayNumber(last) };
  const goal = data.goal;
  let result: HabitStats;
  if (goal.type === 'daily' || goal.type === 'weekdays') {
    const scheduled = goal.type === 'daily' ? () => true : (d: number) => goal.days.includes(weekday(d));
    result = {
      ...base,
      ...dayStats(ctx, (d) => scheduled(d) && active(d)),
      dueToday: !paused && scheduled(t) && active(t),
      streakUnit: 'day',
    };
  } else {
    const unit = goal.type === 'weekly' ? weekPeriod : monthPeriod;
    const current = unit(t);
    const doneBefore = doneDays.filter((d) => d >= current.start && d < t).length;
    result = {
      ...base,
      ...periodStats(ctx, unit, goal.times),
      dueToday: !paused && active(t) && doneBefore < goal.times,
      streakUnit: goal.type === 'weekly' ? 'week' : 'month',
      period: { done: doneBefore + (done.has(t) ? 1 : 0), target: goal.times },
    };
  }
  if (result.lastDone === undefined) delete result.lastDone;
  return result;
}

interface Ctx {
  t: number;
  done: ReadonlySet<number>;
  first: number | undefined;
  active: (d: number) => boolean;
  rateStart: number;
}

type Streaks = Pick<HabitStats, 'currentStreak' | 'longestStreak' | 'completionRate'>;

function dayStats(ctx: Ctx, expected: (d: number) => boolean): Streaks {
  const { t, done, first } = ctx;
  let currentStreak = 0;
  let longestStreak = 0;
  if (first !== undefined) {
    for (let d = t; d >= first; d--) {
      if (!expected(d)) continue;
      if (done.has(d)) currentStreak++;
      else if (d !== t) break;
    }
    let run = 0;
    for (let d = first; d <= t; d++) {
      if (!expected(d)) continue;
      if (done.has(d)) longestStreak = Math.max(longestStreak, ++run);
      else if (d !== t) run = 0;
    }
  }
  let expectedDays = 0;
  let met = 0;
  for (let d = ctx.rateStart; d <= t; d++) {
    if (!expected(d) || (d === t && !done.has(d))) continue;
    expectedDays++;
    if (done.has(d)) met++;
  }
  return { currentStreak, longestStreak, completionRate: expectedDays === 0 ? 0 : met / expectedDays };
}

interface Period {
  start: number;
  end: number;
}

function periodStats(ctx: Ctx, unit: (d: number) => Period, target: number): Streaks {
  const { t, done, first, active } = ctx;
  const countIn = (p: Period): number => {
    let n = 0;
    for (let d = p.start; d <= p.end && d <= t; d++) if (done.has(d)) n++;
    return n;
  };
  const fullyActive = (p: Period): boolean => active(p.start) && active(p.end);
  const current = unit(t);
  let currentStreak = 0;
  let longestStreak = 0;
  if (first !== undefined) {
    for (let p = current; p.end >= first; p = unit(p.start - 1)) {
      if (countIn(p) >= target) currentStreak++;
      else if (p.start !== current.start && fullyActive(p)) break;
    }
    let run = 0;
    for (let p = unit(first); p.start <= t; p = unit(p.end + 1)) {
      if (countIn(p) >= target) longestStreak = Math.max(longestStreak, ++run);
      else if (p.start !== current.start && fullyActive(p)) run = 0;
    }
  }
  let periods = 0;
  let score = 0;
  for (let p = unit(ctx.rateStart); p.start <= t && ctx.rateStart <= t; p = unit(p.end + 1)) {
    const n = countIn(p);
    const isCurrent = p.start === current.start;
    if (n >= target || (!isCurrent && fullyActive(p))) {
      periods++;
      score += Math.min(n, target) / target;
    }
  }
  return { currentStreak, longestStreak, completionRate: periods === 0 ? 0 : score / periods };
}

function weekPeriod(d: number): Period {
  const start = d - weekday(d);
  return { start, end: start + 6 };
}

function monthPeriod(d: number): Period {
  const c = civilFromDays(d);
  const start = toDayNumber({ year: c.year, month: c.month, day: 1 });
  const next = c.month === 12 ? { year: c.year + 1, month: 1, day: 1 } : { year: c.year, month: c.month + 1, day: 1 };
  return { start, end: toDayNumber(next) - 1 };
}

function weekday(d: number): number {
  return (((d + 3) % 7) + 7) % 7;
}
