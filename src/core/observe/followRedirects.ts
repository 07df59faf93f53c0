import type { HttpProbe, HttpProbeOutcome, HttpProbeRequest } from './HttpProbe';

/** At most this many redirects are followed (the sixth is a failure). */
export const MAX_REDIRECTS = 5;

/** The final answer after redirects, with the total time, how many hops, and the URL that answered. */
export type FollowedOutcome = HttpProbeOutcome & { redirects: number; finalUrl: string };

/**
 * Sends a request and follows `Location` redirects (301, 302, 303, 307, 308) at most five times,
 * resolving relative locations; a sixth is a `redirect` failure (a loop). The time is the sum of
 * every hop's. A 303 turns the next request into a GET.
 * @example await followRedirects(http, { url: 'http://a/', method: 'GET', timeoutMs: 10_000 })
 */
export async function followRedirects(http: HttpProbe, request: HttpProbeRequest): Promise<FollowedOutcome> {
  let current = request;
  let elapsedMs = 0;
  for (let redirects = 0; ; redirects++) {
    const outcome = await http.request(current);
    elapsedMs += outcome.elapsedMs;
    const location = outcome.ok && isRedirect(outcome.status) ? outcome.headers.location : undefined;
    if (!outcome.ok || location === undefined) return { ...outcome, elapsedMs, redirects, finalUrl: current.url };
    const next = resolveLocation(location, current.url);
    if (next === null)
      return {
        ok: false,
        reason: 'garbage',
        detail: `HTTP ${outcome.status} redirects to a location that is not an http(s) URL`,
        elapsedMs,
        redirects,
        finalUrl: current.url,
      };
    if (redirects === MAX_REDIRECTS)
      return {
        ok: false,
        reason: 'other',
        detail: `more than ${MAX_REDIRECTS} redirects (a loop?)`,
        elapsedMs,
        redirects,
        finalUrl: current.url,
      };
    const method = outcome.status === 303 && current.method !== 'HEAD' ? 'GET' : current.method;
    current = { ...current, url: next, method, ...(method === 'GET' ? { body: undefined } : {}) };
  }
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** An absolute http(s) URL for a `Location` value, or null. */
function resolveLocation(location: string, base: string): string | null {
  try {
    const url = new URL(location, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
