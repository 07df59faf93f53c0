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
  // Four FNV-1a lanes in one pass, kept as int32 (no boxed doubles in the loop), started from their
  // state after the constant prefix `vault-stack task:`.
  let a = PREFIX_LANES[0];
  let b = PREFIX_LANES[1];
  let c = PREFIX_LANES[2];
  let d = PREFIX_LANES[3];
  for (let i = 0; i < path.length; i++) {
    const ch = path.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x01000193);
    c = Math.imul(c ^ ch, 0x01000193);
    d = Math.imul(d ^ ch, 0x01000193);
  }
  // 8-4-4-4-12 from the 32 hex digits of a, b, c, d: version 8 in b's fifth digit, the RFC variant in
  // c's first; one string made from its character codes as arguments (no array, no pieces: exports
  // derive thousands).
  return String.fromCharCode(
    hex(a, 28),
    hex(a, 24),
    hex(a, 20),
    hex(a, 16),
    hex(a, 12),
    hex(a, 8),
    hex(a, 4),
    hex(a, 0),
    DASH,
    hex(b, 28),
    hex(b, 24),
    hex(b, 20),
    hex(b, 16),
    DASH,
    HEX_CODES[8],
    hex(b, 8),
    hex(b, 4),
    hex(b, 0),
    DASH,
    HEX_CODES[8 | ((c >>> 28) & 3)],
    hex(c, 24),
    hex(c, 20),
    hex(c, 16),
    DASH,
    hex(c, 12),
    hex(c, 8),
    hex(c, 4),
    hex(c, 0),
    hex(d, 28),
    hex(d, 24),
    hex(d, 20),
    hex(d, 16),
    hex(d, 12),
    hex(d, 8),
    hex(d, 4),
    hex(d, 0),
  );
}

/** The character code of the hex digit of `n` at bit `shift`. */
function hex(n: number, shift: number): number {
  return HEX_CODES[(n >>> shift) & 15];
}

/** The four FNV-1a lanes of {@link derivedTaskUuid} after hashing `vault-stack task:`. */
const PREFIX_LANES: readonly number[] = (() => {
  const lanes = [0x811c9dc5 | 0, 0x01000193 | 0, 0x9e3779b9 | 0, 0x85ebca6b | 0];
  const prefix = 'vault-stack task:';
  for (let i = 0; i < prefix.length; i++)
    for (let l = 0; l < 4; l++) lanes[l] = Math.imul(lanes[l] ^ prefix.charCodeAt(i), 0x01000193);
  return lanes;
})();

/** The character codes of `0`–`9`, `a`–`f`, and of `-`. */
const HEX_CODES: readonly number[] = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];
const DASH = 45;

/**
 * One task as Taskwarrior 2.6 imports it: always a uuid; todo, doing and waiting are pending (doing
 * with `start`), done is completed and cancelled deleted (with `end` from `done`); `start` goes out
 * as `wait`; a recurring task is one plain task with its current due date, never a `recur` template.
 * Dates are UTC (`20261201T000000Z`); a plain date is its local midnight. Absent fields are there as undefined;
 * `tags` is the item's own list (the object is for writing out, not for changing).
 */
export function taskwarriorTaskOf(
  item: ItemOf<'task'>,
  options: TaskwarriorWriteOptions,
  utc: (local: string) => string = (local) => taskwarriorDateOf(local, options.zone),
): Record<string, unknown> {
  const d = item.data;
  const closed = d.status === 'done' || d.status === 'cancelled';
  // One shape for every task, absent fields undefined (JSON leaves them out): far cheaper to build
  // than adding fields one by one. The keys in this order are the order they are written in.
  return {
    uuid: taskUuid(item),
    description: item.title,
    status: d.status === 'done' ? 'completed' : d.status === 'cancelled' ? 'deleted' : 'pending',
    entry: item.created === undefined ? undefined : utc(item.created),
    start: d.status === 'doing' ? utc(item.created ?? options.now) : undefined,
    wait: d.start === undefined ? undefined : utc(d.start),
    due: d.due === undefined ? undefined : utc(d.due),
    scheduled: d.scheduled === undefined ? undefined : utc(d.scheduled),
    end: closed && d.done !== undefined ? utc(d.done) : undefined,
    priority: d.priority === undefined ? undefined : PRIORITY[d.priority],
    project: d.project === undefined ? undefined : d.project.link ? basenameOf(d.project.link) : d.project.text,
    tags: item.tags.length > 0 ? item.tags : undefined,
    depends: d.depends.length > 0 ? dependUuids(item, options) : undefined,
  };
}

/** The uuids of the tasks a task depends on that resolve, each once, in order; undefined when none does. */
function dependUuids(item: ItemOf<'task'>, options: TaskwarriorWriteOptions): string[] | undefined {
  const depends: string[] = [];
  for (const target of item.data.depends) {
    const task = options.resolveTask(target, item.path);
    const uuid = task === undefined ? undefined : taskUuid(task);
    if (uuid !== undefined && !depends.includes(uuid)) depends.push(uuid);
  }
  return depends.length > 0 ? depends : undefined;
}

/**
 * Tasks as the JSON `task export` writes and `task import` reads: an array, one task per line.
 * @example writeTaskwarrior([payRent], { zone, resolveTask, now }) // '[\n{"uuid":"…","description":"Pay rent",…}\n]\n'
 */
export function writeTaskwarrior(items: readonly ItemOf<'task'>[], options: TaskwarriorWriteOptions): string {
  if (items.length === 0) return '[\n]\n';
  // Many tasks share dates: convert each distinct one once (see cachedUtc).
  exportZone = options.zone;
  exportDates.clear();
  // One stringify for the array, then a line per task: every object starts with "uuid", and a quote
  // inside a string is escaped, so `},{"uuid"` only ever occurs between two tasks.
  let json: string;
  try {
    const tasks: Record<string, unknown>[] = [];
    for (const item of items) tasks.push(taskwarriorTaskOf(item, options, cachedUtc));
    json = JSON.stringify(tasks);
  } finally {
    exportDates.clear();
    exportZone = undefined;
  }
  return `[\n${json.slice(1, -1).replaceAll('},{"uuid"', '},\n{"uuid"')}\n]\n`;
}

// The date cache of the export being written. One function for every export, not a closure made per
// export: optimised code that called one closure is compiled again (on a helper thread) for the next's.
let exportZone: TimeZone | undefined;
const exportDates = new Map<string, string>();

/** {@link taskwarriorDateOf} in the zone of the export being written, each distinct date converted once. */
function cachedUtc(local: string): string {
  let out = exportDates.get(local);
  if (out === undefined && exportZone !== undefined)
    exportDates.set(local, (out = taskwarriorDateOf(local, exportZone)));
  return out ?? '';
}
