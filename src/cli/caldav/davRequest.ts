import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** How long one request may take before the publish stops with an error. */
export const DAV_TIMEOUT_MS = 30_000;

/** One HTTP answer, its body as text. */
export interface DavResponse {
  status: number;
  etag: string | undefined;
  body: string;
}

/** A WebDAV/CalDAV connection to one server: basic auth when a user is given, keep-alive across requests. */
export class DavClient {
  private readonly agent: HttpAgent | HttpsAgent;
  private readonly auth: string | undefined;

  constructor(
    readonly origin: URL,
    user: string | undefined,
    password: string | undefined,
  ) {
    this.agent =
      origin.protocol === 'https:' ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
    this.auth =
      user === undefined ? undefined : `Basic ${Buffer.from(`${user}:${password ?? ''}`, 'utf8').toString('base64')}`;
  }

  /**
   * Sends one request; a network failure rejects with the system error (`ECONNREFUSED`), an HTTP
   * error status is returned, not thrown.
   */
  send(method: string, url: URL, headers: Record<string, string> = {}, body?: string): Promise<DavResponse> {
    return new Promise((resolve, reject) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const all: Record<string, string | number> = { ...headers };
      if (this.auth !== undefined) all.authorization = this.auth;
      if (body !== undefined) all['content-length'] = Buffer.byteLength(body);
      const req = send(url, { method, headers: all, agent: this.agent, timeout: DAV_TIMEOUT_MS }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const etag = res.headers.etag;
          resolve({ status: res.statusCode ?? 0, etag, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Closes the kept-alive sockets. */
  close(): void {
    this.agent.destroy();
  }
}
