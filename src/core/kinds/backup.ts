import type { DateTimeString, KindData } from '../model/Item';
import { addDays } from '../dates/arithmetic';
import { fromMinuteNumber, toMinuteNumber } from '../dates/dateTime';
import { addDuration } from '../dates/duration';
import { hasTime } from '../dates/parseDate';
import { addRecurrence } from '../dates/recurrence';
import type { FieldReader } from './fields/FieldReader';
import { dropUndefined } from './fields/dropUndefined';
import { ENUMS } from './registry';

/**
 * Reads a backup job. Without a valid `every` there is no cadence to judge it by, so the item is
 * dropped; a missing `tool` is a problem but the item is kept with tool `other`.
 */
export function parseBackup(r: FieldReader): KindData['backup'] | null {
  const tool = r.oneOf('tool', ENUMS.backupTool, { required: 'a backup needs the tool that runs it' });
  const every = r.cadence('every', { required: 'a backup needs a cadence, such as "day" or "week"' });
  const data = dropUndefined({
    type: 'backup' as const,
    tool: tool ?? 'other',
    repository: r.text('repository'),
    every: every ?? { n: 1, unit: 'day' as const, whenDone: false, text: 'day' },
    grace: r.duration('grace'),
    lastRun: r.dateTime('last-run'),
    lastResult: r.oneOf('last-result', ENUMS.backupResult),
    covers: r.links('covers'),
    restoreTested: r.date('restore-tested'),
  });
  return every === undefined ? null : data;
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
  const dueMinutes = data.grace === undefined
    ? nextMinutes + Math.max(MIN_GRACE_MINUTES, Math.round((nextMinutes - lastMinutes) * DEFAULT_GRACE_FRACTION))
    : toMinuteNumber(addDuration(fromMinuteNumber(nextMinutes), data.grace));
  const state = data.lastResult === 'failed' ? 'failed' : toMinuteNumber(now) > dueMinutes ? 'stale' : 'ok';
  return { state, nextRun: fromMinuteNumber(nextMinutes), dueBy: fromMinuteNumber(dueMinutes) };
}
