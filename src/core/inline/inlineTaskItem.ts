import { inlineItemPath, type InlineTask, type Item, type KindData, type TaskStatus } from '../model/Item';
import { problem, type Problem } from '../model/Problem';
import { readInlineTimeLog } from '../time/inlineTimeLog';
import { readTaskLine } from './readTaskLine';
import { descriptionTags, NONE, type TaskFields } from './taskFields';
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
    for (let k = 0; k < DATE_FIELDS.length; k++) {
      const field = DATE_FIELDS[k];
      const value = f[field];
      if (value !== undefined && value.date === undefined) {
        const p = problem(note, field, `"${value.text}" is not a date: Tasks reads it as an invalid date`, 'warning');
        p.line = ref.line;
        problems.push(p);
      }
    }
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
    const data: KindData['task'] = { type: 'task', status, depends: NONE };
    if (f.due?.date !== undefined) data.due = f.due.date;
    if (f.scheduled?.date !== undefined) data.scheduled = f.scheduled.date;
    if (f.start?.date !== undefined) data.start = f.start.date;
    if (f.done?.date !== undefined) data.done = f.done.date;
    const priority = PRIORITY[f.priority];
    if (priority !== undefined) data.priority = priority;
    if (ref.time !== undefined) data.time = readInlineTimeLog(note, ref.line, ref.time, problems);
    let tags: string[] = NONE;
    // Every tag starts with `#`: most descriptions have none to look for.
    if (f.description.includes('#'))
      for (const tag of descriptionTags(f.description)) {
        const name = tag.replace(/^#+/, '');
        // A list sized to its tags (a first push would reserve room for 17).
        if (tag !== settings.globalFilter && name !== '' && !tags.includes(name)) tags = [...tags, name];
      }
    const item: Item = {
      path: inlineItemPath(note, ref.line),
      kind: 'task',
      group: 'workflow',
      title: settings.removeGlobalFilter ? withoutGlobalFilter(f.description, settings.globalFilter) : f.description,
      tags,
      links: NONE,
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

const PRIORITY: Readonly<Record<string, KindData['task']['priority']>> = {
  highest: 'high',
  high: 'high',
  medium: 'medium',
  low: 'low',
  lowest: 'low',
};

/** The date fields whose invalid values are warned about, in this order. */
const DATE_FIELDS = [
  'due',
  'scheduled',
  'start',
  'done',
  'created',
  'cancelled',
] as const satisfies readonly (keyof TaskFields)[];

/** The description without the global filter as a word, as Tasks shows it with "remove global filter" on. */
function withoutGlobalFilter(description: string, filter: string): string {
  if (filter === '') return description;
  const word = new RegExp(`(^|\\s)${filter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\s)`, 'ug');
  return description.search(word) > -1 ? description.replace(word, '$1$2').replace('  ', ' ').trim() : description;
}
