import { taskContext } from '../index/taskStates';
import type { ItemIndex } from '../index/ItemIndex';
import { backupState } from '../kinds/backup';
import { deviceState } from '../kinds/device';
import { domainState } from '../kinds/domain';
import { habitStats } from '../kinds/habit';
import { secretState } from '../kinds/secret';
import { taskState } from '../kinds/task';
import { isKind, type Item } from '../model/Item';

/** The derived property names each kind defines for queries (docs/queries.md, "Derived properties"). */
export const DERIVED_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  task: ['overdue', 'due_today', 'due_soon', 'due_in', 'blocked', 'waiting', 'urgency'],
  habit: ['streak', 'longest_streak', 'done_today', 'due_today', 'completion', 'paused'],
  backup: ['state', 'next_run'],
  secret: ['rotation_due', 'rotate_by', 'expired', 'expires_in'],
  domain: ['expires_in', 'tls_expires_in'],
  device: ['warranty_ends_in'],
};

/** Every name some kind derives: what `QueryContext.derivedNames` says, so reads of other names skip the resolver. */
export const DERIVED_NAMES: ReadonlySet<string> = new Set(Object.values(DERIVED_PROPERTIES).flat());

/**
 * The `derived(item, name)` resolver a query runs with on `today`/`now`: task urgency and
 * lateness, habit streaks, backup state, secret rotation, days to an expiry. Gives `undefined`
 * for a name the item's kind does not define, so the note's own property is read instead.
 * Each item's state is computed once per resolver.
 * @example derivedProperties(index, '2026-11-28', '2026-11-28T09:00')(backupItem, 'state') // 'stale'
 */
export function derivedProperties(index: ItemIndex, today: string, now: string): (item: Item, name: string) => unknown {
  const cache = new Map<string, Record<string, unknown>>();
  return (item, name) => {
    if (!DERIVED_PROPERTIES[item.data.type]?.includes(name)) return undefined;
    let values = cache.get(item.path);
    if (!values) {
      values = derivedState(index, item, today, now);
      cache.set(item.path, values);
    }
    return values[name];
  };
}

/**
 * An item's derived state on `today`/`now` under the names queries read (`DERIVED_PROPERTIES`),
 * from its kind's state function; `{}` for kinds without one. A value the item lacks is `undefined`.
 * @example derivedState(index, taskItem, '2026-11-28', '2026-11-28T09:00').overdue // true
 */
export function derivedState(index: ItemIndex, item: Item, today: string, now: string): Record<string, unknown> {
  if (isKind(item, 'task')) {
    const s = taskState(item, today, taskContext(index, item.path), now);
    return {
      overdue: s.overdue,
      due_today: s.dueToday,
      due_soon: s.dueSoon,
      due_in: s.dueInDays,
      blocked: s.blocked,
      waiting: s.waiting,
      urgency: Math.round(s.urgency * 100) / 100,
    };
  }
  if (isKind(item, 'habit')) {
    const s = habitStats(item.data, today);
    return {
      streak: s.currentStreak,
      longest_streak: s.longestStreak,
      done_today: s.doneToday,
      due_today: s.dueToday,
      completion: Math.round(s.completionRate * 100) / 100,
      paused: s.paused,
    };
  }
  if (isKind(item, 'backup')) {
    const s = backupState(item.data, now);
    return { state: s.state, next_run: s.nextRun };
  }
  if (isKind(item, 'secret')) {
    const s = secretState(item.data, today);
    return { rotation_due: s.rotationDue, rotate_by: s.rotateBy, expired: s.expired, expires_in: s.expiresInDays };
  }
  if (isKind(item, 'domain')) {
    const s = domainState(item.data, today);
    return { expires_in: s.expiresInDays, tls_expires_in: s.tlsExpiresInDays };
  }
  if (isKind(item, 'device')) return { warranty_ends_in: deviceState(item.data, today).warrantyEndsInDays };
  return {};
}
