import { inlineItemPath, type InlineTask, type Item, type KindData, type TaskStatus } from '../model/Item';
import { problem, type Problem } from '../model/Problem';
import { readInlineTimeLog } from '../time/inlineTimeLog';
import { readTaskLine } from './readTaskLine';
import { descriptionTags, type TasksDate, type TasksPriority } from './taskFields';
import type { TaskLineRef } from './TaskLineRef';
import { statusOf, type TasksSettings, type TasksStatusType } from './TasksSettings';

/** Tasks' status types as the task kind's statuses; a non-task status is not a task. */
const STATUS: Readonly<Record<TasksStatusType, TaskStatus | null>> = {
  TODO: 'todo',
  IN_PROGRESS: 'doing',
  ON_HOLD: 'waiting',
  DONE: 'done',
  CANCELLED: 'cancelled',
  NON_TASK: null,
};

const NO_FRONTMATTER: Readonly<Record<string, unknown>> = Object.freeze({});

/** What a note's checklist lines give: one task item per task line, and warnings about unusable values. */
export interface InlineTasksOfNote {
  items: Item[];
  problems: Problem[];
}

/**
 * The task items of a note's checklist lines (kind `task`, group `workflow`, identity
 * `<note>#L<line>`, title the description — without the global filter when Tasks' "remove global
 * filter" is on — and tags the description's tags but the global filter); its `⏱` sub-items
 * (`TaskLineRef.time`, docs/inline-tasks.md) are its `time`.
 * A date the calendar lacks is left out of the item, with a warning.
 * @example inlineTasksOf('Week.md', [{ line: 3, text: '- [ ] Pay rent 📅 2026-12-01' }], DEFAULT_TASKS_SETTINGS).items[0].path // 'Week.md#L3'
 */
export function inlineTasksOf(note: string, lines: readonly TaskLineRef[], settings: TasksSettings): InlineTasksOfNote {
  const items: Item[] = [];
  const problems: Problem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const ref = lines[i];
    const read = readTaskLine(ref.text, settings);
    if (read === null) continue;
    const status = STATUS[statusOf(settings, read.parts.symbol).type];
    if (status === null) continue;
    const f = read.fields;
    // Tasks' date fields in this order (a field read by name each, not by a key looked up in a loop).
    if (f.due !== undefined) warnInvalidDate(problems, note, ref.line, 'due', f.due);
    if (f.scheduled !== undefined) warnInvalidDate(problems, note, ref.line, 'scheduled', f.scheduled);
    if (f.start !== undefined) warnInvalidDate(problems, note, ref.line, 'start', f.start);
    if (f.done !== undefined) warnInvalidDate(problems, note, ref.line, 'done', f.done);
    if (f.created !== undefined) warnInvalidDate(problems, note, ref.line, 'created', f.created);
    if (f.cancelled !== undefined) warnInvalidDate(problems, note, ref.line, 'cancelled', f.cancelled);
    const inline: InlineTask = {
      note,
      line: ref.line,
      text: ref.text,
      symbol: read.parts.symbol,
      format: read.format,
      dependsOn: f.dependsOn,
    };
    if (f.priority !== 'none') inline.priority = f.priority;
    if (f.recurrence !== undefined) inline.recurrence = f.recurrence;
    if (f.created?.date !== undefined) inline.created = f.created.date;
    if (f.cancelled?.date !== undefined) inline.cancelled = f.cancelled.date;
    if (f.id !== '') inline.id = f.id;
    const data: KindData['task'] = { type: 'task', status, depends: [] };
    if (f.due?.date !== undefined) data.due = f.due.date;
    if (f.scheduled?.date !== undefined) data.scheduled = f.scheduled.date;
    if (f.start?.date !== undefined) data.start = f.start.date;
    if (f.done?.date !== undefined) data.done = f.done.date;
    const priority = itemPriority(f.priority);
    if (priority !== undefined) data.priority = priority;
    if (ref.time !== undefined) data.time = readInlineTimeLog(note, ref.line, ref.time, problems);
    const tags: string[] = [];
    // Every tag starts with `#`: most descriptions have none to look for.
    if (f.description.includes('#'))
      for (const tag of descriptionTags(f.description)) {
        const name = tag.replace(/^#+/, '');
        if (tag !== settings.globalFilter && name !== '' && !tags.includes(name)) tags.push(name);
      }
    const item: Item = {
      path: inlineItemPath(note, ref.line),
      kind: 'task',
      group: 'workflow',
      title: settings.removeGlobalFilter ? withoutGlobalFilter(f.description, settings.globalFilter) : f.description,
      tags,
      links: [],
      data,
      // Its `⏱` entries read as a task note's `time` property (queries, the stack block's Time summary).
      frontmatter: ref.time === undefined ? NO_FRONTMATTER : Object.freeze({ time: [...ref.time] }),
      inline,
    };
    if (inline.created !== undefined) item.created = inline.created;
    items.push(item);
  }
  return { items, problems };
}

/** The task kind's priority for a Tasks priority (none for `none`). */
function itemPriority(priority: TasksPriority): KindData['task']['priority'] {
  switch (priority) {
    case 'highest':
    case 'high':
      return 'high';
    case 'medium':
      return 'medium';
    case 'low':
    case 'lowest':
      return 'low';
    default:
      return undefined;
  }
}

/** A warning for a date field whose value the calendar lacks (Tasks reads it as an invalid date). */
function warnInvalidDate(problems: Problem[], note: string, line: number, field: string, value: TasksDate): void {
  if (value.date !== undefined) return;
  const p = problem(note, field, `"${value.text}" is not a date: Tasks reads it as an invalid date`, 'warning');
  p.line = line;
  problems.push(p);
}

/** The description without the global filter as a word, as Tasks shows it with "remove global filter" on. */
function withoutGlobalFilter(description: string, filter: string): string {
  if (filter === '') return description;
  const word = new RegExp(`(^|\\s)${filter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\s)`, 'ug');
  return description.search(word) > -1 ? description.replace(word, '$1$2').replace('  ', ' ').trim() : description;
}
