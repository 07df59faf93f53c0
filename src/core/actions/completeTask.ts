import type { DateString, KindData } from '../model/Item';
import { Edits, type FrontmatterEdit } from '../frontmatter/FrontmatterEdit';
import { nextOccurrence } from '../kinds/task';
import { actionDay, planEdits, planNothing, type ActionPlan } from './ActionPlan';
import { TASK_STATUS_PHRASE } from './changePhrases';

/** Arguments of completing a task: the day it was done (default today). */
export interface CompleteTaskArgs {
  on?: DateString;
}

/** The date fields a recurring task moves to its next occurrence, in note order. */
const MOVED_FIELDS = ['due', 'scheduled', 'start'] as const;

/**
 * Completes a task. A one-off task gets `status: done` and `done: <day>`.
 *
 * A recurring task (`every`) stays one note: its `due`/`scheduled`/`start` move to the next
 * occurrence (from `nextOccurrence`), its status returns to `todo`, and the day is appended to its
 * `log` list. obsidian-tasks writes a new line per occurrence, but with one note per task a new
 * note each time would scatter the task's links, body and history; keeping the note keeps them,
 * and `log` keeps the record of completions. A monthly series on the 29th–31st (or a yearly one on
 * 29 February) also gets its day written into `every` (`month on 31`), so later completions keep it.
 * When there is no next occurrence, it completes as a one-off.
 * @example completeTask(task, {}, '2026-11-28') // status: done, done: 2026-11-28
 */
export function completeTask(data: KindData['task'], args: CompleteTaskArgs, today: DateString): ActionPlan {
  const day = actionDay(args.on, today, 'done');
  if (typeof day !== 'string') return day;
  const next = data.every === undefined ? null : nextOccurrence(data, day);
  if (next === null) {
    if (data.status === 'done') return planNothing('already done');
    const edits = [Edits.set('status', 'done')];
    if (data.done !== day) edits.push(Edits.set('done', day));
    return planEdits(edits, `${TASK_STATUS_PHRASE.done} ${day}`);
  }
  const edits: FrontmatterEdit[] = [];
  for (const field of MOVED_FIELDS) {
    const moved = next[field];
    if (moved !== undefined && moved !== data[field]) edits.push(Edits.set(field, moved));
  }
  if (next.every !== undefined) edits.push(Edits.set('every', next.every.text));
  if (data.status !== 'todo') edits.push(Edits.set('status', 'todo'));
  edits.push(Edits.append('log', day, true));
  const nextDate = next.due ?? next.scheduled ?? next.start;
  const done = `${TASK_STATUS_PHRASE.done} ${day}`;
  return planEdits(edits, nextDate === undefined ? done : `${done}, next ${nextDate}`);
}
