import { habitStats } from '../kinds/habit';
import { taskState } from '../kinds/task';
import { taskContext } from '../index/taskStates';
import type { ItemIndex } from '../index/ItemIndex';
import type { ItemOf } from '../model/Item';
import type { AttentionEntry } from './AttentionEntry';
import { dueWhen } from './phrases';
import { SCORES } from './scores';

/**
 * An open task that is overdue (by day, or by its due time at `now`) or due today; its priority
 * raises it, an open dependency lowers it.
 * @example taskEntries(index, task, '2026-11-28', '2026-11-28T09:00')[0]?.reason // 'overdue by 3 days'
 */
export function taskEntries(index: ItemIndex, item: ItemOf<'task'>, today: string, now?: string): AttentionEntry[] {
  const ctx = taskContext(index, item.path);
  const state = taskState(item, today, ctx, now);
  if (!state.overdue && !state.dueToday) return [];
  const adjust = SCORES.priority[item.data.priority ?? 'low'] + (state.blocked ? SCORES.blocked : 0);
  const blockedNote = state.blocked
    ? `, blocked by ${ctx.blockedBy === 1 ? 'an open task' : `${ctx.blockedBy} open tasks`}`
    : '';
  const base = { path: item.path, title: item.title, kind: item.kind, field: 'due', severity: 'warning' as const };
  const when = dueWhen(item.data.due ?? '', state.dueInDays ?? 0, state.overdue);
  if (state.overdue) {
    const late = -(state.dueInDays ?? 0);
    const score =
      SCORES.taskOverdueBase + SCORES.taskOverduePerDay * Math.min(late, SCORES.taskOverdueMaxDays) + adjust;
    return [{ ...base, reason: `${when}${blockedNote}`, score }];
  }
  return [{ ...base, reason: `${when}${blockedNote}`, score: SCORES.taskDueToday + adjust }];
}

/**
 * A habit due today and not yet done; a running streak makes it a warning that ranks by length.
 * @example habitEntries(habit, '2026-11-28')[0]?.reason // 'due today, 12-day streak at risk'
 */
export function habitEntries(item: ItemOf<'habit'>, today: string): AttentionEntry[] {
  const stats = habitStats(item.data, today);
  if (!stats.dueToday || stats.doneToday || stats.paused) return [];
  const progress = stats.period
    ? `${stats.period.done} of ${stats.period.target} this ${stats.streakUnit}`
    : 'due today';
  const base = { path: item.path, title: item.title, kind: item.kind, field: 'log' };
  const streak = stats.currentStreak;
  if (streak > 0) {
    const score = SCORES.habitStreakBase + SCORES.habitStreakPerUnit * Math.min(streak, SCORES.habitStreakMax);
    return [
      { ...base, reason: `${progress}, ${streak}-${stats.streakUnit} streak at risk`, severity: 'warning', score },
    ];
  }
  return [{ ...base, reason: progress, severity: 'info', score: SCORES.habitDue }];
}
