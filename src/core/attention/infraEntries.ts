import { backupState } from '../kinds/backup';
import { deviceState } from '../kinds/device';
import { domainState } from '../kinds/domain';
import { secretState } from '../kinds/secret';
import { differenceInCalendarDays } from '../dates';
import type { ItemOf } from '../model/Item';
import type { AttentionEntry } from './AttentionEntry';
import { expiryEntry } from './expiryEntry';
import { days, expiryPhrase, showDateTime } from './phrases';
import { SCORES } from './scores';

/**
 * A backup job that failed, went stale, or never ran (in that order of rank).
 * @example backupEntries(job, '2026-11-28T09:00')[0]?.reason // 'last run 2026-11-20 10:00 failed'
 */
export function backupEntries(item: ItemOf<'backup'>, now: string): AttentionEntry[] {
  const s = backupState(item.data, now);
  const base = { path: item.path, title: item.title, kind: item.kind };
  const last = item.data.lastRun;
  switch (s.state) {
    case 'failed':
      return [
        {
          ...base,
          field: 'last-result',
          severity: 'critical',
          score: SCORES.backupFailed,
          reason: last ? `last run ${showDateTime(last)} failed` : 'last run failed',
        },
      ];
    case 'stale':
      return [
        {
          ...base,
          field: 'last-run',
          severity: 'warning',
          score: SCORES.backupStale,
          reason: `last run ${showDateTime(last ?? '')}, expected again by ${showDateTime(s.dueBy ?? '')}`,
        },
      ];
    case 'never':
      return [{ ...base, field: 'last-run', severity: 'warning', score: SCORES.backupNever, reason: 'never run' }];
    case 'ok':
      return [];
  }
}

/**
 * A secret that expired or expires within the horizon, else one whose rotation is due.
 * @example secretEntries(token, '2026-11-28', 30)[0]?.reason // 'rotation overdue by 5 days'
 */
export function secretEntries(item: ItemOf<'secret'>, today: string, horizonDays: number): AttentionEntry[] {
  const s = secretState(item.data, today);
  const out: AttentionEntry[] = [];
  if (s.expiresInDays !== undefined) {
    const e = expiryEntry({ item, field: 'expires', subject: 'secret', daysLeft: s.expiresInDays, horizonDays });
    if (e) out.push(e);
  }
  if (s.rotationDue && !s.expired && s.rotateBy !== undefined) {
    const late = differenceInCalendarDays(today, s.rotateBy);
    const score = SCORES.rotationDueBase + Math.min(late, SCORES.rotationDueMaxDays);
    const reason = late === 0 ? 'rotation due today' : `rotation overdue by ${days(late)}`;
    out.push({
      path: item.path,
      title: item.title,
      kind: item.kind,
      field: 'rotated',
      severity: 'warning',
      score,
      reason,
    });
  }
  return out;
}

/**
 * A domain whose registration or TLS certificate expired or expires within the horizon.
 * @example domainEntries(site, '2026-11-28', 30)[0]?.reason // 'domain expires in 12 days'
 */
export function domainEntries(item: ItemOf<'domain'>, today: string, horizonDays: number): AttentionEntry[] {
  const s = domainState(item.data, today);
  const out: (AttentionEntry | null)[] = [];
  if (s.expiresInDays !== undefined) {
    out.push(
      expiryEntry({
        item,
        field: 'expires',
        subject: 'domain',
        daysLeft: s.expiresInDays,
        horizonDays,
        autoRenew: item.data.autoRenew,
      }),
    );
  }
  if (s.tlsExpiresInDays !== undefined) {
    out.push(
      expiryEntry({
        item,
        field: 'tls-expires',
        subject: 'TLS certificate',
        daysLeft: s.tlsExpiresInDays,
        horizonDays,
      }),
    );
  }
  return out.filter((e): e is AttentionEntry => e !== null);
}

/**
 * A device whose warranty ends within the horizon (information only; an ended warranty is not listed).
 * @example deviceEntries(nas, '2026-11-28', 30)[0]?.reason // 'warranty ends in 20 days'
 */
export function deviceEntries(item: ItemOf<'device'>, today: string, horizonDays: number): AttentionEntry[] {
  const left = deviceState(item.data, today).warrantyEndsInDays;
  if (left === undefined || left < 0 || left > horizonDays) return [];
  const reason = expiryPhrase('warranty', left, 'ends', 'ended');
  return [
    {
      path: item.path,
      title: item.title,
      kind: item.kind,
      field: 'warranty',
      severity: 'info',
      score: SCORES.warrantyBase + horizonDays - left,
      reason,
    },
  ];
}
