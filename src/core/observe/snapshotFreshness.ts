import { backupState } from '../kinds/backup';
import type { KindData } from '../model/Item';
import { compareDateTimes } from '../dates/dateTime';
import type { Observation } from './Observation';
import type { NewestSnapshot } from './newestSnapshot';

/** The judgement of a repository's newest snapshot: status, a sentence, and the facts for drift. */
export type Freshness = Pick<Observation, 'status' | 'detail' | 'facts'>;

/**
 * Judges the newest snapshot as the job's `every` + `grace` judge a recorded run: `ok` while fresh,
 * `failed` when stale or when the repository has no snapshot at all (never). The facts are the run
 * the repository proves (`last-run`, `last-result: ok`), compared with the note for drift; they are
 * left out when the note records a failed run after it, which the repository agrees with.
 * @example snapshotFreshness(dailyJob, { time: '2026-11-27T02:00:13', id: '7e6ee578' }, '2026-11-27T09:00').status // 'ok'
 */
export function snapshotFreshness(job: KindData['backup'], newest: NewestSnapshot | null, now: string): Freshness {
  if (newest === null) return { status: 'failed', detail: 'never: the repository has no snapshots' };
  const lastRun = newest.time.slice(0, 16);
  const state = backupState({ ...job, lastRun, lastResult: 'ok' }, now);
  const shown = `newest snapshot ${lastRun.replace('T', ' ')}${newest.id ? ` (${newest.id})` : ''}`;
  const laterFailure =
    job.lastResult === 'failed' && job.lastRun !== undefined && compareDateTimes(job.lastRun, lastRun) > 0;
  const facts = laterFailure ? undefined : { 'last-run': lastRun, 'last-result': 'ok' };
  const due = (state.dueBy ?? '').replace('T', ' ');
  const withFacts = (f: Freshness): Freshness => (facts ? { ...f, facts } : f);
  if (state.state === 'stale') return withFacts({ status: 'failed', detail: `stale: ${shown}, due by ${due}` });
  return withFacts({ status: 'ok', detail: `${shown}, fresh until ${due}` });
}
