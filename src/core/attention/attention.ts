import type { ItemIndex } from '../index/ItemIndex';
import { basenameOf } from '../index/linkPath';
import { isKind, type Item } from '../model/Item';
import type { Problem } from '../model/Problem';
import { compareEntries, type AttentionEntry, type AttentionOptions } from './AttentionEntry';
import { backupEntries, deviceEntries, domainEntries, secretEntries } from './infraEntries';
import { DEFAULT_HORIZON_DAYS, SCORES } from './scores';
import { userKindEntries } from './userKindEntries';
import { habitEntries, taskEntries } from './workflowEntries';

/**
 * The one ranked queue of what needs the user now, across kinds: overdue and due tasks, habits
 * at risk, failed or stale backups, secrets to rotate, expiring domains, certificates and
 * warranties, dead bookmarks, dates of user kinds in the coming week, and note errors.
 * Scoring: see `scores.ts`. Sorted by score descending, then title, path and reason, so the
 * same vault and day give the same list.
 * @example attention(index, { today: '2026-11-28', now: '2026-11-28T09:00' })[0]?.reason
 */
export function attention(index: ItemIndex, options: AttentionOptions): AttentionEntry[] {
  const horizon = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const out: AttentionEntry[] = [];
  for (const item of index.items()) out.push(...itemEntries(index, item, options.today, options.now, horizon));
  for (const p of index.problems()) if (p.severity === 'error') out.push(problemEntry(index, p));
  return out.sort(compareEntries);
}

function itemEntries(index: ItemIndex, item: Item, today: string, now: string, horizon: number): AttentionEntry[] {
  if (isKind(item, 'task')) return taskEntries(index, item, today);
  if (isKind(item, 'habit')) return habitEntries(item, today);
  if (isKind(item, 'backup')) return backupEntries(item, now);
  if (isKind(item, 'secret')) return secretEntries(item, today, horizon);
  if (isKind(item, 'domain')) return domainEntries(item, today, horizon);
  if (isKind(item, 'device')) return deviceEntries(item, today, horizon);
  if (isKind(item, 'bookmark') && item.data.dead !== undefined && item.data.status !== 'archived') {
    return [{ path: item.path, title: item.title, kind: item.kind, field: 'dead', severity: 'info', score: SCORES.bookmarkDead, reason: `link found dead on ${item.data.dead}` }];
  }
  return userKindEntries(item, index.userKinds(), today);
}

function problemEntry(index: ItemIndex, p: Problem): AttentionEntry {
  const item = index.get(p.path);
  const entry: AttentionEntry = {
    path: p.path,
    title: item?.title ?? basenameOf(p.path),
    kind: index.declaredKind(p.path) ?? 'note',
    reason: p.field === '' ? p.message : `${p.field}: ${p.message}`,
    severity: 'warning',
    score: SCORES.problem,
  };
  if (p.field !== '') entry.field = p.field;
  return entry;
}
