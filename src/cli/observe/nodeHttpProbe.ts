import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import type { HttpFailureReason, HttpProbe, HttpProbeOutcome, HttpProbeRequest } from '../../core/observe/HttpProbe';

/** The most of a body kept for `expect` (health pages are small; the rest is not read). */
const BODY_CAP = 1024 * 1024;

/** Options of the Node HTTP probe: trust (tests pass their own CA), sockets kept per host. */
export interface NodeHttpOptions {
  /** Extra certificate authorities to trust (PEM), besides the system's. */
  ca?: string | string[];
  maxSocketsPerHost?: number;
}

/**
 * The CLI's HTTP capability over node's http and https: no redirect followed (the core follows
 * them), sockets kept alive between checks of one host, the whole exchange bounded by the
 * request's time limit, failures classified (timeout, DNS, TLS, refused, reset, garbage).
 */
export function nodeHttpProbe(options: NodeHttpOptions = {}): HttpProbe & { close(): void } {
  const maxSockets = options.maxSocketsPerHost ?? 8;
  const agents = {
    http: new HttpAgent({ keepAlive: true, maxSockets }),
    https: new HttpsAgent({ keepAlive: true, maxSockets, ...(options.ca ? { ca: options.ca } : {}) }),
  };
  return {
    request: (request) => send(request, agents),
    close: () => {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

function send(request: HttpProbeRequest, agents: { http: HttpAgent; https: HttpsAgent }): Promise<HttpProbeOutcome> {
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      resolve({ ok: false, reason: 'other', detail: `${JSON.stringify(request.url)} is not a URL`, elapsedMs: 0 });
      return;
    }
    const secure = url.protocol === 'https:';
    if (!secure && url.protocol !== 'http:') {
      resolve({ ok: false, reason: 'other', detail: `${url.protocol} is not http or https`, elapsedMs: 0 });
      return;
    }
    let settled = false;
    const finish = (outcome: HttpProbeOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const fail = (reason: HttpFailureReason, detail: string): void =>
      finish({ ok: false, reason, detail, elapsedMs: elapsed() });
    const headers: Record<string, string> = { 'user-agent': 'vault-stack', ...request.headers };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    const req = (secure ? httpsRequest : httpRequest)(
      url,
      { method: request.method, headers, agent: secure ? agents.https : agents.http },
      (res) =>
        readResponse(res, request.method === 'HEAD', (body) =>
          finish({ ok: true, status: res.statusCode ?? 0, headers: flatHeaders(res), body, elapsedMs: elapsed() }),
        ),
    );
    const timer = setTimeout(() => {
      fail('timeout', `no answer within ${request.timeoutMs} ms`);
      req.destroy();
    }, request.timeoutMs);
    req.on('error', (error: Error & { code?: string; hostname?: string }) => {
      const [reason, detail] = classify(error, url.hostname);
      fail(reason, detail);
    });
    req.end(request.body);
  });
}

/** Reads up to the cap of the body, then answers; the rest is drained. */
function readResponse(res: IncomingMessage, head: boolean, done: (body: string) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  res.on('data', (chunk: Buffer) => {
    if (size >= BODY_CAP) return;
    chunks.push(chunk);
    size += chunk.length;
  });
  res.on('end', () => done(head ? '' : Buffer.concat(chunks).toString('utf8')));
  res.on('error', () => done(Buffer.concat(chunks).toString('utf8')));
}

function flatHeaders(res: IncomingMessage): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers))
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}

const TLS_CODES = /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_|HOSTNAME_MISMATCH|ERR_OSSL_)/;

/** A request error as a reason and a short detail. */
export function classify(error: Error & { code?: string }, hostname: string): [HttpFailureReason, string] {
  const code = error.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_NONAME' || code === 'EAI_NODATA')
    return ['dns', `no such host ${hostname}`];
  if (code === 'EAI_AGAIN' || code === 'EAI_FAIL') return ['dns', `could not resolve ${hostname} (${code})`];
  if (code === 'ECONNREFUSED') return ['refused', 'connection refused'];
  if (code === 'ECONNRESET' || code === 'EPIPE') return ['reset', code];
  if (code.startsWith('HPE_')) return ['garbage', error.message.replace(/^Parse Error: /, '')];
  if (TLS_CODES.test(code) || /certificate|ssl|tls/i.test(error.message)) return ['tls', error.message];
  return ['other', code ? `${error.message}` : error.message];
}
