// Loopback servers standing in for a real stack: health endpoints, a served certificate, RDAP, ntfy.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clearTimeout, setTimeout } from 'node:timers';

/** How long `/slow` waits before answering: past any timeout the tests give. */
export const SLOW_MS = 1500;

/** A handler for one request; returns true when it answered. */
export type Route = (req: IncomingMessage, res: ServerResponse, body: string) => boolean;

/** An http server on 127.0.0.1 with the endpoints health and link checks meet. */
export class HealthFixture {
  private server: Server | null = null;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  url = '';
  /** Every request seen: `METHOD /path`. */
  readonly seen: string[] = [];

  /** Starts on a free port. `extra` answers paths the built-in endpoints do not. */
  async start(extra?: Route): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.answer(req, res, Buffer.concat(chunks).toString('utf8'), extra));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  private answer(req: IncomingMessage, res: ServerResponse, body: string, extra?: Route): void {
    const path = (req.url ?? '/').split('?')[0];
    this.seen.push(`${req.method} ${path}`);
    const text = (status: number, content: string, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'text/plain', ...headers });
      res.end(content);
    };
    const delay = /^\/delay\/(\d+)$/.exec(path);
    if (extra?.(req, res, body) === true) return;
    if (path === '/ok') return text(200, 'status: all good');
    if (path === '/fail') return text(500, 'database unreachable');
    if (path === '/wrong-body') return text(200, 'maintenance mode');
    if (path === '/gone') return text(410, 'gone');
    if (path === '/teapot') return text(418, "I'm a teapot");
    if (path === '/head-refused') return req.method === 'HEAD' ? text(405, '') : text(200, 'fine');
    if (path === '/loop') return text(302, '', { location: '/loop' });
    if (path === '/hop/1') return text(301, '', { location: `${this.url}/hop/2` });
    if (path === '/hop/2') return text(307, '', { location: '/ok' });
    if (path === '/garbage') {
      res.socket?.end('this is not http\r\n\r\n');
      return;
    }
    if (path === '/slow' || delay) {
      const timer = setTimeout(
        () => {
          this.timers.delete(timer);
          if (!res.destroyed) text(200, 'late');
        },
        delay ? Number(delay[1]) : SLOW_MS,
      );
      this.timers.add(timer);
      return;
    }
    text(404, 'not found');
  }

  /** Stops the server, dropping connections still open. */
  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A loopback URL nothing listens on: a port opened and closed again. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
