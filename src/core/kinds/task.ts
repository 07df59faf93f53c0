import type { DateString, DateTimeString, ItemOf, KindData, Recurrence } from '../model/Item';
import { differenceInCalendarDays } from '../dates/arithmetic';
import { compareDateTimes, datePart } from '../dates/dateTime';
import { hasTime } from '../dates/parseDate';
import { addRecurrence, seriesAnchor, withAnchor } from '../dates/recurrence';
import type { FieldReader } from './fields/FieldReader';
import { describeValue } from './fields/describeValue';
import { dropUndefined } from './fields/dropUndefined';
import { readDateLog } from './fields/readDateLog';
import { fail, ok, type Parsed } from './fields/valueParsers';
import { readLink } from './fields/wikilink';
import { ENUMS } from './registry';
import { taskUrgency } from './taskUrgency';
import { readTimeLog } from '../time/readTimeLog';

/** Reads a task; every field is optional, so a task is always kept. */
export function parseTask(r: FieldReader): KindData['task'] {
  return dropUndefined({
    type: 'task' as const,
    status: r.oneOf('status', ENUMS.taskStatus) ?? 'todo',
    due: r.dateTime('due'),
    scheduled: r.dateTime('scheduled'),
    start: r.dateTime('start'),
    done: r.date('done'),
    priority: r.oneOf('priority', ENUMS.priority),
    every: r.recurrence('every'),
    depends: r.links('depends'),
    project: r.read('project', parseProject),
    log: r.isMissing('log') ? undefined : readDateLog(r, 'log'),
    uuid: r.read('uuid', parseUuid),
    time: readTimeLog(r, 'time'),
  });
}

/** A Taskwarrior uuid: lowercase `8-4-4-4-12` hex (upper case is read and lowered). */
function parseUuid(value: unknown): Parsed<string> {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(text)
    ? ok(text)
    : fail(`${describeValue(value)} is not a uuid (8-4-4-4-12 hexadecimal digits, as Taskwarrior writes)`);
}

function parseProject(value: unknown): Parsed<{ link?: string; text: string }> {
  const link = readLink(value);
  if (link !== null) return ok({ link: link.target, text: link.target });
  if (typeof value === 'string') return ok({ text: value.trim() });
  if (typeof value === 'number') return ok({ text: String(value) });
  return fail(`${describeValue(value)} is not a project (expected "[[Project]]" or a name)`);
}

/** What the dependency graph says about a task (counted by the index over open tasks). */
export interface TaskContext {
  /** Open tasks this one depends on. */
  blockedBy: number;
  /** Open tasks that depend on this one. */
  blocking: number;
}

/** Derived task state on a given day. */
export interface TaskState {
  /** Status todo, doing or waiting. */
  open: boolean;
  /** Open and the due date is before today, or its due time today has passed (when `now` is given). */
  overdue: boolean;
  /** Open, due today, and its due time (if any) not yet passed. */
  dueToday: boolean;
  /** Open and due today or within the next 7 days (never true when overdue). */
  dueSoon: boolean;
  /** Open and depends on an open task. */
  blocked: boolean;
  /** Open and status waiting, or its `start` date is still ahead. */
  waiting: boolean;
  /** Days until due (negative when overdue). */
  dueInDays?: number;
  /** Taskwarrior-style urgency; 0 for closed tasks. */
  urgency: number;
}

/** How many days ahead counts as "due soon". */
export const DUE_SOON_DAYS = 7;

/**
 * A task's state on `today`, with dependency counts from the index. With `now` (on `today`), a due
 * time that has passed makes the task overdue (`due: 2026-11-28T14:00` at 16:00).
 * @example taskState(task, '2026-11-28', { blockedBy: 0, blocking: 0 }, '2026-11-28T16:00').overdue
 */
export function taskState(item: ItemOf<'task'>, today: DateString, ctx: TaskContext, now?: DateTimeString): TaskState {
  const d = item.data;
  const open = d.status === 'todo' || d.status === 'doing' || d.status === 'waiting';
  const dueInDays = d.due === undefined ? undefined : differenceInCalendarDays(d.due, today);
  const timePassed =
    open &&
    dueInDays === 0 &&
    now !== undefined &&
    d.due !== undefined &&
    hasTime(d.due) &&
    compareDateTimes(d.due, now) < 0;
  const waiting =
    open && (d.status === 'waiting' || (d.start !== undefined && differenceInCalendarDays(d.start, today) > 0));
  const blocked = open && ctx.blockedBy > 0;
  return dropUndefined({
    open,
    overdue: open && dueInDays !== undefined && (dueInDays < 0 || timePassed),
    dueToday: open && dueInDays === 0 && !timePassed,
    dueSoon: open && dueInDays !== undefined && dueInDays >= 0 && dueInDays <= DUE_SOON_DAYS && !timePassed,
    blocked,
    waiting,
    dueInDays,
    urgency: open ? taskUrgency(item, today, { blocked, blocking: ctx.blocking > 0, waiting }) : 0,
  });
}

/** The next instance of a recurring task: its moved dates, and the recurrence to write when it gained an anchor. */
export interface NextOccurrence {
  due?: string;
  scheduled?: string;
  start?: string;
  /** Set when `every` must be rewritten with the series' day (`month` → `month on 31`). */
  every?: Recurrence;
}

/**
 * The dates of the next instance of a recurring task completed on `doneOn`; null when the task
 * does not recur. The reference date is `due`, else `scheduled`, else `start`; the other dates
 * keep their offset from it, and times of day are kept. With `when done` (or no date at all) the
 * reference moves to doneOn + the interval; otherwise it is the first date of the series after
 * doneOn, however late the completion. The series keeps its day: a monthly series on the 29th–31st
 * or a yearly one on 29 February gains an anchor (`every: month on 31`) that the caller writes
 * back, so on-time and late completions give the same dates (Jan 31 → Feb 28 → Mar 31).
 * @example nextOccurrence({ ..., due: '2026-11-20', every: week }, '2026-11-28') // { due: '2026-12-04' }
 */
export function nextOccurrence(data: KindData['task'], doneOn: DateString): NextOccurrence | null {
  const written = data.every;
  if (written === undefined) return null;
  const ref = data.due ?? data.scheduled ?? data.start;
  if (ref === undefined) return { due: addRecurrence(doneOn, written) };
  const anchor = seriesAnchor(written, ref);
  const every = anchor === undefined ? written : withAnchor(written, anchor);
  let nextRef: string;
  if (every.whenDone) {
    nextRef = addRecurrence(doneOn, every) + ref.slice(10);
  } else if (every.unit === 'weekday') {
    // Stepping weekday by weekday from an old date is slow; the answer is the first weekday after both.
    const from = differenceInCalendarDays(doneOn, ref) > 0 ? doneOn + ref.slice(10) : ref;
    nextRef = addRecurrence(from, every);
  } else {
    let times = 1;
    nextRef = addRecurrence(ref, every, times);
    // Step from the reference each time (never from a clamped date), skipping ahead by whole periods.
    while (differenceInCalendarDays(nextRef, doneOn) <= 0) {
      times += Math.max(1, Math.floor(differenceInCalendarDays(doneOn, nextRef) / approxDays(every.unit, every.n)));
      nextRef = addRecurrence(ref, every, times);
    }
  }
  const shift = differenceInCalendarDays(nextRef, ref);
  const move = (value: string | undefined): string | undefined =>
    value === undefined ? undefined : value === ref ? nextRef : addShift(value, shift);
  return dropUndefined({
    due: move(data.due),
    scheduled: move(data.scheduled),
    start: move(data.start),
    every: anchor === undefined ? undefined : every,
  });
}

function addShift(value: string, days: number): string {
  return addRecurrence(datePart(value), { n: 1, unit: 'day', whenDone: false, text: 'day' }, days) + value.slice(10);
}

// The longest one step can be, so skipping floor(gap / this) steps never overshoots.
function approxDays(unit: Recurrence['unit'], n: number): number {
  const days = { hour: 1 / 24, day: 1, week: 7, month: 31, year: 366, weekday: 3 }[unit];
  return days * n;
}
