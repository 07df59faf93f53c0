import { readTaskwarriorDate } from './taskwarriorDates';

/** A Taskwarrior status (2.6: `waiting` is deprecated but still read). */
export type TaskwarriorStatus = 'pending' | 'completed' | 'deleted' | 'waiting' | 'recurring';

/** One task of Taskwarrior's JSON, checked: dates as UTC minutes since 1970, uuids lowercase; absent fields may be there as undefined. */
export interface TaskwarriorTask {
  uuid: string;
  description: string;
  status: TaskwarriorStatus;
  entry?: number;
  start?: number;
  end?: number;
  due?: number;
  scheduled?: number;
  wait?: number;
  priority?: 'H' | 'M' | 'L';
  project?: string;
  tags: string[];
  depends: string[];
  recur?: string;
  parent?: string;
}

/** What reading a Taskwarrior JSON file gives: the tasks and how each is named in messages, or the problems. */
export interface TaskwarriorRead {
  tasks: TaskwarriorTask[];
  /** How task `index` is named in messages: `entry 3` (in an array) or `line 3` (one object per line). */
  labelOf: (index: number) => string;
  /** Every entry that cannot be read, named: `entry 3: "due" is not a Taskwarrior date …`. */
  problems: string[];
}

/** Whether a text is a lowercase uuid, `8-4-4-4-12` hexadecimal digits (checked by hand: a regex costs more than parsing the JSON). */
function isUuid(text: string): boolean {
  if (text.length !== 36) return false;
  if (
    text.charCodeAt(8) !== 45 ||
    text.charCodeAt(13) !== 45 ||
    text.charCodeAt(18) !== 45 ||
    text.charCodeAt(23) !== 45
  )
    return false;
  return (
    hexDigits(text, 0, 8) &&
    hexDigits(text, 9, 13) &&
    hexDigits(text, 14, 18) &&
    hexDigits(text, 19, 23) &&
    hexDigits(text, 24, 36)
  );
}

/** Whether `text` from `start` to `end` is lowercase hexadecimal digits. */
function hexDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Unsigned: below '0' (or 'a') wraps to a large number.
    if ((c - 48) >>> 0 > 9 && (c - 97) >>> 0 > 5) return false;
  }
  return true;
}

const STATUSES: readonly TaskwarriorStatus[] = ['pending', 'completed', 'deleted', 'waiting', 'recurring'];

/**
 * Reads what `task export` writes (a JSON array, one object per line) and what `task import` reads
 * (also a single object, or one object per line without brackets). Every entry is checked; any
 * problem is reported with its entry or line, and then no task is returned.
 * @example readTaskwarrior('[{"uuid":"…","description":"Pay rent","status":"pending","entry":"20261201T090000Z"}]').tasks[0].description // 'Pay rent'
 */
export function readTaskwarrior(text: string): TaskwarriorRead {
  const body = text.replace(/^\uFEFF/, '').trim();
  let values: unknown[] = [];
  /** The line of each value when the file has one object per line; empty for an array or a single object. */
  const lines: number[] = [];
  const label = (i: number): string => (lines.length > 0 ? `line ${lines[i]}` : `entry ${i + 1}`);
  const problems: string[] = [];
  if (body === '') return { tasks: [], labelOf: label, problems };
  if (body.startsWith('[')) {
    try {
      const data = JSON.parse(body) as unknown;
      if (!Array.isArray(data)) throw new Error('not an array');
      values = data;
    } catch (error) {
      return { tasks: [], labelOf: (i) => `entry ${i + 1}`, problems: [jsonProblem(text, error)] };
    }
  } else {
    let single: unknown;
    try {
      single = JSON.parse(body);
    } catch {
      single = undefined;
    }
    if (single !== undefined) values.push(single);
    else
      text.split('\n').forEach((line, i) => {
        const trimmed = line.trim().replace(/,$/, '');
        if (trimmed === '') return;
        try {
          values.push(JSON.parse(trimmed) as unknown);
          lines.push(i + 1);
        } catch {
          problems.push(`line ${i + 1}: not a JSON object (Taskwarrior writes one task per line)`);
        }
      });
  }
  const tasks: TaskwarriorTask[] = [];
  for (let i = 0; i < values.length; i++) {
    const read = readTask(values[i]);
    if (typeof read === 'string') problems.push(`${label(i)}: ${read}`);
    else tasks.push(read);
  }

  return problems.length > 0 ? { tasks: [], labelOf: label, problems } : { tasks, labelOf: label, problems };
}

/**
 * Where a JSON syntax error is: the position the parser names, else the first line that does not
 * parse on its own (`task export` writes one task per line).
 */
function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message === 'not an array') return 'entry 1: not a JSON array of tasks';
  const at = /position (\d+)/.exec(message);
  let line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
  if (line === undefined) {
    const lines = text.split('\n');
    const bad = lines.findIndex((l) => {
      const t = l.trim().replace(/,$/, '');
      if (t === '' || t === '[' || t === ']') return false;
      try {
        JSON.parse(t);
        return false;
      } catch {
        return true;
      }
    });
    if (bad >= 0) line = bad + 1;
  }
  return `${line === undefined ? 'the file' : `line ${line}`}: not valid JSON (${message.split('\n')[0]})`;
}

/** One checked task, or why it cannot be read. */
function readTask(value: unknown): TaskwarriorTask | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  // The fields this reader knows, in one pass over the keys the object has: objects from JSON come
  // in many shapes, and reading 15 names from each (most absent) costs more than visiting its own.
  const o = fieldsOf(value);
  const uuid = typeof o.uuid === 'string' ? o.uuid.trim().toLowerCase() : undefined;
  if (uuid === undefined) return 'has no "uuid" (Taskwarrior would make a new task of it on every import)';
  if (!isUuid(uuid)) return `"uuid" ${JSON.stringify(o.uuid)} is not a uuid (8-4-4-4-12 hexadecimal digits)`;
  if (typeof o.description !== 'string' || o.description.trim() === '') return 'has no "description"';
  const status = o.status ?? 'pending';
  if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status))
    return `"status" ${JSON.stringify(o.status)} is not one of ${STATUSES.join(', ')}`;
  // Each field by name (a load the engine can cache, unlike o[field] in a loop), checked in this order.
  const entry = minutesOf(o.entry);
  if (entry === null) return dateProblem('entry', o.entry);
  const start = minutesOf(o.start);
  if (start === null) return dateProblem('start', o.start);
  const end = minutesOf(o.end);
  if (end === null) return dateProblem('end', o.end);
  const due = minutesOf(o.due);
  if (due === null) return dateProblem('due', o.due);
  const scheduled = minutesOf(o.scheduled);
  if (scheduled === null) return dateProblem('scheduled', o.scheduled);
  const wait = minutesOf(o.wait);
  if (wait === null) return dateProblem('wait', o.wait);
  let priority: TaskwarriorTask['priority'];
  if (o.priority !== undefined && o.priority !== '') {
    if (o.priority !== 'H' && o.priority !== 'M' && o.priority !== 'L')
      return `"priority" ${JSON.stringify(o.priority)} is not H, M or L`;
    priority = o.priority;
  }
  const project = textOf(o.project);
  if (project === null) return '"project" is not text';
  const recur = textOf(o.recur);
  if (recur === null) return '"recur" is not text';
  const parent = textOf(o.parent);
  if (parent === null) return '"parent" is not text';
  let tags: string[] = [];
  if (o.tags !== undefined) {
    if (!Array.isArray(o.tags) || !o.tags.every((t) => typeof t === 'string')) return '"tags" is not a list of text';
    tags = o.tags;
  }
  const depends = readDepends(o.depends);
  if (typeof depends === 'string') return depends;
  // One shape for every task (absent fields undefined): far cheaper than adding fields one by one.
  return {
    uuid,
    description: o.description.trim(),
    status: status as TaskwarriorStatus,
    entry,
    start,
    end,
    due,
    scheduled,
    wait,
    priority,
    project,
    tags,
    depends,
    recur,
    parent,
  };
}

/** The fields {@link readTask} reads, as the object has them (undefined when absent). */
interface TaskFields {
  uuid: unknown;
  description: unknown;
  status: unknown;
  entry: unknown;
  start: unknown;
  end: unknown;
  due: unknown;
  scheduled: unknown;
  wait: unknown;
  priority: unknown;
  project: unknown;
  recur: unknown;
  parent: unknown;
  tags: unknown;
  depends: unknown;
}

/** `value`'s known fields, visiting each of its keys once. */
function fieldsOf(value: object): TaskFields {
  const f: TaskFields = {
    uuid: undefined,
    description: undefined,
    status: undefined,
    entry: undefined,
    start: undefined,
    end: undefined,
    due: undefined,
    scheduled: undefined,
    wait: undefined,
    priority: undefined,
    project: undefined,
    recur: undefined,
    parent: undefined,
    tags: undefined,
    depends: undefined,
  };
  const o = value as Record<string, unknown>;
  for (const key in o) {
    switch (key) {
      case 'uuid':
      case 'description':
      case 'status':
      case 'entry':
      case 'start':
      case 'end':
      case 'due':
      case 'scheduled':
      case 'wait':
      case 'priority':
      case 'project':
      case 'recur':
      case 'parent':
      case 'tags':
      case 'depends':
        f[key] = o[key];
    }
  }
  return f;
}

/** A date field as UTC minutes, undefined when absent or empty, null when it is no Taskwarrior date. */
function minutesOf(raw: unknown): number | undefined | null {
  if (raw === undefined || raw === '') return undefined;
  return typeof raw === 'string' ? readTaskwarriorDate(raw) : null;
}

function dateProblem(field: string, raw: unknown): string {
  return `"${field}" ${JSON.stringify(raw)} is not a Taskwarrior date (YYYYMMDDTHHMMSSZ, such as 20261201T000000Z)`;
}

/** A text field, undefined when absent or empty, null when it is not text. */
function textOf(raw: unknown): string | undefined | null {
  if (raw === undefined || raw === '') return undefined;
  return typeof raw === 'string' ? raw : null;
}

/** `depends`: an array of uuids (2.6 and later), a comma string (2.5), or the broken `"[\"uuid\"]"` form taskserver made. */
function readDepends(raw: unknown): string[] | string {
  if (raw === undefined || raw === '') return [];
  let list: unknown[];
  if (Array.isArray(raw)) list = raw;
  else if (typeof raw === 'string') list = raw.replace(/[[\]"\s]/g, '').split(',');
  else return '"depends" is not a list of uuids';
  const out: string[] = [];
  for (const item of list) {
    const uuid = typeof item === 'string' ? item.trim().toLowerCase() : '';
    if (!isUuid(uuid)) return `"depends" has ${JSON.stringify(item)}, which is not a uuid`;
    out.push(uuid);
  }
  return out;
}
