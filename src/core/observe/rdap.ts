/** IANA's bootstrap registry for domain names (RFC 9224): TLDs → RDAP base URLs. */
export const RDAP_BOOTSTRAP_URL = 'https://data.iana.org/rdap/dns.json';

/** Overrides the RDAP server for every domain (tests, offline mirrors): a base URL such as `http://127.0.0.1:8080/rdap/`. */
export const RDAP_URL_ENV = 'VAULT_STACK_RDAP_URL';

/**
 * The base URL serving a domain in the bootstrap file (`{"services": [[["com","net"], ["https://rdap.verisign.com/com/v1/"]], …]}`):
 * the longest matching label suffix wins; https bases are preferred. Null when none serves it or the file is not one.
 * @example rdapBaseFor(bootstrap, 'example.co.uk') // 'https://rdap.nominet.uk/uk/'
 */
export function rdapBaseFor(bootstrap: unknown, domain: string): string | null {
  const services = (bootstrap as { services?: unknown } | null)?.services;
  if (!Array.isArray(services)) return null;
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.');
  let best: { length: number; url: string } | null = null;
  for (const service of services) {
    if (!Array.isArray(service) || !Array.isArray(service[0]) || !Array.isArray(service[1])) continue;
    const urls = (service[1] as unknown[]).filter((u): u is string => typeof u === 'string');
    const url = urls.find((u) => u.startsWith('https://')) ?? urls[0];
    if (url === undefined) continue;
    for (const entry of service[0] as unknown[]) {
      if (typeof entry !== 'string') continue;
      const suffix = entry.toLowerCase().split('.');
      const matches =
        suffix.length <= labels.length && suffix.every((l, i) => labels[labels.length - suffix.length + i] === l);
      if (matches && (best === null || suffix.length > best.length)) best = { length: suffix.length, url };
    }
  }
  return best?.url ?? null;
}

/** The RDAP domain query URL under a base (`<base>/domain/<name>`, RFC 9082). */
export function rdapDomainUrl(base: string, domain: string): string {
  return `${base.replace(/\/+$/, '')}/domain/${encodeURIComponent(domain.toLowerCase().replace(/\.$/, ''))}`;
}

/** What an RDAP domain answer says of the registration: its expiry day, or why it cannot be read. */
export type RdapExpiry = { ok: true; expires: string | null; registrar?: string } | { ok: false; reason: string };

/**
 * Reads a domain object (RFC 9083 §5.3): the `expiration` event's date (the UTC day as the
 * registry writes it) and the registrar entity's name when given.
 * @example rdapExpiry('{"objectClassName":"domain","events":[{"eventAction":"expiration","eventDate":"2027-08-13T04:00:00Z"}]}') // { ok: true, expires: '2027-08-13' }
 */
export function rdapExpiry(text: string): RdapExpiry {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the RDAP server sent something that is not JSON' };
  }
  const domain = json as { objectClassName?: unknown; events?: unknown; entities?: unknown } | null;
  if (domain === null || typeof domain !== 'object' || domain.objectClassName !== 'domain')
    return { ok: false, reason: 'the RDAP server sent something that is not a domain object (RFC 9083)' };
  const events = Array.isArray(domain.events)
    ? (domain.events as { eventAction?: unknown; eventDate?: unknown }[])
    : [];
  const expiration = events.find((e) => e && e.eventAction === 'expiration');
  const date =
    typeof expiration?.eventDate === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(expiration.eventDate)?.[0] : undefined;
  if (expiration !== undefined && date === undefined)
    return { ok: false, reason: `the expiration event's date ${JSON.stringify(expiration.eventDate)} is not RFC 3339` };
  const registrar = registrarName(domain.entities);
  return { ok: true, expires: date ?? null, ...(registrar ? { registrar } : {}) };
}

/** The `fn` of the entity with the `registrar` role, from its jCard (RFC 7095). */
function registrarName(entities: unknown): string | undefined {
  if (!Array.isArray(entities)) return undefined;
  for (const entity of entities as { roles?: unknown; vcardArray?: unknown }[]) {
    if (!Array.isArray(entity?.roles) || !entity.roles.includes('registrar')) continue;
    const card = Array.isArray(entity.vcardArray) ? (entity.vcardArray[1] as unknown) : undefined;
    if (!Array.isArray(card)) continue;
    for (const prop of card as unknown[][])
      if (Array.isArray(prop) && prop[0] === 'fn' && typeof prop[3] === 'string') return prop[3];
  }
  return undefined;
}
