// The Taskwarrior reader and writer as they were before the reader read each task's fields by name
// into one shape and the writer wrote each line as text: the oracles of taskwarriorReader.test.ts
// and taskwarriorWriter.test.ts, which check the faster ones give the same result for any input.
// Not used by the product.
import { civilFromDays, daysInMonth, toDayNumber } from '../../../../src/core/dates/dayNumber';
import type { TaskwarriorWriteOptions, TimeZone } from '../../../../src/core/formats/taskwarrior';
import { basenameOf } from '../../../../src/core/index/linkPath';
import type { ItemOf, Priority } from '../../../../src/core/model/Item';
import type { TaskwarriorRead, TaskwarriorStatus, TaskwarriorTask } from '../../../../src/core/formats/taskwarriorJson';

/** Whether a text is a lowercase uuid, `8-4-4-4-12` hexadecimal digits (checked by hand: a regex costs more than parsing the JSON). */
function isUuid(text: string): boolean {
  if (text.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = text.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

const STATUSES: readonly TaskwarriorStatus[] = ['pending', 'completed', 'deleted', 'waiting', 'recurring'];
const DATE_FIELDS = ['entry', 'start', 'end', 'due', 'scheduled', 'wait'] as const;

/**
 * Reads what `task export` writes (a JSON array, one object per line) and what `task import` reads
 * (also a single object, or one object per line without brackets). Every entry is checked; any
 * problem is reported with its entry or line, and then no task is returned.
 * @example readTaskwarrior('[{"uuid":"…","description":"Pay rent","status":"pending","entry":"20261201T090000Z"}]').tasks[0].description // 'Pay rent'
 */
export function readTaskwarriorReference(text: string): TaskwarriorRead {
  const body = text.replace(/^\uFEFF/, '').trim();
  const values: unknown[] = [];
  /** The line of each value when the file has one object per line; empty for an array or a single object. */
  const lines: number[] = [];
  const label = (i: number): string => (lines.length > 0 ? `line ${lines[i]}` : `entry ${i + 1}`);
  const problems: string[] = [];
  if (body === '') return { tasks: [], labelOf: label, problems };
  if (body.startsWith('[')) {
    try {
      const data = JSON.parse(body) as unknown;
      if (!Array.isArray(data)) throw new Error('not an array');
      for (const value of data) values.push(value);
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
  const o = value as Record<string, unknown>;
  const uuid = typeof o.uuid === 'string' ? o.uuid.trim().toLowerCase() : undefined;
  if (uuid === undefined) return 'has no "uuid" (Taskwarrior would make a new task of it on every import)';
  if (!isUuid(uuid)) return `"uuid" ${JSON.stringify(o.uuid)} is not a uuid (8-4-4-4-12 hexadecimal digits)`;
  if (typeof o.description !== 'string' || o.description.trim() === '') return 'has no "description"';
  const status = o.status ?? 'pending';
  if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status))
    return `"status" ${JSON.stringify(o.status)} is not one of ${STATUSES.join(', ')}`;
  const task: TaskwarriorTask = {
    uuid,
    description: o.description.trim(),
    status: status as TaskwarriorStatus,
    tags: [],
    depends: [],
  };
  for (const field of DATE_FIELDS) {
    const raw = o[field];
    if (raw === undefined || raw === '') continue;
    const minutes = typeof raw === 'string' ? readTaskwarriorDateReference(raw) : null;
    if (minutes === null)
      return `"${field}" ${JSON.stringify(raw)} is not a Taskwarrior date (YYYYMMDDTHHMMSSZ, such as 20261201T000000Z)`;
    task[field] = minutes;
  }
  if (o.priority !== undefined && o.priority !== '') {
    if (o.priority !== 'H' && o.priority !== 'M' && o.priority !== 'L')
      return `"priority" ${JSON.stringify(o.priority)} is not H, M or L`;
    task.priority = o.priority;
  }
  for (const field of ['project', 'recur', 'parent'] as const) {
    const raw = o[field];
    if (raw === undefined || raw === '') continue;
    if (typeof raw !== 'string') return `"${field}" is not text`;
    task[field] = raw;
  }
  if (o.tags !== undefined) {
    if (!Array.isArray(o.tags) || !o.tags.every((t) => typeof t === 'string')) return '"tags" is not a list of text';
    task.tags = o.tags;
  }
  const depends = readDepends(o.depends);
  if (typeof depends === 'string') return depends;
  task.depends = depends;
  return task;
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

/** The number written by `length` ASCII digits of `text` from `at`, or -1 when one is not a digit. */
function digits(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A Taskwarrior date as UTC minutes since 1970 (seconds dropped), or null: `20261201T000000Z`, the
 * same without `Z` (read as UTC), or epoch seconds as Taskwarrior 2.6 also accepts.
 * @example readTaskwarriorDate('19700102T010000Z') // 1500
 */
export function readTaskwarriorDateReference(text: string): number | null {
  if (text.length <= 12 && /^\d+$/.test(text)) return Math.floor(Number(text) / 60);
  if ((text.length !== 16 || text[15] !== 'Z') && text.length !== 15) return null;
  if (text[8] !== 'T') return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 4, 2);
  const day = digits(text, 6, 2);
  const hour = digits(text, 9, 2);
  const minute = digits(text, 11, 2);
  const second = digits(text, 13, 2);
  if (year < 0 || hour < 0 || minute < 0 || second < 0 || hour > 23 || minute > 59 || second > 60) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return toDayNumber({ year, month, day }) * 1440 + hour * 60 + minute;
}

/** Two digits, zero-padded. */
function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/**
 * A validated local vault date or datetime (`YYYY-MM-DD[THH:mm]`) as a Taskwarrior UTC date (a date is its local midnight).
 * @example taskwarriorDateOf('2026-12-01', fixedOffsetZone(60)) // '20261130T230000Z'
 */
export function taskwarriorDateOfReference(local: string, zone: TimeZone): string {
  const days = toDayNumber({ year: digits(local, 0, 4), month: digits(local, 5, 2), day: digits(local, 8, 2) });
  const minutes = days * 1440 + (local.length > 10 ? digits(local, 11, 2) * 60 + digits(local, 14, 2) : 0);
  // The offset at the instant itself: guess from the local reading, then correct once (DST edges).
  let utc = minutes - zone.offsetMinutesAt(minutes);
  utc = minutes - zone.offsetMinutesAt(utc);
  const utcDays = Math.floor(utc / 1440);
  const rest = utc - utcDays * 1440;
  const c = civilFromDays(utcDays);
  return `${String(c.year).padStart(4, '0')}${two(c.month)}${two(c.day)}T${two(Math.floor(rest / 60))}${two(rest % 60)}00Z`;
}

const PRIORITY: Record<Priority, 'H' | 'M' | 'L'> = { high: 'H', medium: 'M', low: 'L' };

/**
 * A task's uuid: the one in its note, else one derived from its path (stable while the note keeps
 * its path; an import writes it into the note), shaped as an RFC 9562 version-8 uuid.
 * @example taskUuid(item) // '0f3c…-…'
 */
function taskUuid(item: Pick<ItemOf<'task'>, 'path' | 'data'>): string {
  return item.data.uuid ?? derivedTaskUuidReference(item.path);
}

/**
 * The uuid derived from a note's vault path: four FNV-1a hashes of it, version 8, RFC variant.
 * @example derivedTaskUuid('Tasks/Pay rent.md') // always the same 8-4-4-4-12 text
 */
export function derivedTaskUuidReference(path: string): string {
  const text = `vault-stack task:${path}`;
  // Four FNV-1a lanes in one pass, kept as int32 (no boxed doubles in the loop).
  let a = 0x811c9dc5 | 0;
  let b = 0x01000193 | 0;
  let c = 0x9e3779b9 | 0;
  let d = 0x85ebca6b | 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x01000193);
    c = Math.imul(c ^ ch, 0x01000193);
    d = Math.imul(d ^ ch, 0x01000193);
  }
  // 8-4-4-4-12 from the 32 hex digits of a, b, c, d: version 8 in b's fifth digit, the RFC variant in
  // c's first; built as character codes (one string, no intermediate pieces: exports derive thousands).
  const codes: number[] = [];
  const put = (n: number, from: number, to: number): void => {
    for (let shift = from; shift >= to; shift -= 4) codes.push(HEX_CODES[(n >>> shift) & 15]);
  };
  put(a, 28, 0);
  codes.push(DASH);
  put(b, 28, 16);
  codes.push(DASH, HEX_CODES[8]);
  put(b, 8, 0);
  codes.push(DASH, HEX_CODES[8 | ((c >>> 28) & 3)]);
  put(c, 24, 16);
  codes.push(DASH);
  put(c, 12, 0);
  put(d, 28, 0);
  return String.fromCharCode(...codes);
}

/** The character codes of `0`–`9`, `a`–`f`, and of `-`. */
const HEX_CODES: readonly number[] = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];
const DASH = 45;

/**
 * One task as Taskwarrior 2.6 imports it: always a uuid; todo, doing and waiting are pending (doing
 * with `start`), done is completed and cancelled deleted (with `end` from `done`); `start` goes out
 * as `wait`; a recurring task is one plain task with its current due date, never a `recur` template.
 * Dates are UTC (`20261201T000000Z`); a plain date is its local midnight.
 */
function taskwarriorTaskOf(
  item: ItemOf<'task'>,
  options: TaskwarriorWriteOptions,
  utc: (local: string) => string = (local) => taskwarriorDateOfReference(local, options.zone),
): Record<string, unknown> {
  const d = item.data;
  const out: Record<string, unknown> = {
    uuid: taskUuid(item),
    description: item.title,
    status: d.status === 'done' ? 'completed' : d.status === 'cancelled' ? 'deleted' : 'pending',
  };
  if (item.created !== undefined) out.entry = utc(item.created);
  if (d.status === 'doing') out.start = utc(item.created ?? options.now);
  if (d.start !== undefined) out.wait = utc(d.start);
  if (d.due !== undefined) out.due = utc(d.due);
  if (d.scheduled !== undefined) out.scheduled = utc(d.scheduled);
  if ((d.status === 'done' || d.status === 'cancelled') && d.done !== undefined) out.end = utc(d.done);
  if (d.priority !== undefined) out.priority = PRIORITY[d.priority];
  if (d.project !== undefined) out.project = d.project.link ? basenameOf(d.project.link) : d.project.text;
  if (item.tags.length > 0) out.tags = item.tags.slice();
  if (d.depends.length > 0) {
    const depends: string[] = [];
    for (const target of d.depends) {
      const task = options.resolveTask(target, item.path);
      const uuid = task === undefined ? undefined : taskUuid(task);
      if (uuid !== undefined && !depends.includes(uuid)) depends.push(uuid);
    }
    if (depends.length > 0) out.depends = depends;
  }
  return out;
}

/**
 * Tasks as the JSON `task export` writes and `task import` reads: an array, one task per line.
 * @example writeTaskwarrior([payRent], { zone, resolveTask, now }) // '[\n{"uuid":"…","description":"Pay rent",…}\n]\n'
 */
export function writeTaskwarriorReference(items: readonly ItemOf<'task'>[], options: TaskwarriorWriteOptions): string {
  if (items.length === 0) return '[\n]\n';
  // Many tasks share dates: convert each distinct one once.
  const seen = new Map<string, string>();
  const utc = (local: string): string => {
    let out = seen.get(local);
    if (out === undefined) seen.set(local, (out = taskwarriorDateOfReference(local, options.zone)));
    return out;
  };
  // One stringify for the array, then a line per task: every object starts with "uuid", and a quote
  // inside a string is escaped, so `},{"uuid"` only ever occurs between two tasks.
  const json = JSON.stringify(items.map((item) => taskwarriorTaskOf(item, options, utc)));
  return `[\n${json.slice(1, -1).replaceAll('},{"uuid"', '},\n{"uuid"')}\n]\n`;
}
