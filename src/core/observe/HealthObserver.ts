import type { Item, KindData } from '../model/Item';
import { boundedRun, DEFAULT_CONCURRENCY, type Concurrency } from './boundedRun';
import { followRedirects, type FollowedOutcome } from './followRedirects';
import type { HttpProbe } from './HttpProbe';
import type { Observation, ObserveContext, Observer } from './Observation';
import { byPath, hostKey } from './observeTargets';

/** How long one health check may take, redirects included, unless told otherwise. */
export const HEALTH_TIMEOUT_MS = 10_000;

/** Options of the health observer: time limit per check and concurrency. */
export interface HealthOptions {
  timeoutMs: number;
  concurrency: Concurrency;
}

/**
 * Fetches every service's `health` URL (its `url` when it has no `health`; `health: false` skips
 * it) and judges the answer by `expect` — a status code, or a text the body must contain (by
 * default any 2xx) — as up (`ok`) or down (`failed`) with the reason and the latency (DESIGN.md
 * §5). Redirects are followed at most five times; concurrency is bounded overall and per host.
 */
export class HealthObserver implements Observer {
  readonly check = 'health' as const;
  private readonly options: HealthOptions;

  constructor(
    private readonly http: HttpProbe,
    options: Partial<HealthOptions> = {},
  ) {
    this.options = { timeoutMs: HEALTH_TIMEOUT_MS, concurrency: DEFAULT_CONCURRENCY, ...options };
  }

  /** One observation per service with something to check, in path order. */
  async observe(ctx: ObserveContext): Promise<Observation[]> {
    const targets = ctx.index
      .items()
      .filter((item) => item.data.type === 'service')
      .sort(byPath)
      .map((item) => healthTarget(item))
      .filter((t): t is HealthTarget => t !== null);
    let done = 0;
    const total = targets.length;
    if (total > 0) ctx.progress?.('health', 0, total);
    return boundedRun(
      targets,
      (t) => ('bad' in t ? '' : hostKey(t.url)),
      async (target) => {
        const seen = await this.observeOne(ctx, target);
        ctx.progress?.('health', ++done, total);
        return seen;
      },
      this.options.concurrency,
    );
  }

  private async observeOne(ctx: ObserveContext, target: HealthTarget): Promise<Observation> {
    const base = { path: target.path, check: this.check, at: ctx.now };
    if ('bad' in target) return { ...base, status: 'unknown', detail: target.bad };
    const outcome = await followRedirects(this.http, {
      url: target.url,
      method: 'GET',
      timeoutMs: this.options.timeoutMs,
      headers: { accept: '*/*' },
    });
    const latencyMs = Math.round(outcome.elapsedMs);
    const verdict = judgeHealth(outcome, target.expect, this.options.timeoutMs);
    return { ...base, ...verdict, latencyMs };
  }
}

/** What one service's check fetches: a URL and what to expect, or why there is nothing to fetch. */
type HealthTarget = { path: string; url: string; expect?: number | string } | { path: string; bad: string };

/** The URL to check for a service, or null when it has none (or `health: false`). */
function healthTarget(item: Item): HealthTarget | null {
  const data = item.data as KindData['service'];
  if (data.health === false) return null;
  const written = item.frontmatter.health;
  if (data.health === undefined && written !== undefined && written !== null && written !== false)
    return {
      path: item.path,
      bad: `health: ${JSON.stringify(written)} is not an http or https URL; fix the note (or write health: false)`,
    };
  const url = data.health ?? data.url;
  if (url === undefined) return null;
  return { path: item.path, url, ...(data.expect === undefined ? {} : { expect: data.expect }) };
}

/**
 * Up or down, with the reason: `HTTP 200 in 12 ms`, `HTTP 500 (expected 200)`, `body lacks "ok"`,
 * `timed out after 10 s`, `DNS: no such host`, `TLS: …`, `connection refused`.
 */
export function judgeHealth(
  outcome: FollowedOutcome,
  expect: number | string | undefined,
  timeoutMs: number,
): Pick<Observation, 'status' | 'detail'> {
  const via = outcome.redirects > 0 ? ` after ${outcome.redirects} redirect${outcome.redirects === 1 ? '' : 's'}` : '';
  if (!outcome.ok) return { status: 'failed', detail: failureDetail(outcome.reason, outcome.detail, timeoutMs) };
  const status = outcome.status;
  if (typeof expect === 'number')
    return status === expect
      ? { status: 'ok', detail: `HTTP ${status}${via}` }
      : { status: 'failed', detail: `HTTP ${status}${via} (expected ${expect})` };
  if (status < 200 || status > 299) return { status: 'failed', detail: `HTTP ${status}${via}` };
  if (typeof expect === 'string' && !outcome.body.includes(expect))
    return { status: 'failed', detail: `HTTP ${status}${via}, but the body lacks ${JSON.stringify(expect)}` };
  return { status: 'ok', detail: `HTTP ${status}${via}` };
}

/** A failure's reason in words. */
export function failureDetail(reason: string, detail: string, timeoutMs: number): string {
  switch (reason) {
    case 'timeout':
      return `timed out after ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 100) / 10} s` : `${timeoutMs} ms`}`;
    case 'dns':
      return `DNS: ${detail}`;
    case 'tls':
      return `TLS error: ${detail}`;
    case 'refused':
      return 'connection refused';
    case 'reset':
      return `connection reset: ${detail}`;
    case 'garbage':
      return `not an HTTP answer: ${detail}`;
    default:
      return detail;
  }
}
