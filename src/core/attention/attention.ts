import type { ItemIndex } from '../index/ItemIndex';
import { isKind, type Item } from '../model/Item';
import { compareEntries, type AttentionEntry, type AttentionOptions } from './AttentionEntry';
import { backupEntries, deviceEntries, domainEntries, secretEntries } from './infraEntries';
import { DEFAULT_HORIZON_DAYS, SCORES } from './scores';
import { userKindEntries } from './userKindEntries';
import { habitEntries, taskEntries } from './workflowEntries';

/**
 * The one ranked queue of what needs the user now, across kinds: overdue and due tasks, habits
 * at risk, failed or stale backups, secrets to rotate, expiring domains, certificates and
 * warranties, dead bookmarks and dates of user kinds in the coming week. Scoring: see
 * `scores.ts`. Sorted by score descending, then title, path and reason, so the same vault and
 * day give the same list. A note's problems are not entries: they have their own list (the
 * dashboard's Problems section, `vault-stack check`), so each problem appears once, with its
 * own severity.
 * @example attention(index, { today: '2026-11-28', now: '2026-11-28T09:00' })[0]?.reason
 */
export function attention(index: ItemIndex, options: AttentionOptions): AttentionEntry[] {
  const horizon = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const out: AttentionEntry[] = [];
  for (const item of index.items()) out.push(...itemEntries(index, item, options.today, options.now, horizon));
  return out.sort(compareEntries);
}

/**
 * One item's attention entries (what `attention` ranks), most pressing first; none when nothing about it needs the user.
 * @example itemAttention(index, taskItem, { today: '2026-11-28', now: '2026-11-28T09:00' })[0]?.score
 */
export function itemAttention(index: ItemIndex, item: Item, options: AttentionOptions): AttentionEntry[] {
  const horizon = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  return itemEntries(index, item, options.today, options.now, horizon).sort(compareEntries);
}

function itemEntries(index: ItemIndex, item: Item, today: string, now: string, horizon: number): AttentionEntry[] {
  if (isKind(item, 'task')) return taskEntries(index, item, today, now);
  if (isKind(item, 'habit')) return habitEntries(item, today);
  if (isKind(item, 'backup')) return backupEntries(item, now);
  if (isKind(item, 'secret')) return secretEntries(item, today, horizon);
  if (isKind(item, 'domain')) return domainEntries(item, today, horizon);
  if (isKind(item, 'device')) return deviceEntries(item, today, horizon);
  if (isKind(item, 'bookmark') && item.data.dead !== undefined && item.data.status !== 'archived') {
    return [
      {
        path: item.path,
        title: item.title,
        kind: item.kind,
        field: 'dead',
        severity: 'info',
        score: SCORES.bookmarkDead,
        reason: `link found dead on ${item.data.dead}`,
      },
    ];
  }
  return userKindEntries(item, index.userKinds(), today);
}
