import type { Item, KindData } from '../model/Item';
import { boundedRun, DEFAULT_CONCURRENCY } from './boundedRun';
import { DOMAIN_WARNING_DAYS, expiryVerdict } from './expiryWindow';
import { failureDetail } from './HealthObserver';
import type { HttpProbe } from './HttpProbe';
import { followRedirects } from './followRedirects';
import type { Observation, ObserveContext, Observer } from './Observation';
import { byPath, hostKey } from './observeTargets';
import { RDAP_BOOTSTRAP_URL, RDAP_URL_ENV, rdapBaseFor, rdapDomainUrl, rdapExpiry } from './rdap';

/** How long one RDAP request may take. */
export const RDAP_TIMEOUT_MS = 15_000;

/**
 * Reads every domain's registration from RDAP (RFC 9083) — the server named by IANA's bootstrap
 * file for its TLD, or `VAULT_STACK_RDAP_URL` — and judges its expiry (past: `failed`; within 30
 * days: warning). The expiry day is a fact compared with the note's `expires`. Politely: at most
 * two requests at once to one RDAP server.
 */
export class RdapObserver implements Observer {
  readonly check = 'domain' as const;

  constructor(
    private readonly http: HttpProbe,
    private readonly options: { timeoutMs?: number; bootstrapUrl?: string } = {},
  ) {}

  /** One observation per domain item with a name, in path order. */
  async observe(ctx: ObserveContext): Promise<Observation[]> {
    const domains = ctx.index
      .items()
      .filter((item) => item.data.type === 'domain' && item.data.name.trim() !== '')
      .sort(byPath);
    if (domains.length === 0) return [];
    const timeoutMs = this.options.timeoutMs ?? RDAP_TIMEOUT_MS;
    const override = ctx.env[RDAP_URL_ENV]?.trim();
    let bootstrap: unknown = null;
    let bootstrapFailure = '';
    if (!override) {
      const got = await followRedirects(this.http, {
        url: this.options.bootstrapUrl ?? RDAP_BOOTSTRAP_URL,
        method: 'GET',
        timeoutMs,
      });
      if (!got.ok) bootstrapFailure = failureDetail(got.reason, got.detail, timeoutMs);
      else if (got.status !== 200) bootstrapFailure = `HTTP ${got.status}`;
      else
        try {
          bootstrap = JSON.parse(got.body);
        } catch {
          bootstrapFailure = 'not JSON';
        }
    }
    const baseOf = (name: string): string | null => (override ? override : rdapBaseFor(bootstrap, name));
    let done = 0;
    return boundedRun(
      domains,
      (item) => hostKey(baseOf((item.data as KindData['domain']).name) ?? ''),
      async (item) => {
        const seen = await this.observeOne(ctx, item, baseOf, bootstrapFailure, timeoutMs);
        ctx.progress?.('domains', ++done, domains.length);
        return seen;
      },
      { overall: DEFAULT_CONCURRENCY.overall, perHost: 2 },
    );
  }

  private async observeOne(
    ctx: ObserveContext,
    item: Item,
    baseOf: (name: string) => string | null,
    bootstrapFailure: string,
    timeoutMs: number,
  ): Promise<Observation> {
    const name = (item.data as KindData['domain']).name.trim();
    const base = { path: item.path, check: this.check, at: ctx.now };
    if (bootstrapFailure !== '')
      return {
        ...base,
        status: 'unknown',
        detail: `IANA's RDAP bootstrap file could not be read: ${bootstrapFailure}`,
      };
    const server = baseOf(name);
    if (server === null)
      return { ...base, status: 'unknown', detail: `no RDAP server serves ${name}'s top-level domain` };
    const got = await followRedirects(this.http, {
      url: rdapDomainUrl(server, name),
      method: 'GET',
      timeoutMs,
      headers: { accept: 'application/rdap+json, application/json' },
    });
    const latencyMs = Math.round(got.elapsedMs);
    if (!got.ok)
      return {
        ...base,
        status: 'unknown',
        detail: `RDAP: ${failureDetail(got.reason, got.detail, timeoutMs)}`,
        latencyMs,
      };
    if (got.status === 404)
      return { ...base, status: 'failed', detail: `RDAP: ${name} is not registered (404)`, latencyMs };
    if (got.status !== 200) return { ...base, status: 'unknown', detail: `RDAP: HTTP ${got.status}`, latencyMs };
    const read = rdapExpiry(got.body);
    if (!read.ok) return { ...base, status: 'unknown', detail: read.reason, latencyMs };
    if (read.expires === null)
      return { ...base, status: 'unknown', detail: 'RDAP gives no expiration date for it', latencyMs };
    const verdict = expiryVerdict(read.expires, ctx.today, DOMAIN_WARNING_DAYS, 'registration expires');
    const by = read.registrar ? `, registrar ${read.registrar}` : '';
    return { ...base, ...verdict, detail: `${verdict.detail}${by}`, latencyMs, facts: { expires: read.expires } };
  }
}
