import type { TlsProbe, TlsProbeOutcome } from '../core/observe/TlsProbe';

/** What the probe uses of node's `tls` and `net` (passed in: the CLI imports them, the desktop plugin requires them). */
export interface TlsModules {
  connect: typeof import('node:tls').connect;
  isIP: typeof import('node:net').isIP;
}

/**
 * Reads the certificate an endpoint serves with `tls.connect`, accepting any certificate (the
 * point is to see it, trusted or not) and noting why the trust store would refuse it; SNI is sent
 * for names, never for IP addresses. Shared by the CLI and the desktop plugin.
 */
export function nodeTlsProbe(modules: TlsModules): TlsProbe {
  return {
    certificate: ({ servername, host, port, timeoutMs }) =>
      new Promise<TlsProbeOutcome>((resolve) => {
        const started = performance.now();
        const elapsed = (): number => performance.now() - started;
        let settled = false;
        const finish = (outcome: TlsProbeOutcome): void => {
          if (settled) return;
          settled = true;
          socket.destroy();
          resolve(outcome);
        };
        const socket = modules.connect({
          host,
          port,
          rejectUnauthorized: false,
          ...(modules.isIP(servername) === 0 ? { servername } : {}),
        });
        socket.setTimeout(timeoutMs, () =>
          finish({ ok: false, reason: 'timeout', detail: `no handshake within ${timeoutMs} ms`, elapsedMs: elapsed() }),
        );
        socket.once('secureConnect', () => {
          const cert = socket.getPeerCertificate();
          if (!cert || !cert.valid_to) {
            finish({ ok: false, reason: 'tls', detail: 'the server sent no certificate', elapsedMs: elapsed() });
            return;
          }
          const notAfter = new Date(cert.valid_to);
          const authError = socket.authorizationError as unknown;
          const untrusted = socket.authorized ? undefined : errorName(authError);
          finish({
            ok: true,
            certificate: {
              issuer: nameOf(cert.issuer),
              subject: nameOf(cert.subject),
              notAfter: notAfter.toISOString().slice(0, 10),
              ...(untrusted ? { untrusted } : {}),
            },
            elapsedMs: elapsed(),
          });
        });
        socket.once('error', (error: Error & { code?: string }) => {
          const code = error.code ?? '';
          const reason =
            code === 'ECONNREFUSED'
              ? 'refused'
              : code === 'ENOTFOUND' || code.startsWith('EAI_')
                ? 'dns'
                : code === 'ECONNRESET'
                  ? 'reset'
                  : 'tls';
          finish({
            ok: false,
            reason,
            detail: reason === 'dns' ? `no such host ${host}` : error.message,
            elapsedMs: elapsed(),
          });
        });
      }),
  };
}

function errorName(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error instanceof Error) return (error as Error & { code?: string }).code ?? error.message;
  return 'untrusted';
}

/** `O` (organisation) or `CN` of a certificate name, else its fields joined. */
function nameOf(name: Record<string, string | string[] | undefined> | undefined): string {
  if (!name) return 'unknown';
  const pick = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
  return (
    pick(name.O) ??
    pick(name.CN) ??
    Object.entries(name)
      .map(([k, v]) => `${k}=${String(pick(v))}`)
      .join(', ')
  );
}
