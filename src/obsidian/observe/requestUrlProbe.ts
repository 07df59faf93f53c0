import type { HttpFailureReason, HttpProbe, HttpProbeOutcome } from '../../core/observe/HttpProbe';
import type { RequestUrlFn } from '../requestUrlHttp';

/**
 * The network observers' HTTP capability over Obsidian's `requestUrl` (desktop and mobile, no
 * CORS). `requestUrl` has no time limit, so the answer is raced against one; it follows redirects
 * itself (the core then sees the final answer). Errors are classified from the platform's message
 * (`net::ERR_NAME_NOT_RESOLVED`, `ERR_CONNECTION_REFUSED`, `ERR_CERT_…`).
 */
export function requestUrlProbe(requestUrl: RequestUrlFn, now: () => number = () => performance.now()): HttpProbe {
  return {
    async request(request): Promise<HttpProbeOutcome> {
      const started = now();
      let timer = 0;
      const timeout = new Promise<HttpProbeOutcome>((resolve) => {
        timer = window.setTimeout(
          () =>
            resolve({
              ok: false,
              reason: 'timeout',
              detail: `no answer within ${request.timeoutMs} ms`,
              elapsedMs: now() - started,
            }),
          request.timeoutMs,
        );
      });
      const answer = (async (): Promise<HttpProbeOutcome> => {
        try {
          const response = await requestUrl({
            url: request.url,
            method: request.method,
            headers: { ...request.headers },
            ...(request.body === undefined ? {} : { body: request.body }),
            throw: false,
          });
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers ?? {})) headers[name.toLowerCase()] = value;
          let body = '';
          if (request.method !== 'HEAD') {
            try {
              body = response.text;
            } catch {
              body = '';
            }
          }
          return { ok: true, status: response.status, headers, body, elapsedMs: now() - started };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const [reason, detail] = classifyRequestError(message, request.url);
          return { ok: false, reason, detail, elapsedMs: now() - started };
        }
      })();
      try {
        return await Promise.race([answer, timeout]);
      } finally {
        window.clearTimeout(timer);
      }
    },
  };
}

/** A `requestUrl` failure as a reason: Chromium's `net::ERR_*` names on desktop, the platform's words on mobile. */
export function classifyRequestError(message: string, url: string): [HttpFailureReason, string] {
  const host = hostOf(url);
  if (/NAME_NOT_RESOLVED|ENOTFOUND|UnknownHost|hostname could not be found/i.test(message))
    return ['dns', `no such host ${host}`];
  if (/CONNECTION_REFUSED|ECONNREFUSED|Connection refused|Could not connect/i.test(message))
    return ['refused', 'connection refused'];
  if (/TIMED_OUT|timed out|timeout/i.test(message)) return ['timeout', message];
  if (/CERT|SSL|TLS|certificate/i.test(message)) return ['tls', message];
  if (/CONNECTION_RESET|ECONNRESET|EMPTY_RESPONSE/i.test(message)) return ['reset', message];
  if (/INVALID_HTTP_RESPONSE|INVALID_RESPONSE/i.test(message)) return ['garbage', message];
  return ['other', message];
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
