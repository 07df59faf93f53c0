import type { DateString, ItemOf } from '../model/Item';
import { differenceInCalendarDays } from '../dates/arithmetic';

/** Taskwarrior's default urgency coefficients (taskrc `urgency.*.coefficient`). */
export const URGENCY_COEFFICIENTS = {
  due: 12.0,
  priorityHigh: 6.0,
  priorityMedium: 3.9,
  priorityLow: 1.8,
  active: 4.0,
  scheduled: 5.0,
  age: 2.0,
  tags: 1.0,
  project: 1.0,
  blocking: 8.0,
  blocked: -5.0,
  waiting: -3.0,
  /** `urgency.user.tag.next.coefficient`: Taskwarrior's one default user-tag coefficient. */
  tagNext: 15.0,
} as const;

/** Taskwarrior's `urgency.age.max`: age stops adding urgency after this many days. */
export const URGENCY_AGE_MAX_DAYS = 365;

/** Flags already derived by taskState. */
export interface UrgencyFlags {
  blocked: boolean;
  blocking: boolean;
  waiting: boolean;
}

/**
 * Taskwarrior-style urgency of an open task: the sum of coefficient × factor. Due proximity uses
 * whole calendar days (Taskwarrior uses seconds): 1.0 when 7+ days overdue, 0.2 when 14+ days
 * away, linear in between. Age counts from `created` and saturates at one year. A `next` tag adds
 * 15 (matched in any case, as Obsidian matches tags; Taskwarrior's tags are case-sensitive).
 * @example taskUrgency(task, '2026-11-28', { blocked: false, blocking: false, waiting: false })
 */
export function taskUrgency(item: ItemOf<'task'>, today: DateString, flags: UrgencyFlags): number {
  const d = item.data;
  const c = URGENCY_COEFFICIENTS;
  let u = 0;
  if (d.due !== undefined) u += c.due * dueFactor(differenceInCalendarDays(today, d.due));
  if (d.priority === 'high') u += c.priorityHigh;
  else if (d.priority === 'medium') u += c.priorityMedium;
  else if (d.priority === 'low') u += c.priorityLow;
  if (d.status === 'doing') u += c.active;
  if (d.scheduled !== undefined && differenceInCalendarDays(d.scheduled, today) <= 0) u += c.scheduled;
  if (item.created !== undefined) {
    const age = Math.max(0, differenceInCalendarDays(today, item.created));
    u += c.age * Math.min(1, age / URGENCY_AGE_MAX_DAYS);
  }
  u += c.tags * tagsFactor(item.tags.length);
  if (item.tags.some((t) => t.toLowerCase() === 'next')) u += c.tagNext;
  if (d.project !== undefined) u += c.project;
  if (flags.blocking) u += c.blocking;
  if (flags.blocked) u += c.blocked;
  if (flags.waiting) u += c.waiting;
  return Math.round(u * 1000) / 1000;
}

/** Taskwarrior's due factor from days overdue (negative when due in the future). */
export function dueFactor(daysOverdue: number): number {
  if (daysOverdue >= 7) return 1;
  if (daysOverdue >= -14) return ((daysOverdue + 14) * 0.8) / 21 + 0.2;
  return 0.2;
}

/** Taskwarrior's tag factor: 0 tags → 0, 1 → 0.8, 2 → 0.9, 3 or more → 1. */
export function tagsFactor(count: number): number {
  if (count <= 0) return 0;
  if (count === 1) return 0.8;
  if (count === 2) return 0.9;
  return 1;
}
