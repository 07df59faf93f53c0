import { parseRecurrence } from '../dates/parseRecurrence';
import { parseDateTime } from '../dates/parseDate';
import type { FrontmatterValue } from '../frontmatter/FrontmatterEdit';
import { frontmatterEqual } from '../index/frontmatterEqual';
import { basenameOf } from '../index/linkPath';
import { readLink } from '../kinds/fields/wikilink';
import { KIND_SPECS } from '../kinds/registry';
import type { Priority, TaskStatus } from '../model/Item';
import type { ImportFields, ImportTarget } from './ImportTarget';
import { localVaultDate, type TimeZone } from './taskwarriorDates';
import type { TaskwarriorTask } from './taskwarriorJson';

const PRIORITY: Record<'H' | 'M' | 'L', Priority> = { H: 'high', M: 'medium', L: 'low' };
const DATE_FIELDS = new Set(['due', 'scheduled', 'start', 'done', 'created']);

/**
 * How Taskwarrior tasks become task notes (key `uuid`): description → title, pending → todo (doing
 * when started), completed → done, deleted → cancelled, entry → created, due and scheduled as they
 * are, wait → start (not actionable before), end → done (the day), priority H/M/L → high/medium/low,
 * project, tags, depends → links to the notes of those uuids, an instance's recur → every. Dates
 * become local (`zone`): a date at local midnight is a plain date.
 */
export function taskwarriorTarget(zone: TimeZone): ImportTarget<TaskwarriorTask> {
  const local = (minutes: number | undefined): string | undefined =>
    minutes === undefined ? undefined : localVaultDate(minutes, zone);
  return {
    kind: 'task',
    templateFields: KIND_SPECS.task.fields,
    keyField: 'uuid',
    keyOf: (t) => t.uuid,
    titleOf: (t) => t.description,
    fieldsOf(t, links): ImportFields {
      const closed = t.status === 'completed' || t.status === 'deleted';
      const depends = t.depends.flatMap((uuid) => links.linkTo(uuid) ?? []);
      return {
        status: statusOf(t),
        created: local(t.entry),
        due: local(t.due),
        scheduled: local(t.scheduled),
        start: local(t.wait),
        done: closed && t.end !== undefined ? local(t.end)?.slice(0, 10) : undefined,
        priority: t.priority === undefined ? undefined : PRIORITY[t.priority],
        project: t.project,
        tags: t.tags,
        depends: depends.length > 0 ? depends : undefined,
        every: t.recur === undefined ? undefined : everyOf(t.recur),
      };
    },
    same: sameTaskValue,
  };
}

/** A task's status in the vault. */
function statusOf(t: TaskwarriorTask): TaskStatus {
  if (t.status === 'completed') return 'done';
  if (t.status === 'deleted') return 'cancelled';
  return t.start !== undefined ? 'doing' : 'todo';
}

const NAMED_RECUR: Readonly<Record<string, string>> = {
  biweekly: '2 weeks',
  fortnight: '2 weeks',
  bimonthly: '2 months',
  quarterly: '3 months',
  semiannual: '6 months',
  annual: 'year',
  weekdays: 'weekday',
};

/**
 * A Taskwarrior `recur` as a vault recurrence (`weekly` → `week`, `3wks` → `3 weeks`, `P14D` → `14 days`),
 * or undefined for one the vault cannot express (hours, minutes).
 * @example everyOf('2wks') // '2 weeks'
 */
export function everyOf(recur: string): string | undefined {
  const text = recur.trim().toLowerCase();
  const iso = /^p(\d+)([dwmy])$/.exec(text);
  const r = parseRecurrence(NAMED_RECUR[text] ?? (iso ? `${iso[1]}${iso[2]}` : text));
  if (r === null || r.unit === 'hour') return undefined;
  if (r.unit === 'weekday') return 'weekday';
  return r.n === 1 ? r.unit : `${r.n} ${r.unit}s`;
}

/** Whether a vault value means the same as an incoming one: dates by value, tags as sets, links by name. */
export function sameTaskValue(field: string, vault: unknown, incoming: FrontmatterValue | undefined): boolean {
  if (DATE_FIELDS.has(field) && typeof vault === 'string' && typeof incoming === 'string')
    return parseDateTime(vault) === parseDateTime(incoming);
  if (field === 'tags') return sameSet(asList(vault), asList(incoming), (t) => t.replace(/^#/, ''));
  if (field === 'depends') return sameSet(linkTargets(vault), linkTargets(incoming), linkName);
  if (field === 'project' && vault !== undefined && vault !== null && typeof incoming === 'string') {
    const link = readLink(vault);
    return (link === null ? scalarText(vault) : basenameOf(link.target)) === incoming;
  }
  if (field === 'every' && typeof vault === 'string' && typeof incoming === 'string') {
    const a = parseRecurrence(vault);
    const b = parseRecurrence(incoming);
    return a !== null && b !== null && a.n === b.n && a.unit === b.unit && !a.whenDone;
  }
  return frontmatterEqual(vault ?? null, incoming ?? null);
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(scalarText);
  return value === undefined || value === null ? [] : [scalarText(value)];
}

function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value).trim()
    : JSON.stringify(value);
}

function linkTargets(value: unknown): string[] {
  const single = readLink(value);
  if (single !== null) return [single.target];
  return Array.isArray(value) ? value.flatMap((v) => readLink(v)?.target ?? []) : [];
}

function linkName(target: string): string {
  return basenameOf(target).toLowerCase();
}

function sameSet(a: readonly string[], b: readonly string[], key: (s: string) => string): boolean {
  const left = new Set(a.map(key));
  const right = new Set(b.map(key));
  return left.size === right.size && [...left].every((x) => right.has(x));
}
