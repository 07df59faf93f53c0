import { compareStrings } from '../index/linkPath';

/** How pressing an attention entry is, for the badge colour and `vault-stack attention` exit code. */
export type AttentionSeverity = 'critical' | 'warning' | 'info';

/** One thing that needs the user now, ranked by `score` (higher first). */
export interface AttentionEntry {
  path: string;
  title: string;
  /** The item's kind. */
  kind: string;
  /** A sentence for people: `overdue by 3 days`, `last run 2026-11-20 10:00 failed`. */
  reason: string;
  score: number;
  severity: AttentionSeverity;
  /** The frontmatter field the entry is about, when there is one. */
  field?: string;
}

/** Options of `attention`. */
export interface AttentionOptions {
  /** `YYYY-MM-DD`. */
  today: string;
  /** `YYYY-MM-DDTHH:mm`, for backup staleness. */
  now: string;
  /** How far ahead expiries (domains, TLS, secrets, warranties) count; default `DEFAULT_HORIZON_DAYS`. */
  horizonDays?: number;
}

/** Sorts entries by score descending, then title, path, reason: the same input always gives the same order. */
export function compareEntries(a: AttentionEntry, b: AttentionEntry): number {
  return (
    b.score - a.score ||
    compareStrings(a.title, b.title) ||
    compareStrings(a.path, b.path) ||
    compareStrings(a.reason, b.reason)
  );
}
