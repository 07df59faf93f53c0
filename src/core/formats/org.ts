import type { Item, ItemOf, Priority, Recurrence, TaskStatus } from '../model/Item';
import { weekdayOf } from '../dates/arithmetic';
import { toMinuteNumber } from '../dates/dateTime';
import { timeOf } from '../time/timeReport';

/** The Org keyword of each task status; the file's `#+TODO:` line declares the three Org lacks. */
export const ORG_KEYWORDS: Readonly<Record<TaskStatus, string>> = {
  todo: 'TODO',
  doing: 'DOING',
  waiting: 'WAITING',
  done: 'DONE',
  cancelled: 'CANCELLED',
};

/** Org's priority cookie of each priority (Org's default range A–C). */
export const ORG_PRIORITIES: Readonly<Record<Priority, string>> = { high: 'A', medium: 'B', low: 'C' };

/** The heading of tasks without a project. */
export const NO_PROJECT = 'No project';

const WEEKDAY_ABBREVIATIONS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** An Org export: the document and what could not be said in Org (one line per task and reason). */
export interface OrgExport {
  text: string;
  tasks: number;
  notes: string[];
}

/**
 * Org's repeater for a recurrence, or null when Org has none (`weekday`). A plain recurrence moves
 * to the first date of the series after the completion however late it is, which is Org's `++`
 * ("shift until in the future, keeping the series"); `when done` counts from the completion: `.+`.
 * @example orgRepeater(parseRecurrence('month')) // '++1m'
 * @example orgRepeater(parseRecurrence('3 days when done')) // '.+3d'
 */
export function orgRepeater(every: Recurrence): string | null {
  const unit = { day: 'd', week: 'w', month: 'm', year: 'y', hour: 'h', weekday: null }[every.unit];
  if (unit === null) return null;
  return `${every.whenDone ? '.+' : '++'}${every.n}${unit}`;
}

/**
 * An Org timestamp: `<2026-12-01 Tue>`, `<2026-12-01 Tue 14:00 ++1w>`; inactive (`[…]`) when `active` is false.
 * @example orgTimestamp('2026-12-01T14:00', '++1w') // '<2026-12-01 Tue 14:00 ++1w>'
 */
export function orgTimestamp(dateTime: string, repeater: string | null = null, active = true): string {
  const date = dateTime.slice(0, 10);
  const parts = [date, WEEKDAY_ABBREVIATIONS[weekdayOf(date)] ?? ''];
  if (dateTime.length > 10) parts.push(dateTime.slice(11, 16));
  if (repeater !== null) parts.push(repeater);
  return active ? `<${parts.join(' ')}>` : `[${parts.join(' ')}]`;
}

/**
 * An Org tag for a tag: Org allows letters, digits, `_`, `@`, `#` and `%`; anything else becomes `_`
 * (`client-x` → `client_x`, `area/home` → `area_home`).
 * @example orgTag('client-x') // 'client_x'
 */
export function orgTag(tag: string): string {
  return tag.replace(/[^\p{L}\p{N}_@#%]/gu, '_');
}

/**
 * Every task as an Org headline, grouped under one top-level headline per project (projects in name
 * order, then "No project"; tasks by path): keyword, priority cookie, title, tags; a planning line
 * with CLOSED, SCHEDULED and DEADLINE (the repeater on both dates, as Org shifts both); an `ID`
 * property (the note's path), `START` when the task has one, and its `time` as LOGBOOK clock lines.
 * @example exportOrg(index.byKind('task')).text.split('\n')[2] // '* Website'
 */
export function exportOrg(items: Iterable<Item>): OrgExport {
  const groups = new Map<string, ItemOf<'task'>[]>();
  for (const item of items) {
    if (item.data.type !== 'task') continue;
    const project = item.data.project?.text ?? NO_PROJECT;
    groups.set(project, [...(groups.get(project) ?? []), item as ItemOf<'task'>]);
  }
  const names = [...groups.keys()].sort((a, b) =>
    a === NO_PROJECT ? 1 : b === NO_PROJECT ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const lines = ['#+TITLE: Vault Stack tasks', `#+TODO: TODO DOING WAITING | DONE CANCELLED`, ''];
  const notes: string[] = [];
  let tasks = 0;
  for (const name of names) {
    lines.push(`* ${headlineText(name)}`);
    const group = (groups.get(name) ?? []).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const task of group) {
      lines.push(...taskLines(task, notes));
      tasks++;
    }
  }
  return { text: lines.join('\n') + '\n', tasks, notes };
}

function taskLines(task: ItemOf<'task'>, notes: string[]): string[] {
  const d = task.data;
  const head = [`**`, ORG_KEYWORDS[d.status]];
  if (d.priority !== undefined) head.push(`[#${ORG_PRIORITIES[d.priority]}]`);
  head.push(headlineText(task.title));
  const tags = [...new Set(task.tags.map(orgTag).filter((t) => t !== ''))];
  if (tags.length > 0) head.push(`:${tags.join(':')}:`);
  const repeater = d.every === undefined ? null : orgRepeater(d.every);
  if (d.every !== undefined && repeater === null)
    notes.push(`${task.path}: Org has no repeater for "every: ${d.every.text}" (kept in its EVERY property)`);
  const planning: string[] = [];
  if (d.done !== undefined && (d.status === 'done' || d.status === 'cancelled'))
    planning.push(`CLOSED: ${orgTimestamp(d.done, null, false)}`);
  const dated = d.due !== undefined || d.scheduled !== undefined;
  if (d.every !== undefined && repeater !== null && !dated)
    notes.push(`${task.path}: "every: ${d.every.text}" without a due or scheduled date has no Org timestamp to repeat`);
  if (d.scheduled !== undefined) planning.push(`SCHEDULED: ${orgTimestamp(d.scheduled, repeater)}`);
  if (d.due !== undefined) planning.push(`DEADLINE: ${orgTimestamp(d.due, repeater)}`);
  const out = [head.join(' ')];
  if (planning.length > 0) out.push(planning.join(' '));
  out.push(':PROPERTIES:', `:ID: ${task.path}`);
  if (d.start !== undefined) out.push(`:START: ${orgTimestamp(d.start, null, false)}`);
  if (d.every !== undefined) out.push(`:EVERY: ${d.every.text}`);
  out.push(':END:');
  const clocks = timeOf(task).filter((i) => i.end !== undefined);
  if (clocks.length > 0) {
    out.push(':LOGBOOK:');
    for (const clock of [...clocks].reverse()) {
      const end = clock.end ?? clock.start;
      const minutes = toMinuteNumber(end) - toMinuteNumber(clock.start);
      const duration = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
      out.push(
        `CLOCK: ${orgTimestamp(clock.start, null, false)}--${orgTimestamp(end, null, false)} => ${duration.padStart(5)}`,
      );
    }
    out.push(':END:');
  }
  return out;
}

/** A headline's text on one line; a leading `*`, keyword-like word or trailing `:tags:` cannot be misread. */
function headlineText(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  // A trailing `:word:` would read as tags, and a leading keyword or COMMENT as a keyword: a zero-width space breaks them.
  return one
    .replace(/(\s)(:[^\s]*:)$/u, '$1\u200b$2')
    .replace(/^(TODO|DOING|WAITING|DONE|CANCELLED|COMMENT)\b/, '\u200b$1');
}
