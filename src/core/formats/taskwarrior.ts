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
  let hex = '';
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]) {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * One task as Taskwarrior 2.6 imports it: always a uuid; todo, doing and waiting are pending (doing
 * with `start`), done is completed and cancelled deleted (with `end` from `done`); `start` goes out
 * as `wait`; a recurring task is one plain task with its current due date, never a `recur` template.
 * Dates are UTC (`20261201T000000Z`); a plain date is its local midnight.
 */
export function taskwarriorTaskOf(item: ItemOf<'task'>, options: TaskwarriorWriteOptions): Record<string, unknown> {
  const d = item.data;
  const utc = (local: string | undefined): string | undefined =>
    local === undefined ? undefined : taskwarriorDateOf(local, options.zone);
  const out: Record<string, unknown> = {
    uuid: taskUuid(item),
    description: item.title,
    status: d.status === 'done' ? 'completed' : d.status === 'cancelled' ? 'deleted' : 'pending',
  };
  const set = (key: string, value: unknown): void => {
    if (value !== undefined) out[key] = value;
  };
  set('entry', utc(item.created));
  if (d.status === 'doing') set('start', utc(item.created ?? options.now));
  set('wait', utc(d.start));
  set('due', utc(d.due));
  set('scheduled', utc(d.scheduled));
  if (d.status === 'done' || d.status === 'cancelled') set('end', utc(d.done));
  set('priority', d.priority === undefined ? undefined : PRIORITY[d.priority]);
  set('project', d.project === undefined ? undefined : d.project.link ? basenameOf(d.project.link) : d.project.text);
  if (item.tags.length > 0) out.tags = [...item.tags];
  const depends = [
    ...new Set(
      d.depends.flatMap((target) => {
        const task = options.resolveTask(target, item.path);
        return task === undefined ? [] : [taskUuid(task)];
      }),
    ),
  ];
  if (depends.length > 0) out.depends = depends;
  return out;
}

/**
 * Tasks as the JSON `task export` writes and `task import` reads: an array, one task per line.
 * @example writeTaskwarrior([payRent], { zone, resolveTask, now }) // '[\n{"uuid":"…","description":"Pay rent",…}\n]\n'
 */
export function writeTaskwarrior(items: readonly ItemOf<'task'>[], options: TaskwarriorWriteOptions): string {
  if (items.length === 0) return '[\n]\n';
  return `[\n${items.map((item) => JSON.stringify(taskwarriorTaskOf(item, options))).join(',\n')}\n]\n`;
}
