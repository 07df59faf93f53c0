import type { HttpFailureReason } from './HttpProbe';

/** The certificate an endpoint served: who issued it, its last valid day (UTC), and whether this host trusts it. */
export interface ServedCertificate {
  issuer: string;
  subject: string;
  /** `YYYY-MM-DD`, the UTC day of notAfter. */
  notAfter: string;
  /** Why the host's trust store refuses it (`DEPTH_ZERO_SELF_SIGNED_CERT`), when it does. */
  untrusted?: string;
}

/** What reading a certificate gave: the certificate, or why there was none. */
export type TlsProbeOutcome =
  | { ok: true; certificate: ServedCertificate; elapsedMs: number }
  | { ok: false; reason: HttpFailureReason; detail: string; elapsedMs: number };

/**
 * The TLS capability (Node's `tls.connect`, in the CLI and the desktop app; none on mobile): reads
 * the certificate served at `connect` (`host:port`), presenting `servername` for SNI. Never throws.
 */
export interface TlsProbe {
  certificate(target: { servername: string; host: string; port: number; timeoutMs: number }): Promise<TlsProbeOutcome>;
}
