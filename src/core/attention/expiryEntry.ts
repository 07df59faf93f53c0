import type { Item } from '../model/Item';
import type { AttentionEntry } from './AttentionEntry';
import { expiryPhrase } from './phrases';
import { SCORES } from './scores';

/** What an expiry entry is about. */
export interface ExpirySubject {
  item: Item;
  field: string;
  /** `domain`, `TLS certificate`, `secret`. */
  subject: string;
  daysLeft: number;
  horizonDays: number;
  /** The registrar renews it: an upcoming expiry is only information. */
  autoRenew?: boolean;
}

/**
 * The entry for something that expires on a date: critical once expired or within 7 days,
 * a warning within the horizon (information when it renews itself), nothing beyond.
 * @example expiryEntry({ item, field: 'expires', subject: 'domain', daysLeft: 12, horizonDays: 30 })?.reason // 'domain expires in 12 days'
 */
export function expiryEntry(s: ExpirySubject): AttentionEntry | null {
  const base = {
    path: s.item.path,
    title: s.item.title,
    kind: s.item.kind,
    field: s.field,
    reason: expiryPhrase(s.subject, s.daysLeft),
  };
  if (s.daysLeft <= 0) return { ...base, severity: 'critical', score: SCORES.expired };
  if (s.daysLeft > s.horizonDays) return null;
  if (s.autoRenew === true)
    return {
      ...base,
      reason: `${base.reason} (auto-renew)`,
      severity: 'info',
      score: SCORES.autoRenewBase + s.horizonDays - s.daysLeft,
    };
  if (s.daysLeft <= SCORES.soonDays) {
    return {
      ...base,
      severity: 'critical',
      score: SCORES.expiresSoonBase + SCORES.expiresSoonPerDay * (SCORES.soonDays - s.daysLeft),
    };
  }
  return { ...base, severity: 'warning', score: SCORES.expiresWithinBase + s.horizonDays - s.daysLeft };
}
