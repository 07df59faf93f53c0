import { differenceInCalendarDays } from '../dates';
import type { IndexUserKinds } from '../index/types';
import type { Item } from '../model/Item';
import type { AttentionEntry } from './AttentionEntry';
import { days } from './phrases';
import { SCORES } from './scores';

/**
 * An item of a user-defined kind with a `date` or `datetime` field falling in the next 7 days
 * (tomorrow to a week ahead): one entry per such field (`renews in 3 days`). The same rule for
 * every user kind, whatever its fields are called; today's and past dates are left out, since a
 * field like a recipe's `tried` records what happened, and an upcoming date has had its week.
 * @example userKindEntries(subscription, kinds, '2026-11-28')[0]?.reason // 'renews in 3 days'
 */
export function userKindEntries(item: Item, kinds: IndexUserKinds, today: string): AttentionEntry[] {
  if (item.data.type !== 'custom') return [];
  const fields = kinds.get(item.kind)?.data.fields ?? {};
  const out: AttentionEntry[] = [];
  for (const [field, type] of Object.entries(fields)) {
    const value = item.data.values[field];
    if ((type.type !== 'date' && type.type !== 'datetime') || typeof value !== 'string') continue;
    const ahead = differenceInCalendarDays(value.slice(0, 10), today);
    if (ahead < 1 || ahead > SCORES.soonDays) continue;
    const reason = `${field} in ${days(ahead)}`;
    out.push({
      path: item.path,
      title: item.title,
      kind: item.kind,
      field,
      severity: 'info',
      score: SCORES.userDateSoonBase + SCORES.userDateSoonPerDay * (SCORES.soonDays - ahead),
      reason,
    });
  }
  return out;
}
