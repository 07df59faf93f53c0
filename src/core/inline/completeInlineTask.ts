import { addDays, differenceInCalendarDays } from '../dates/arithmetic';
import type { DateString, InlineTask } from '../model/Item';
import { refusal, type Refusal } from '../model/Refusal';
import { locateTask } from './locateTask';
import { readTaskLine } from './readTaskLine';
import type { TaskFields, TasksDate } from './taskFields';
import { nextAfter, parseTasksRule } from './tasksRecurrence';
import { nextRecurrenceStatus, statusOf, type TasksSettings, type TasksStatus } from './TasksSettings';
import { writeTaskLine } from './writeTaskLine';

/** A note's new text after an inline task changed, and what changed in words. */
export interface InlineTaskEdit {
  /** The whole note, to write back (unchanged when there was nothing to do). */
  text: string;
  changed: boolean;
  /** `done 2026-12-03`, `done 2026-12-03, next 2026-12-10`, or why nothing changed. */
  summary: string;
}

/**
 * Completes an inline task the way Tasks does when its checkbox is ticked, so the two plugins can
 * be used in turn on the same vault. The line gets the done status (`[x]`) and, when Tasks'
 * "set done date" is on, `✅ <day>` (`[completion:: <day>]` in the Dataview format); a cancelled
 * date goes. The whole line is rewritten in Tasks' field order, as Tasks writes it. A recurring
 * task gets its next occurrence as a new line above (below with Tasks' "next line" setting): the
 * dates move to the rule's next date after the reference date (due, else scheduled, else start),
 * or after the completion day for `when done`, keeping their distances; it loses id, depends on,
 * block link, done and cancelled dates, and gains a created date only with Tasks' "set created
 * date". `🏁 delete` removes the completed line. Refused: a line that cannot be found again, a
 * date the calendar lacks, and a rule Vault Stack cannot compute exactly.
 * @example completeInlineTask('- [ ] Pay rent 🔁 every month 📅 2026-12-01', task, '2026-12-03', settings).text // '- [ ] Pay rent 🔁 every month 📅 2027-01-01\n- [x] Pay rent 🔁 every month 📅 2026-12-01 ✅ 2026-12-03'
 */
export function completeInlineTask(
  noteText: string,
  task: Pick<InlineTask, 'note' | 'line' | 'text'>,
  day: DateString,
  settings: TasksSettings,
): InlineTaskEdit | Refusal {
  const lines = noteText.split('\n');
  const at = locateTask(lines, task);
  if (at === -1)
    return refusal(
      'INLINE_TASK_MOVED',
      `the task "${task.text.trim()}" is no longer on line ${task.line} of ${task.note} and no single identical line was found: refresh and try again`,
      { line: task.line },
    );
  const cr = lines[at].endsWith('\r') ? '\r' : '';
  const read = readTaskLine(task.text, settings);
  if (read === null)
    return refusal('INLINE_TASK_NOT_A_TASK', `line ${at + 1} of ${task.note} is not a task for Tasks`, {
      line: at + 1,
    });
  const { parts, fields } = read;
  const status = statusOf(settings, parts.symbol);
  if (status.type === 'DONE') return { text: noteText, changed: false, summary: 'already done' };
  const bad = badDate(fields);
  if (bad !== null)
    return refusal(
      'INLINE_TASK_BAD_DATE',
      `"${bad.text}" on line ${at + 1} of ${task.note} is not a date: correct it before completing the task`,
      { line: at + 1 },
    );
  let ruleText: string | undefined;
  let rule: ReturnType<typeof parseTasksRule> | undefined;
  if (fields.recurrence !== undefined) {
    rule = parseTasksRule(fields.recurrence);
    if (typeof rule === 'string') return refusal('INLINE_TASK_RULE', rule, { line: at + 1 });
    ruleText = rule.text;
  }
  const done = doneStatus(settings, status);
  const toggledFields: TaskFields = {
    ...fields,
    cancelled: undefined,
    done: settings.setDoneDate ? dated(day) : undefined,
  };
  const toggled = writeTaskLine(
    { parts: { ...parts, symbol: done.symbol }, fields: toggledFields, rule: ruleText },
    read.format,
  );
  const out: string[] = [];
  let nextDate: string | undefined;
  if (rule !== undefined && typeof rule !== 'string') {
    const ref = referenceDate(fields, settings);
    const nextRef = nextAfter(rule, rule.whenDone || ref === undefined ? day : ref);
    const move = (d: TasksDate | undefined): TasksDate | undefined =>
      d?.date === undefined || ref === undefined
        ? undefined
        : dated(addDays(nextRef, differenceInCalendarDays(d.date, ref)));
    const dropScheduled =
      settings.removeScheduledDateOnRecurrence && (fields.start !== undefined || fields.due !== undefined);
    const nextFields: TaskFields = {
      ...fields,
      id: '',
      dependsOn: [],
      created: settings.setCreatedDate ? dated(day) : undefined,
      cancelled: undefined,
      done: undefined,
      start: move(fields.start),
      scheduled: dropScheduled ? undefined : move(fields.scheduled),
      due: move(fields.due),
    };
    const symbol = nextRecurrenceStatus(settings, done).symbol;
    out.push(
      writeTaskLine({ parts: { ...parts, symbol, blockLink: '' }, fields: nextFields, rule: ruleText }, read.format),
    );
    nextDate = nextFields.due?.text ?? nextFields.scheduled?.text ?? nextFields.start?.text;
  }
  // `🏁 delete` drops the completed line, keeping only the next occurrence.
  if (fields.onCompletion !== 'delete') out.push(toggled);
  if (settings.recurrenceOnNextLine) out.reverse();
  lines.splice(at, 1, ...out.map((l) => l + cr));
  const summary = `done ${day}${nextDate === undefined ? '' : `, next ${nextDate}`}`;
  return { text: lines.join('\n'), changed: true, summary };
}

function dated(date: DateString): TasksDate {
  return { text: date, date };
}

/** The status a completion moves to: the current status's next one when that is a done status, else the first done status (`x` by default). */
function doneStatus(settings: TasksSettings, current: TasksStatus): TasksStatus {
  const next = statusOf(settings, current.next);
  if (next.type === 'DONE') return next;
  for (const s of settings.statuses.values()) if (s.type === 'DONE') return s;
  return { symbol: 'x', name: 'Done', next: ' ', type: 'DONE' };
}

/** Tasks' reference date: due, else scheduled, else start (start before scheduled when scheduled dates are removed on recurrence). */
function referenceDate(f: TaskFields, settings: TasksSettings): DateString | undefined {
  const order = settings.removeScheduledDateOnRecurrence
    ? [f.due, f.start, f.scheduled]
    : [f.due, f.scheduled, f.start];
  return order.find((d) => d !== undefined)?.date;
}

function badDate(f: TaskFields): TasksDate | null {
  for (const d of [f.due, f.scheduled, f.start, f.created, f.done, f.cancelled])
    if (d !== undefined && d.date === undefined) return d;
  return null;
}
