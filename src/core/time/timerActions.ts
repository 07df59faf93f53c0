import type { DateTimeString, InlineTask, Item, TimeInterval } from '../model/Item';
import type { InlineTaskEdit } from '../inline/completeInlineTask';
import type { Refusal } from '../model/Refusal';
import { Edits, type FrontmatterEdit, type FrontmatterScalar } from '../frontmatter/FrontmatterEdit';
import { actionMoment, planEdits, planNothing, planRefused, type ActionPlan } from '../actions/ActionPlan';
import { toMinuteNumber } from '../dates/dateTime';
import { formatInterval, formatMinutes } from './timeInterval';
import { startInlineTimer, stopInlineTimer } from './inlineTimer';

/** What a timer action needs of an item: its `time` as read and as written. */
export interface TimedItem {
  path: string;
  title: string;
  /** The parsed `time` list (absent when the note has none). */
  time?: readonly TimeInterval[];
  /** The `time` value as the frontmatter holds it, to rewrite it entry for entry. */
  rawTime: unknown;
  /** For an inline task: its line, whose `⏱` sub-items hold its time (`core/inline/taskTimeLines`). */
  inline?: InlineTask;
}

/** One item's part of a timer plan: frontmatter edits for a note, a rewrite of its note for an inline task. */
export interface TimerNoteEdit {
  /** The item's path (`<note>#L<line>` for an inline task). */
  path: string;
  title: string;
  /** The frontmatter edits of a task or habit note (empty for an inline task). */
  edits: FrontmatterEdit[];
  summary: string;
  /** For an inline task: the note to rewrite, read fresh, and the rewrite (`core/time/inlineTimer`). */
  inline?: { note: string; rewrite: (noteText: string) => InlineTaskEdit | Refusal };
}

/** Starting a timer: the notes to edit (the target, and any timer it stops), or why not. */
export type TimerPlan =
  | { ok: true; notes: TimerNoteEdit[]; summary: string; stopped: string[] }
  | { ok: false; field: string; message: string };

/** Options of starting a timer: `concurrent` lets other timers run on (the `concurrentTimers` setting). */
export interface StartTimerOptions {
  concurrent: boolean;
}

/** The item as a TimedItem when it is a task or habit (a note, or an inline task's line), else null. */
export function timedItem(item: Item): TimedItem | null {
  if (item.data.type !== 'task' && item.data.type !== 'habit') return null;
  const timed: TimedItem = { path: item.path, title: item.title, time: item.data.time, rawTime: item.frontmatter.time };
  if (item.inline !== undefined) timed.inline = item.inline;
  return timed;
}

/** The running interval of an item, if any. */
export function runningInterval(item: Pick<TimedItem, 'time'>): TimeInterval | undefined {
  return item.time?.find((i) => i.end === undefined);
}

/**
 * Plans starting a timer on `target` at `now`: appends `now/..` to its `time` list, written at
 * once so a restart never loses it. Unless `concurrent`, every other running timer is stopped at
 * the same moment (and named in the summary). A timer already running on the target is left alone.
 * @example planTimerStart(task, [other], '2026-12-03T09:00', { concurrent: false }) // stops other, starts task
 */
export function planTimerStart(
  target: TimedItem,
  running: readonly TimedItem[],
  now: DateTimeString,
  options: StartTimerOptions,
): TimerPlan {
  const at = actionMoment(undefined, now, 'time');
  if (typeof at !== 'string') return at;
  const current = runningInterval(target);
  if (current !== undefined)
    return { ok: true, notes: [], summary: `timer already running since ${current.start}`, stopped: [] };
  const notes: TimerNoteEdit[] = [];
  const stopped: string[] = [];
  if (!options.concurrent) {
    for (const other of running) {
      if (other.path === target.path || runningInterval(other) === undefined) continue;
      const stop = planTimerStop(other, now);
      if (!stop.ok) return { ok: false, field: stop.field, message: `${other.title}: ${stop.message}` };
      notes.push(...stop.notes);
      stopped.push(other.title);
    }
  }
  const task = target.inline;
  if (task !== undefined) {
    notes.push({
      path: target.path,
      title: target.title,
      edits: [],
      summary: `timer started ${now}`,
      inline: { note: task.note, rewrite: (text) => startInlineTimer(text, task, now) },
    });
    const summary = `timer started ${now}${stopped.length === 0 ? '' : ` (stopped ${stopped.join(', ')})`}`;
    return { ok: true, notes, summary, stopped };
  }
  const entry = formatInterval(now);
  const edits = appendEntry(target.rawTime, entry);
  if (edits === null) return planRefused('time', 'is not a list of intervals: fix it before starting a timer');
  const summary = `timer started ${now}${stopped.length === 0 ? '' : ` (stopped ${stopped.join(', ')})`}`;
  notes.push({ path: target.path, title: target.title, edits, summary: `timer started ${now}` });
  return { ok: true, notes, summary, stopped };
}

/**
 * Plans stopping the running timer of an item at `now`: its `start/..` entry becomes `start/now`,
 * every other entry kept as written. Nothing to do when no timer runs.
 * @example stopTimer(task, '2026-12-03T10:30') // time: [2026-12-03T09:00/2026-12-03T10:30], 'timer stopped (1h 30m)'
 */
export function stopTimer(item: TimedItem, now: DateTimeString): ActionPlan {
  if (item.inline !== undefined)
    return planRefused('time', 'an inline task keeps its time under its line: use planTimerStop');
  const current = runningInterval(item);
  if (current === undefined) return planNothing('no timer running');
  if (toMinuteNumber(now) < toMinuteNumber(current.start))
    return planRefused('time', `the timer started at ${current.start}, after now (${now}): fix the entry by hand`);
  const entries = Array.isArray(item.rawTime) ? (item.rawTime as unknown[]) : [item.rawTime];
  if (!entries.every(isScalar)) return planRefused('time', 'is not a list of intervals: fix it before stopping');
  const closed = formatInterval(current.start, now);
  const list = entries.map((e) => (e === current.text ? closed : e));
  const minutes = toMinuteNumber(now) - toMinuteNumber(current.start);
  return planEdits([Edits.set('time', list)], `timer stopped ${now} (${formatMinutes(minutes)})`);
}

/**
 * Plans stopping the timer running on a task or habit (a note or an inline task) at `now`: the
 * note's frontmatter edits (`stopTimer`), or the rewrite of an inline task's `⏱` entry. No notes
 * when no timer runs.
 * @example planTimerStop(inlineTask, '2026-12-03T10:30') // { ok: true, notes: [{ path: 'Week.md#L3', inline: { note: 'Week.md', rewrite } }], … }
 */
export function planTimerStop(item: TimedItem, now: DateTimeString): TimerPlan {
  const task = item.inline;
  if (task !== undefined) {
    if (runningInterval(item) === undefined) return { ok: true, notes: [], summary: 'no timer running', stopped: [] };
    const summary = `timer stopped ${now}`;
    const rewrite = (text: string): InlineTaskEdit | Refusal => stopInlineTimer(text, task, now);
    return {
      ok: true,
      notes: [{ path: item.path, title: item.title, edits: [], summary, inline: { note: task.note, rewrite } }],
      summary,
      stopped: [item.title],
    };
  }
  const plan = stopTimer(item, now);
  if (!plan.ok) return plan;
  const notes =
    plan.edits.length === 0 ? [] : [{ path: item.path, title: item.title, edits: plan.edits, summary: plan.summary }];
  return { ok: true, notes, summary: plan.summary, stopped: notes.length === 0 ? [] : [item.title] };
}

function appendEntry(raw: unknown, entry: string): FrontmatterEdit[] | null {
  if (raw === undefined || Array.isArray(raw)) return [Edits.append('time', entry)];
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return [Edits.set('time', [entry])];
  return isScalar(raw) ? [Edits.set('time', [raw, entry])] : null;
}

function isScalar(value: unknown): value is FrontmatterScalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** The kinds whose items can run a timer, in the order `runningTimers` lists them. */
const TIMED_KINDS = ['habit', 'task'] as const;

/** Every habit and task (note or inline task) whose timer runs (habits first, each kind by path); reads only those two kinds of the index. */
export function runningTimers(index: { byKind(kind: string): readonly Item[] }): TimedItem[] {
  const out: TimedItem[] = [];
  // Most tasks and habits run no timer: only those that do are made TimedItems.
  for (const kind of TIMED_KINDS)
    for (const item of index.byKind(kind)) {
      const data = item.data;
      if ((data.type !== 'task' && data.type !== 'habit') || runningInterval(data) === undefined) continue;
      const timed = timedItem(item);
      if (timed !== null) out.push(timed);
    }
  return out;
}
