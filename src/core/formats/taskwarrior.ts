import { basenameOf } from '../index/linkPath';
import type { ItemOf, Priority } from '../model/Item';
import { taskwarriorDateOf, type TimeZone } from './taskwarriorDates';

export { readTaskwarrior, type TaskwarriorRead, type TaskwarriorTask } from './taskwarriorJson';
export { taskwarriorTarget } from './taskwarriorTarget';
export { fixedOffsetZone, type TimeZone } from './taskwarriorDates';

/** What writing Taskwarrior JSON needs besides the tasks. */
export interface TaskwarriorWriteOptions {
  /** The local time zone: vault dates are local, Taskwarrior's are UTC. */
  zone: TimeZone;
  /** The task a `depends` link written in the note at `fromPath` points to, if it is one. */
  resolveTask: (target: string, fromPath: string) => ItemOf<'task'> | undefined;
  /** The local moment (`YYYY-MM-DDTHH:mm`): when a task in progress without `created` counts as started. */
  now: string;
}

const PRIORITY: Record<Priority, 'H' | 'M' | 'L'> = { high: 'H', medium: 'M', low: 'L' };

/**
 * A task's uuid: the one in its note, else one derived from its path (stable while the note keeps
 * its path; an import writes it into the note), shaped as an RFC 9562 version-8 uuid.
 * @example taskUuid(item) // '0f3c…-…'
 */
export function taskUuid(item: Pick<ItemOf<'task'>, 'path' | 'data'>): string {
  return item.data.uuid ?? derivedTaskUuid(item.path);
}

/**
 * The uuid derived from a note's vault path: four FNV-1a hashes of it, version 8, RFC variant.
 * @example derivedTaskUuid('Tasks/Pay rent.md') // always the same 8-4-4-4-12 text
 */
export function derivedTaskUuid(path: string): string {
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
  // 8-4-4-4-12 from the 32 hex digits of a, b, c, d: version 8 in b's fifth digit, the RFC variant in c's first.
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-8${hex(b, 3)}-${HEX[8 | ((c >>> 28) & 3)]}${hex(c >>> 16, 3)}-${hex(c, 4)}${hex(d, 8)}`;
}

const HEX = '0123456789abcdef';

/** The low `count` hex digits of `n`. */
function hex(n: number, count: number): string {
  let out = '';
  for (let shift = (count - 1) * 4; shift >= 0; shift -= 4) out += HEX[(n >>> shift) & 15];
  return out;
}

/**
 * One task as Taskwarrior 2.6 imports it: always a uuid; todo, doing and waiting are pending (doing
 * with `start`), done is completed and cancelled deleted (with `end` from `done`); `start` goes out
 * as `wait`; a recurring task is one plain task with its current due date, never a `recur` template.
 * Dates are UTC (`20261201T000000Z`); a plain date is its local midnight.
 */
export function taskwarriorTaskOf(
  item: ItemOf<'task'>,
  options: TaskwarriorWriteOptions,
  utc: (local: string) => string = (local) => taskwarriorDateOf(local, options.zone),
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
export function writeTaskwarrior(items: readonly ItemOf<'task'>[], options: TaskwarriorWriteOptions): string {
  if (items.length === 0) return '[\n]\n';
  // Many tasks share dates: convert each distinct one once.
  const seen = new Map<string, string>();
  const utc = (local: string): string => {
    let out = seen.get(local);
    if (out === undefined) seen.set(local, (out = taskwarriorDateOf(local, options.zone)));
    return out;
  };
  // One stringify for the array, then a line per task: every object starts with "uuid", and a quote
  // inside a string is escaped, so `},{"uuid"` only ever occurs between two tasks.
  const json = JSON.stringify(items.map((item) => taskwarriorTaskOf(item, options, utc)));
  return `[\n${json.slice(1, -1).replaceAll('},{"uuid"', '},\n{"uuid"')}\n]\n`;
}
