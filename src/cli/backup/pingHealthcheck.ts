import type { CliIo } from '../io';

/** How long a ping may take: a slow monitoring service never holds up a backup for long. */
export const PING_TIMEOUT_MS = 10_000;

/** Which ping: the job started, succeeded or failed (healthchecks' `/start`, plain URL and `/fail`). */
export type PingKind = 'start' | 'success' | 'fail';

/**
 * Pings a healthchecks-style URL (`https://hc-ping.com/<uuid>`, `…/start`, `…/fail`), POSTing a
 * short summary as the body. A ping that fails is a warning on stderr, never the backup's failure.
 * @example await pingHealthcheck(io, 'https://hc-ping.com/0f3c…', 'fail', 'restic: wrong password')
 */
export async function pingHealthcheck(io: CliIo, base: string, kind: PingKind, body: string): Promise<void> {
  const url = new URL(`${base.replace(/\/+$/, '')}${kind === 'success' ? '' : `/${kind}`}`);
  const failure = await post(url, body);
  if (failure !== null) io.stderr(`vault-stack: warning: the ${kind} ping to ${url.host} ${failure}\n`);
}

/** POSTs text; null on a 2xx answer, else what went wrong (`got HTTP 404`, `failed (ECONNREFUSED)`). */
async function post(url: URL, body: string): Promise<string | null> {
  // Loaded here, not at start-up: only backup runs with a ping use them.
  const send = url.protocol === 'https:' ? (await import('node:https')).request : (await import('node:http')).request;
  return new Promise((resolve) => {
    const req = send(
      url,
      {
        method: 'POST',
        timeout: PING_TIMEOUT_MS,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          resolve(status >= 200 && status < 300 ? null : `got HTTP ${status}`);
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (error: Error & { code?: string }) => resolve(`failed (${error.code ?? error.message})`));
    req.end(body);
  });
}
