import { DEFAULT_HORIZON_DAYS } from '../attention/scores';
import type { ItemIndex } from '../index/ItemIndex';
import { taskContext } from '../index/taskStates';
import { backupState } from '../kinds/backup';
import { deviceState } from '../kinds/device';
import { domainState } from '../kinds/domain';
import { habitStats } from '../kinds/habit';
import { secretState } from '../kinds/secret';
import { taskState } from '../kinds/task';
import { isKind, type Item } from '../model/Item';

/** How a badge reads at a glance: a colour class in the view. */
export type BadgeTone = 'critical' | 'warning' | 'ok' | 'info' | 'muted';

/** One piece of derived state on a card: `streak 12 days`, `backup stale`, `rotation due`. */
export interface StatusBadge {
  text: string;
  tone: BadgeTone;
  /** More detail for a tooltip. */
  title?: string;
}

/**
 * An item's derived state as badges, by kind: task status, lateness and urgency; habit streak,
 * today and completion; backup freshness; secret rotation and expiry; domain and certificate
 * expiry; device warranty; bookmark status. User kinds get none here (their dates rank them).
 * @example itemBadges(index, backupItem, '2026-11-28', '2026-11-28T09:00') // [{ text: 'backup stale', tone: 'warning', … }]
 */
export function itemBadges(index: ItemIndex, item: Item, today: string, now: string): StatusBadge[] {
  if (isKind(item, 'task')) {
    const s = taskState(item, today, taskContext(index, item.path), now);
    const out: StatusBadge[] = [{ text: item.data.status, tone: s.open ? 'info' : 'muted' }];
    if (s.overdue) out.push({ text: `overdue ${inDays(s.dueInDays ?? 0)}`, tone: 'critical' });
    else if (s.dueToday) out.push({ text: 'due today', tone: 'warning' });
    else if (s.dueSoon) out.push({ text: `due ${inDays(s.dueInDays ?? 0)}`, tone: 'warning' });
    if (s.blocked) out.push({ text: 'blocked', tone: 'muted' });
    if (s.waiting) out.push({ text: 'waiting', tone: 'muted' });
    if (s.open) out.push({ text: `urgency ${s.urgency.toFixed(1)}`, tone: 'info', title: 'Taskwarrior-style urgency' });
    return out;
  }
  if (isKind(item, 'habit')) {
    const s = habitStats(item.data, today);
    const out: StatusBadge[] = [
      {
        text: `streak ${s.currentStreak} ${plural(s.currentStreak, s.streakUnit)}`,
        tone: s.currentStreak > 0 ? 'ok' : 'muted',
      },
    ];
    if (s.paused) out.push({ text: 'paused', tone: 'muted' });
    else if (s.doneToday) out.push({ text: 'done today', tone: 'ok' });
    else if (s.dueToday) out.push({ text: 'due today', tone: 'warning' });
    if (s.period) out.push({ text: `${s.period.done}/${s.period.target} this ${s.streakUnit}`, tone: 'info' });
    out.push({ text: `${Math.round(s.completionRate * 100)}% of 30 days`, tone: 'info' });
    return out;
  }
  if (isKind(item, 'backup')) {
    const s = backupState(item.data, now);
    const last = item.data.lastRun === undefined ? 'never run' : `last run ${item.data.lastRun.replace('T', ' ')}`;
    if (s.state === 'failed') return [{ text: 'last run failed', tone: 'critical', title: last }];
    if (s.state === 'never') return [{ text: 'never run', tone: 'warning' }];
    if (s.state === 'stale') return [{ text: 'backup stale', tone: 'warning', title: last }];
    return [{ text: 'backup fresh', tone: 'ok', title: last }];
  }
  if (isKind(item, 'secret')) {
    const s = secretState(item.data, today);
    const out: StatusBadge[] = [];
    if (s.rotationDue) out.push({ text: 'rotation due', tone: 'warning', title: `rotate by ${s.rotateBy ?? '?'}` });
    else if (s.rotateBy !== undefined) out.push({ text: `rotate by ${s.rotateBy}`, tone: 'ok' });
    else if (s.rotationUnknown)
      out.push({ text: 'rotation unknown', tone: 'muted', title: 'rotate is set, rotated is not' });
    if (s.expired) out.push({ text: 'expired', tone: 'critical' });
    else if (s.expiresInDays !== undefined) out.push(expiryBadge('expires', 'expired', s.expiresInDays));
    return out;
  }
  if (isKind(item, 'domain')) {
    const s = domainState(item.data, today);
    const out: StatusBadge[] = [];
    if (s.expiresInDays !== undefined) out.push(expiryBadge('expires', 'expired', s.expiresInDays));
    if (s.tlsExpiresInDays !== undefined) out.push(expiryBadge('TLS expires', 'TLS expired', s.tlsExpiresInDays));
    return out;
  }
  if (isKind(item, 'device')) {
    const days = deviceState(item.data, today).warrantyEndsInDays;
    return days === undefined ? [] : [expiryBadge('warranty ends', 'warranty ended', days)];
  }
  if (isKind(item, 'bookmark')) {
    const out: StatusBadge[] = [{ text: item.data.status, tone: 'info' }];
    if (item.data.dead !== undefined)
      out.push({ text: 'link dead', tone: 'critical', title: `found dead ${item.data.dead}` });
    return out;
  }
  return [];
}

/** `expires in 12 days` (critical within a week or past, warning within the horizon, else ok). */
function expiryBadge(what: string, past: string, days: number): StatusBadge {
  const tone: BadgeTone = days <= 7 ? 'critical' : days <= DEFAULT_HORIZON_DAYS ? 'warning' : 'ok';
  return { text: `${days < 0 ? past : what} ${inDays(days)}`, tone };
}

/**
 * Days from today in words.
 * @example inDays(-3) // '3 days ago'
 */
export function inDays(days: number): string {
  if (days === 0) return 'today';
  return days > 0 ? `in ${days} ${plural(days, 'day')}` : `${-days} ${plural(-days, 'day')} ago`;
}

function plural(n: number, unit: string): string {
  return n === 1 ? unit : `${unit}s`;
}
