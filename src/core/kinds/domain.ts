import type { DateString, KindData } from '../model/Item';
import { differenceInCalendarDays } from '../dates/arithmetic';
import type { FieldReader } from './fields/FieldReader';
import { dropUndefined } from './fields/dropUndefined';

/** Reads a domain; a missing or bad `name` is a problem but the item is kept, named after its title, so expiry tracking still works. */
export function parseDomain(r: FieldReader, title: string): KindData['domain'] {
  return dropUndefined({
    type: 'domain' as const,
    name: r.text('name', { required: 'a domain needs its name' }) ?? title,
    registrar: r.text('registrar'),
    expires: r.date('expires'),
    dns: r.text('dns'),
    tlsExpires: r.date('tls-expires'),
    autoRenew: r.boolean('auto-renew'),
  });
}

/** Days left on a domain's registration and certificate (negative once past). */
export interface DomainState {
  expiresInDays?: number;
  tlsExpiresInDays?: number;
}

/**
 * Days from today until the registration and the TLS certificate expire.
 * @example domainState({ ..., expires: '2026-12-01' }, '2026-11-28').expiresInDays // 3
 */
export function domainState(data: KindData['domain'], today: DateString): DomainState {
  return dropUndefined({
    expiresInDays: data.expires === undefined ? undefined : differenceInCalendarDays(data.expires, today),
    tlsExpiresInDays: data.tlsExpires === undefined ? undefined : differenceInCalendarDays(data.tlsExpires, today),
  });
}
