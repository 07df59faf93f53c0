import { differenceInCalendarDays } from '../dates/arithmetic';
import type { Observation } from './Observation';

/** Days before a certificate's notAfter that count as its warning window. */
export const TLS_WARNING_DAYS = 14;
/** Days before a domain's registration expires that count as its warning window. */
export const DOMAIN_WARNING_DAYS = 30;

/**
 * Judges an expiry date against today: `failed` once past, `ok` with `warning` inside the window,
 * plain `ok` before it; `what` starts the sentence (`certificate expires`, `registration expires`).
 * @example expiryVerdict('2026-12-10', '2026-12-03', 14, 'certificate expires') // { status: 'ok', warning: true, detail: 'certificate expires 2026-12-10 (in 7 days)' }
 */
export function expiryVerdict(
  date: string,
  today: string,
  windowDays: number,
  what: string,
): Pick<Observation, 'status' | 'detail' | 'warning'> {
  const days = differenceInCalendarDays(date, today);
  if (days < 0)
    return { status: 'failed', detail: `${what.replace('expires', 'expired')} ${date} (${-days} days ago)` };
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  if (days <= windowDays) return { status: 'ok', warning: true, detail: `${what} ${date} (${when})` };
  return { status: 'ok', detail: `${what} ${date} (${when})` };
}
