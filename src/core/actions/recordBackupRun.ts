import type { DateTimeString, KindData } from '../model/Item';
import { compareDateTimes } from '../dates/dateTime';
import { Edits } from '../frontmatter/FrontmatterEdit';
import { actionMoment, planEdits, planNothing, planRefused, type ActionPlan } from './ActionPlan';

/** Arguments of recording a backup run: when it ran (default now) and how it went. */
export interface RecordBackupRunArgs {
  at?: DateTimeString;
  result: 'ok' | 'failed';
}

/**
 * Records a backup run in `last-run` and `last-result`. A run older than the one recorded is
 * refused, so a late report cannot hide a newer result.
 * @example recordBackupRun(backup, { result: 'ok' }, '2026-11-28T03:10') // last-run: 2026-11-28T03:10, last-result: ok
 */
export function recordBackupRun(data: KindData['backup'], args: RecordBackupRunArgs, now: DateTimeString): ActionPlan {
  if (args.result !== 'ok' && args.result !== 'failed')
    return planRefused('last-result', `${JSON.stringify(args.result)} is not a run result (expected ok or failed)`);
  const at = actionMoment(args.at, now, 'last-run');
  if (typeof at !== 'string') return at;
  if (data.lastRun !== undefined && compareDateTimes(data.lastRun, at) > 0)
    return planRefused('last-run', `a later run (${data.lastRun}) is already recorded`);
  if (data.lastRun === at && data.lastResult === args.result) return planNothing(`run at ${at} already recorded`);
  const edits = [];
  if (data.lastRun !== at) edits.push(Edits.set('last-run', at));
  if (data.lastResult !== args.result) edits.push(Edits.set('last-result', args.result));
  return planEdits(edits, `run ${at} ${args.result === 'ok' ? 'succeeded' : 'failed'}`);
}
