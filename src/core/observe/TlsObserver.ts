import type { Item, KindData } from '../model/Item';
import { boundedRun, DEFAULT_CONCURRENCY, type Concurrency } from './boundedRun';
import { expiryVerdict, TLS_WARNING_DAYS } from './expiryWindow';
import { failureDetail } from './HealthObserver';
import type { Observation, ObserveContext, Observer } from './Observation';
import { byPath } from './observeTargets';
import type { TlsProbe, TlsProbeOutcome } from './TlsProbe';

/** How long reading one certificate may take. */
export const TLS_TIMEOUT_MS = 10_000;

/** Connects every domain's TLS check to this `host:port` instead of `name:443` (tests, a staging proxy); SNI stays the name. */
export const TLS_CONNECT_ENV = 'VAULT_STACK_TLS_CONNECT';

/** One endpoint to read: the name for SNI and where to connect. */
interface Endpoint {
  servername: string;
  host: string;
  port: number;
}

/**
 * Reads the certificate actually served for every https `url`/`health` of a service and for every
 * domain (`name`, port 443), and judges its notAfter: expired is `failed`, inside 14 days a
 * warning (DESIGN.md §5). A domain's notAfter is a fact compared with its `tls-expires`; a service
 * with several https hosts is judged by the one expiring first. No certificate read (refused,
 * timeout, DNS) is `unknown`: the health check reports the service down.
 */
export class TlsObserver implements Observer {
  readonly check = 'tls' as const;

  constructor(
    private readonly tls: TlsProbe,
    private readonly options: { timeoutMs?: number; concurrency?: Concurrency } = {},
  ) {}

  /** One observation per service with an https URL and per domain, in path order. */
  async observe(ctx: ObserveContext): Promise<Observation[]> {
    const connect = parseConnect(ctx.env[TLS_CONNECT_ENV]);
    const targets = ctx.index
      .items()
      .filter((item) => item.data.type === 'service' || item.data.type === 'domain')
      .sort(byPath)
      .map((item) => ({ item, endpoints: endpointsOf(item, connect) }))
      .filter((t) => t.endpoints.length > 0);
    const jobs = targets.flatMap((t) => t.endpoints.map((endpoint) => ({ path: t.item.path, endpoint })));
    const total = jobs.length;
    let done = 0;
    const timeoutMs = this.options.timeoutMs ?? TLS_TIMEOUT_MS;
    const outcomes = await boundedRun(
      jobs,
      (job) => `${job.endpoint.host}:${job.endpoint.port}`,
      async (job) => {
        const outcome = await this.tls.certificate({ ...job.endpoint, timeoutMs });
        ctx.progress?.('certificates', ++done, total);
        return outcome;
      },
      this.options.concurrency ?? DEFAULT_CONCURRENCY,
    );
    let at = 0;
    return targets.map(({ item, endpoints }) => {
      const seen = endpoints.map((endpoint) => ({ endpoint, outcome: outcomes[at++] }));
      return this.judge(ctx, item, seen, timeoutMs);
    });
  }

  private judge(
    ctx: ObserveContext,
    item: Item,
    seen: { endpoint: Endpoint; outcome: TlsProbeOutcome }[],
    timeoutMs: number,
  ): Observation {
    const base = { path: item.path, check: this.check, at: ctx.now };
    const named = (e: Endpoint, text: string): string =>
      seen.length > 1 ? `${e.servername}${e.port === 443 ? '' : `:${e.port}`}: ${text}` : text;
    const read = seen.filter((s) => s.outcome.ok);
    if (read.length === 0) {
      const first = seen[0].outcome as Extract<TlsProbeOutcome, { ok: false }>;
      const status = first.reason === 'tls' || first.reason === 'garbage' ? 'failed' : 'unknown';
      return {
        ...base,
        status,
        detail: `no certificate read: ${named(seen[0].endpoint, failureDetail(first.reason, first.detail, timeoutMs))}`,
        latencyMs: Math.round(first.elapsedMs),
      };
    }
    read.sort((a, b) =>
      a.outcome.ok && b.outcome.ok ? (a.outcome.certificate.notAfter < b.outcome.certificate.notAfter ? -1 : 1) : 0,
    );
    const { endpoint, outcome } = read[0];
    if (!outcome.ok) throw new Error('unreachable');
    const cert = outcome.certificate;
    const verdict = expiryVerdict(cert.notAfter, ctx.today, TLS_WARNING_DAYS, 'certificate expires');
    const trust = cert.untrusted ? `; not trusted here (${cert.untrusted})` : '';
    return {
      ...base,
      ...verdict,
      detail: named(endpoint, `${verdict.detail}, issued by ${cert.issuer}${trust}`),
      latencyMs: Math.round(outcome.elapsedMs),
      ...(item.data.type === 'domain' ? { facts: { 'tls-expires': cert.notAfter } } : {}),
    };
  }
}

/** The https endpoints of a service (health, url; distinct hosts) or a domain (its name on 443). */
function endpointsOf(item: Item, connect: { host: string; port: number } | null): Endpoint[] {
  if (item.data.type === 'domain') {
    const name = item.data.name.trim().replace(/\.$/, '');
    if (name === '' || /[/\s:]/.test(name)) return [];
    return [{ servername: name, host: connect?.host ?? name, port: connect?.port ?? 443 }];
  }
  const data = item.data as KindData['service'];
  const out: Endpoint[] = [];
  for (const url of [typeof data.health === 'string' ? data.health : undefined, data.url]) {
    if (url === undefined) continue;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      continue;
    }
    if (parsed.protocol !== 'https:') continue;
    const host = parsed.hostname.replace(/^\[|\]$/g, '');
    const port = parsed.port === '' ? 443 : Number(parsed.port);
    if (!out.some((e) => e.host === host && e.port === port)) out.push({ servername: host, host, port });
  }
  return out;
}

function parseConnect(text: string | undefined): { host: string; port: number } | null {
  const m = /^(.+):(\d+)$/.exec(text?.trim() ?? '');
  return m ? { host: m[1].replace(/^\[|\]$/g, ''), port: Number(m[2]) } : null;
}
