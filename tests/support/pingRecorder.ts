// A healthchecks-style loopback server: answers `OK` to every request and records method, path and body.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the server saw. */
export interface RecordedPing {
  method: string;
  path: string;
  body: string;
}

/** A server on 127.0.0.1 that records every ping; `url` is its base (`http://127.0.0.1:PORT`). */
export class PingRecorder {
  readonly pings: RecordedPing[] = [];
  private server: Server | null = null;
  url = '';

  /** Starts listening on a free port; `status` is what every request gets. */
  async start(status = 200): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.pings.push({
          method: req.method ?? '',
          path: req.url ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
        });
        res.writeHead(status, { 'content-type': 'text/plain' });
        res.end('OK');
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Stops the server. */
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
