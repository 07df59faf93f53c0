import type { DateString, DateTimeString, InlineTask } from '../model/Item';
import { refusal, type Refusal } from '../model/Refusal';
import { toMinuteNumber } from '../dates/dateTime';
import { completeInlineTask, type InlineTaskEdit } from '../inline/completeInlineTask';
import { locateTask } from '../inline/locateTask';
import { TIMER_MARK, taskTimeBlock, type TaskTimeBlock } from '../inline/taskTimeLines';
import type { TasksSettings } from '../inline/TasksSettings';
import { formatInterval, formatMinutes, OPEN_END, parseTimeInterval } from './timeInterval';

type TaskRef = Pick<InlineTask, 'note' | 'line' | 'text'>;

/** The task's line index in the note's lines, or the refusal Tasks' own matching gives. */
function findTask(lines: readonly string[], task: TaskRef): number | Refusal {
  const at = locateTask(lines, task);
  if (at !== -1) return at;
  return refusal(
    'INLINE_TASK_MOVED',
    `the task "${task.text.trim()}" is no longer on line ${task.line} of ${task.note} and no single identical line was found: refresh and try again`,
    { line: task.line },
  );
}

/**
 * Starts a timer on an inline task: a `- ⏱ <now>/..` sub-item after its last `⏱` entry (right
 * below the task line when it has none), indented like its other sub-items; no other byte of the
 * note changes, so the running timer is in the note at once and a restart never loses it. Nothing
 * to do when a timer already runs on it.
 * @example startInlineTimer('- [ ] Write', { note: 'W.md', line: 1, text: '- [ ] Write' }, '2026-12-03T09:00').text // '- [ ] Write\n    - ⏱ 2026-12-03T09:00/..'
 */
export function startInlineTimer(noteText: string, task: TaskRef, now: DateTimeString): InlineTaskEdit | Refusal {
  const lines = noteText.split('\n');
  const at = findTask(lines, task);
  if (typeof at !== 'number') return at;
  const block = taskTimeBlock(lines, at);
  const running = block.lines.find((l) => l.entry.endsWith(`/${OPEN_END}`));
  if (running !== undefined)
    return { text: noteText, changed: false, summary: `timer already running since ${running.entry.split('/')[0]}` };
  insertEntries(lines, block, [formatInterval(now)], noteText.includes('\r\n') ? '\r' : '');
  return { text: lines.join('\n'), changed: true, summary: `timer started ${now}` };
}

/** Inserts `- ⏱ <entry>` lines where the block says, with the note's line ending. */
function insertEntries(lines: string[], block: TaskTimeBlock, entries: readonly string[], cr: string): void {
  const added = entries.map((e) => `${block.prefix}- ${TIMER_MARK} ${e}`);
  if (added.length === 0) return;
  if (block.insertAt < lines.length) lines.splice(block.insertAt, 0, ...added.map((l) => l + cr));
  else {
    // After the note's last line (no final newline): that line gets its line ending, the last new one none.
    lines[lines.length - 1] += cr;
    lines.push(...added.map((l, i) => (i === added.length - 1 ? l : l + cr)));
  }
}

/**
 * Sets an inline task's `⏱` entries to `entries` (an import merging another tracker's intervals):
 * its current entries, in order, are rewritten in place where they differ (only the interval's
 * text in the line), and the entries beyond them are added as new sub-items after the last one.
 * @example writeInlineTimeEntries('- [ ] A\n    - ⏱ 2026-12-01T09:00/..', task, ['2026-12-01T09:00/2026-12-01T10:00', '2026-12-02T09:00/2026-12-02T09:30']).text // '- [ ] A\n    - ⏱ 2026-12-01T09:00/2026-12-01T10:00\n    - ⏱ 2026-12-02T09:00/2026-12-02T09:30'
 */
export function writeInlineTimeEntries(
  noteText: string,
  task: TaskRef,
  entries: readonly string[],
): InlineTaskEdit | Refusal {
  const lines = noteText.split('\n');
  const at = findTask(lines, task);
  if (typeof at !== 'number') return at;
  const block = taskTimeBlock(lines, at);
  let changed = false;
  block.lines.forEach((own, i) => {
    const wanted = entries[i];
    if (wanted === undefined || wanted === own.entry) return;
    const line = lines[own.index] ?? '';
    const cut = line.lastIndexOf(own.entry);
    lines[own.index] = line.slice(0, cut) + wanted + line.slice(cut + own.entry.length);
    changed = true;
  });
  const extra = entries.slice(block.lines.length);
  insertEntries(lines, block, extra, noteText.includes('\r\n') ? '\r' : '');
  changed ||= extra.length > 0;
  const summary = `${entries.length} time ${entries.length === 1 ? 'entry' : 'entries'}`;
  return { text: changed ? lines.join('\n') : noteText, changed, summary };
}

/**
 * Stops the timer running on an inline task: its `⏱ start/..` entry becomes `start/<now>`, the
 * rest of that line and every other line kept byte for byte. Nothing to do when none runs.
 * @example stopInlineTimer('- [ ] Write\n    - ⏱ 2026-12-03T09:00/..', task, '2026-12-03T10:30').summary // 'timer stopped 2026-12-03T10:30 (1h 30m)'
 */
export function stopInlineTimer(noteText: string, task: TaskRef, now: DateTimeString): InlineTaskEdit | Refusal {
  const lines = noteText.split('\n');
  const at = findTask(lines, task);
  if (typeof at !== 'number') return at;
  const block = taskTimeBlock(lines, at);
  for (const own of block.lines) {
    const read = parseTimeInterval(own.entry);
    if (!read.ok || read.value.end !== undefined) continue;
    const start = read.value.start;
    if (toMinuteNumber(now) < toMinuteNumber(start))
      return refusal(
        'ACTION_REFUSED',
        `the timer started at ${start}, after now (${now}): fix the entry on line ${own.index + 1} by hand`,
        { field: 'time', line: own.index + 1 },
      );
    const line = lines[own.index] ?? '';
    const cut = line.lastIndexOf(own.entry);
    lines[own.index] = line.slice(0, cut) + formatInterval(start, now) + line.slice(cut + own.entry.length);
    const minutes = toMinuteNumber(now) - toMinuteNumber(start);
    return { text: lines.join('\n'), changed: true, summary: `timer stopped ${now} (${formatMinutes(minutes)})` };
  }
  return { text: noteText, changed: false, summary: 'no timer running' };
}

/**
 * Completes an inline task as Tasks does (`completeInlineTask`), stopping its running timer first
 * so the time spent ends when the task was done. The `⏱` entries stay under the completed line:
 * with Tasks' "next occurrence below" setting the new occurrence goes after them (Tasks itself
 * puts it right below the completed line, above the sub-items; only the place differs, the lines
 * are Tasks' own), so the time stays with the occurrence it was spent on.
 * @example completeTimedInlineTask(text, task, { day: '2026-12-03', now: '2026-12-03T10:30' }, settings).summary // 'timer stopped 2026-12-03T10:30 (1h 30m), done 2026-12-03'
 */
export function completeTimedInlineTask(
  noteText: string,
  task: TaskRef,
  moment: { day: DateString; now: DateTimeString },
  settings: TasksSettings,
): InlineTaskEdit | Refusal {
  const { day, now } = moment;
  const stopped = stopInlineTimer(noteText, task, now);
  if (!('text' in stopped)) return stopped;
  const done = completeInlineTask(stopped.text, task, day, settings);
  if (!('text' in done) || !done.changed) return stopped.changed && 'text' in done ? stopped : done;
  let text = done.text;
  const before = stopped.text.split('\n');
  const at = locateTask(before, task);
  const block = taskTimeBlock(before, at);
  const after = text.split('\n');
  const grew = after.length === before.length + 1;
  if (settings.recurrenceOnNextLine && grew && block.lines.length > 0) {
    // The completed line stays at `at` and the next occurrence follows it: move that one past the entries.
    const [next] = after.splice(at + 1, 1);
    after.splice(block.insertAt, 0, next ?? '');
    text = after.join('\n');
  }
  const summary = stopped.changed ? `${stopped.summary}, ${done.summary}` : done.summary;
  return { text, changed: true, summary };
}
