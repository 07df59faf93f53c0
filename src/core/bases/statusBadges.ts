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
    const out: StatusBadge[] = [b(item.data.status, s.open ? 'info' : 'muted')];
    if (s.overdue) out.push(b(`overdue ${inDays(s.dueInDays ?? 0)}`, 'critical'));
    else if (s.dueToday) out.push(b('due today', 'warning'));
    else if (s.dueSoon) out.push(b(`due ${inDays(s.dueInDays ?? 0)}`, 'warning'));
    if (s.blocked) out.push(b('blocked', 'muted'));
    if (s.waiting) out.push(b('waiting', 'muted'));
    if (s.open) out.push(b(`urgency ${s.urgency.toFixed(1)}`, 'info', 'Taskwarrior-style urgency'));
    return out;
  }
  if (isKind(item, 'habit')) {
    const s = habitStats(item.data, today);
    const out = [
      b(`streak ${s.currentStreak} ${plural(s.currentStreak, s.streakUnit)}`, s.currentStreak > 0 ? 'ok' : 'muted'),
    ];
    if (s.paused) out.push(b('paused', 'muted'));
    else if (s.doneToday) out.push(b('done today', 'ok'));
    else if (s.dueToday) out.push(b('due today', 'warning'));
    if (s.period) out.push(b(`${s.period.done}/${s.period.target} this ${s.streakUnit}`, 'info'));
    out.push(b(`${Math.round(s.completionRate * 100)}% of 30 days`, 'info'));
    return out;
  }
  if (isKind(item, 'backup')) {
    const s = backupState(item.data, now);
    const last = item.data.lastRun === undefined ? 'never run' : `last run ${item.data.lastRun.replace('T', ' ')}`;
    if (s.state === 'failed') return [b('last run failed', 'critical', last)];
    if (s.state === 'never') return [b('never run', 'warning')];
    if (s.state === 'stale') return [b('backup stale', 'warning', last)];
    return [b('backup fresh', 'ok', last)];
  }
  if (isKind(item, 'secret')) {
    const s = secretState(item.data, today);
    const out: StatusBadge[] = [];
    if (s.rotationDue) out.push(b('rotation due', 'warning', `rotate by ${s.rotateBy ?? '?'}`));
    else if (s.rotateBy !== undefined) out.push(b(`rotate by ${s.rotateBy}`, 'ok'));
    else if (s.rotationUnknown) out.push(b('rotation unknown', 'muted', 'rotate is set, rotated is not'));
    if (s.expired) out.push(b('expired', 'critical'));
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
    const out: StatusBadge[] = [b(item.data.status, 'info')];
    if (item.data.dead !== undefined) out.push(b('link dead', 'critical', `found dead ${item.data.dead}`));
    return out;
  }
  return [];
}

/** A badge. */
function b(text: string, tone: BadgeTone, title?: string): StatusBadge {
  return title === undefined ? { text, tone } : { text, tone, title };
}

/** `expires in 12 days` (critical within a week or past, warning within the horizon, else ok). */
function expiryBadge(what: string, past: string, days: number): StatusBadge {
  const tone: BadgeTone = days <= 7 ? 'critical' : days <= DEFAULT_HORIZON_DAYS ? 'warning' : 'ok';
  return b(`${days < 0 ? past : what} ${inDays(days)}`, tone);
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
