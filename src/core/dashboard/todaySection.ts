import { addDays, differenceInCalendarDays } from '../dates';
import { taskContext } from '../index/taskStates';
import { taskState } from '../kinds/task';
import type { ItemIndex } from '../index/ItemIndex';
import { habitStats } from '../kinds/habit';
import { isKind, type HabitGoal, type Item, type ItemOf } from '../model/Item';
import type { DateDisplay } from './DashboardOptions';
import { dueWhen } from '../attention/phrases';
import type { HabitRow, TaskRow, TodaySection } from './DashboardModel';
import { runningInterval } from '../time/timerActions';
import { formatDate } from './formatDate';
import { firstRows } from './rowLimit';
import { compareStrings } from '../index/linkPath';

const PRIORITY_RANK = { high: 0, medium: 1, low: 2 } as const;
const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const RECENT_DAYS = 7;

/**
 * Open tasks due today or overdue (earliest due day first, then priority, time and title), and habits due
 * today with their done-today state and streaks (by title); the first `ROW_LIMIT` of each as rows, with the full counts.
 * @example todaySection(index, '2026-11-28', 'iso').tasks[0]?.when // 'overdue by 3 days'
 */
export function todaySection(index: ItemIndex, today: string, display: DateDisplay, now?: string): TodaySection {
  const due: DueTask[] = [];
  for (const item of index.byKind('task')) {
    const task = dueTaskOf(index, item, today, now);
    if (task) due.push(task);
  }
  due.sort(compareDueTasks);
  const dueHabits: DueHabit[] = [];
  for (const item of index.byKind('habit')) {
    const habit = dueHabitOf(item, today);
    if (habit) dueHabits.push(habit);
  }
  dueHabits.sort(compareDueHabits);
  return {
    id: 'today',
    heading: 'Today',
    tasks: firstRows(due, (t) => taskRow(t, today, display)),
    habits: firstRows(dueHabits, (h) => habitRow(h, today)),
    totals: { tasks: due.length, habits: dueHabits.length },
  };
}

/** An open task due today or overdue, before it becomes a row. */
export interface DueTask {
  item: ItemOf<'task'>;
  due: string;
  overdue: boolean;
  blocked: boolean;
}
/** A habit due today, before it becomes a row. */
export interface DueHabit {
  item: ItemOf<'habit'>;
  stats: ReturnType<typeof habitStats>;
}

/**
 * The item as a task of the Today section (open, due today or overdue on `today`/`now`, with its
 * dependency state from the index), or null.
 * @example dueTaskOf(index, index.get('Tasks/Pay rent.md')!, '2026-11-28')?.overdue // true
 */
export function dueTaskOf(index: ItemIndex, item: Item, today: string, now?: string): DueTask | null {
  if (!isKind(item, 'task') || item.data.due === undefined) return null;
  const state = taskState(item, today, taskContext(index, item.path), now);
  if (!(state.overdue || state.dueToday)) return null;
  return { item, due: item.data.due, overdue: state.overdue, blocked: state.blocked };
}

/** Today's task order: earliest due day first, then priority, due time, title and path. */
export function compareDueTasks(a: DueTask, b: DueTask): number {
  return (
    compareStrings(a.due.slice(0, 10), b.due.slice(0, 10)) ||
    PRIORITY_RANK[a.item.data.priority ?? 'low'] - PRIORITY_RANK[b.item.data.priority ?? 'low'] ||
    compareStrings(a.due, b.due) ||
    compareStrings(a.item.title, b.item.title) ||
    compareStrings(a.item.path, b.item.path)
  );
}

/**
 * The item as a habit of the Today section (due on `today`, with its streaks), or null.
 * @example dueHabitOf(habitItem, '2026-11-28')?.stats.doneToday // false
 */
export function dueHabitOf(item: Item, today: string): DueHabit | null {
  if (!isKind(item, 'habit')) return null;
  const stats = habitStats(item.data, today);
  return stats.dueToday ? { item, stats } : null;
}

/** Today's habit order: by title, then path. */
export function compareDueHabits(a: DueHabit, b: DueHabit): number {
  return compareStrings(a.item.title, b.item.title) || compareStrings(a.item.path, b.item.path);
}

/** A due task as the row the Today section shows. */
export function taskRow({ item, due, overdue, blocked }: DueTask, today: string, display: DateDisplay): TaskRow {
  const d = item.data;
  const when = dueWhen(due, differenceInCalendarDays(due, today), overdue);
  const row: TaskRow = {
    path: item.path,
    title: item.title,
    status: d.status as TaskRow['status'],
    due: formatDate(due, today, display),
    overdue,
    when,
    blocked,
  };
  if (d.priority) row.priority = d.priority;
  if (d.every) row.every = `every ${d.every.text}`;
  if (d.project) row.project = d.project.text;
  const timer = runningInterval(d);
  if (timer) row.timerSince = timer.start;
  return row;
}

/** A due habit as the row the Today section shows (its last seven days, streaks and progress). */
export function habitRow({ item, stats }: DueHabit, today: string): HabitRow {
  const done = new Set(item.data.log);
  const recent = Array.from({ length: RECENT_DAYS }, (_, i) => {
    const date = addDays(today, i - RECENT_DAYS + 1);
    return { date, done: done.has(date) };
  });
  const row: HabitRow = {
    path: item.path,
    title: item.title,
    goal: goalText(item.data.goal),
    doneToday: stats.doneToday,
    currentStreak: stats.currentStreak,
    longestStreak: stats.longestStreak,
    streakUnit: stats.streakUnit,
    recent,
  };
  if (stats.period) row.progress = `${stats.period.done} of ${stats.period.target} this ${stats.streakUnit}`;
  const timer = runningInterval(item.data);
  if (timer) row.timerSince = timer.start;
  return row;
}

/**
 * A habit goal in words: `daily`, `3 per week`, `once a month`, `Mon, Wed, Fri`.
 * @example goalText({ type: 'weekly', times: 3 }) // '3 per week'
 */
export function goalText(goal: HabitGoal): string {
  switch (goal.type) {
    case 'daily':
      return 'daily';
    case 'weekly':
      return goal.times === 1 ? 'once a week' : `${goal.times} per week`;
    case 'monthly':
      return goal.times === 1 ? 'once a month' : `${goal.times} per month`;
    case 'weekdays':
      return goal.days.map((d) => WEEKDAY_SHORT[d]).join(', ');
  }
}
