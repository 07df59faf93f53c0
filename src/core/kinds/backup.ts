import type { DateTimeString, Duration, KindData, Recurrence } from '../model/Item';
import { addDays } from '../dates/arithmetic';
import { fromMinuteNumber, toMinuteNumber } from '../dates/dateTime';
import { addDuration, approxMinutes, durationInWords, formatDuration } from '../dates/duration';
import { hasTime } from '../dates/parseDate';
import { addRecurrence } from '../dates/recurrence';
import type { FieldReader } from './fields/FieldReader';
import { dropUndefined } from './fields/dropUndefined';
import { ENUMS } from './registry';
import { fail, ok, parseLinkValue, type Parsed } from './fields/valueParsers';

/**
 * Reads a backup job. Without a valid `every` there is no cadence to judge it by, so the item is
 * dropped; a missing `tool` is a problem but the item is kept with tool `other`.
 */
export function parseBackup(r: FieldReader): KindData['backup'] | null {
  const tool = r.oneOf('tool', ENUMS.backupTool, { required: 'a backup needs the tool that runs it' });
  const every = r.cadence('every', { required: 'a backup needs a cadence, such as "day", "week", 1d or 6h' });
  const grace = r.duration('grace');
  const graceWarning = every === undefined || grace === undefined ? null : graceMismatch(grace, every);
  if (graceWarning !== null) r.report('grace', graceWarning, 'warning');
  const data = dropUndefined({
    type: 'backup' as const,
    tool: tool ?? 'other',
    repository: r.text('repository'),
    every: every ?? { n: 1, unit: 'day' as const, whenDone: false, text: 'day' },
    grace,
    lastRun: r.dateTime('last-run'),
    lastResult: r.oneOf('last-result', ENUMS.backupResult),
    covers: r.links('covers'),
    restoreTested: r.date('restore-tested'),
    password: r.read('password', parsePasswordLink),
    ping: r.url('ping'),
    command: r.read('command', parseCommand),
  });
  return every === undefined ? null : data;
}

/**
 * The `password` field: a link to the `secret` item. Anything else may be the password itself, so
 * the message never repeats it (and never suggests making it a link).
 */
function parsePasswordLink(value: unknown): Parsed<string> {
  const link = parseLinkValue(value);
  return link.ok
    ? link
    : fail(
        'is not a link to a secret note: keep the password in a store (pass, gopass, an environment variable), describe it in a `stack: secret` note, and link that note here as "[[Note]]"',
      );
}

/**
 * The `command` field: a list of arguments, or one string split on spaces (write a list when an
 * argument holds a space).
 * @example parseCommand('restic backup --json /srv') // { ok: true, value: ['restic', 'backup', '--json', '/srv'] }
 */
export function parseCommand(value: unknown): Parsed<string[]> {
  const args = Array.isArray(value) ? value : typeof value === 'string' ? value.trim().split(/\s+/) : [value];
  if (args.length === 0 || args[0] === '')
    return fail('is empty: give the backup command, such as [restic, backup, /srv]');
  const bad = args.findIndex((a) => typeof a !== 'string' && typeof a !== 'number');
  if (bad >= 0) return fail(`argument ${bad + 1} is not text: write the command as a list of arguments`);
  return ok(args.map(String));
}

/** A grace longer than this many cadences is most likely a slip (`30m` read as minutes). */
export const GRACE_WARNING_FACTOR = 4;

const CADENCE_DURATION: Record<Recurrence['unit'], Duration['unit']> = {
  hour: 'h',
  day: 'd',
  weekday: 'd',
  week: 'w',
  month: 'm',
  year: 'y',
};

/**
 * A warning when `grace` is far longer than the cadence, saying what the grace means; null otherwise.
 * @example graceMismatch({ n: 30, unit: 'm' }, sixHours) // '30m is 30 months, … did you mean 30 minutes? …'
 */
export function graceMismatch(grace: Duration, every: Recurrence): string | null {
  const cadence = approxMinutes({ n: every.n, unit: CADENCE_DURATION[every.unit] });
  if (approxMinutes(grace) <= cadence * GRACE_WARNING_FACTOR) return null;
  const head = `${formatDuration(grace)} is ${durationInWords(grace)}, more than ${GRACE_WARNING_FACTOR} times the cadence (every ${every.text}), so a missed run goes unreported that long`;
  if (grace.unit !== 'm') return head;
  return `${head}. Did you mean ${grace.n} minutes? Frontmatter durations have no minutes (m is months); the smallest unit is h, as in 1h`;
}

/** Where a backup job stands. */
export interface BackupState {
  /** `failed`: the last run failed; `never`: no run recorded; `stale`: past `dueBy`; otherwise `ok`. */
  state: 'ok' | 'stale' | 'failed' | 'never';
  /** When the next run is expected: last run + cadence. */
  nextRun?: DateTimeString;
  /** When the job turns stale: next run + grace. */
  dueBy?: DateTimeString;
}

/** Default grace when none is given: a quarter of the cadence interval, but at least one hour. */
export const DEFAULT_GRACE_FRACTION = 0.25;
const MIN_GRACE_MINUTES = 60;

/**
 * The state of a backup job at `now`. A date-only `last-run` counts as the end of that day, so a
 * job that ran "sometime that day" is never reported stale early. The `when done` flag of the
 * cadence makes no difference here: runs always count from the last one. All arithmetic is in
 * minutes, so hour cadences work the same way (`6h` → default grace 1h30).
 * @example backupState({ ..., every: day, lastRun: '2026-11-27T02:00', lastResult: 'ok' }, '2026-11-28T09:00').state // 'stale'
 */
export function backupState(data: KindData['backup'], now: DateTimeString): BackupState {
  if (data.lastRun === undefined) return { state: data.lastResult === 'failed' ? 'failed' : 'never' };
  const last = hasTime(data.lastRun) ? data.lastRun : `${addDays(data.lastRun, 1)}T00:00`;
  const lastMinutes = toMinuteNumber(last);
  const nextMinutes = toMinuteNumber(addRecurrence(last, data.every));
  const dueMinutes =
    data.grace === undefined
      ? nextMinutes + Math.max(MIN_GRACE_MINUTES, Math.round((nextMinutes - lastMinutes) * DEFAULT_GRACE_FRACTION))
      : toMinuteNumber(addDuration(fromMinuteNumber(nextMinutes), data.grace));
  const state = data.lastResult === 'failed' ? 'failed' : toMinuteNumber(now) > dueMinutes ? 'stale' : 'ok';
  return { state, nextRun: fromMinuteNumber(nextMinutes), dueBy: fromMinuteNumber(dueMinutes) };
}
