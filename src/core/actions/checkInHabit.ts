import type { DateString, KindData } from '../model/Item';
import { Edits } from '../frontmatter/FrontmatterEdit';
import { actionDay, planEdits, planNothing, type ActionPlan } from './ActionPlan';
import { CHANGE_PHRASES } from './changePhrases';

/** Arguments of a habit check-in: the day (default today); `undo` removes that day's check-in. */
export interface CheckInHabitArgs {
  day?: DateString;
  undo?: boolean;
}

/**
 * Checks a habit in for a day by adding the date to `log` (once: checking a day in twice changes
 * nothing), or with `undo` takes that day out again. Future days are refused.
 * @example checkInHabit(habit, {}, '2026-11-28') // { ok: true, edits: [append log 2026-11-28], summary: 'checked in 2026-11-28' }
 */
export function checkInHabit(data: KindData['habit'], args: CheckInHabitArgs, today: DateString): ActionPlan {
  const day = actionDay(args.day, today, 'log');
  if (typeof day !== 'string') return day;
  const logged = data.log.includes(day);
  if (args.undo === true) {
    return logged
      ? planEdits([Edits.removeItem('log', day)], `check-in on ${day} undone`)
      : planNothing(`not checked in on ${day}`);
  }
  return logged
    ? planNothing(`already checked in ${day}`)
    : planEdits([Edits.append('log', day, true)], CHANGE_PHRASES.checkedIn(day));
}
