import { execFileSync, spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** Who may use the test server: HTTP basic auth with this user name and token as password. */
export interface GitHttpServerOptions {
  /** Folder holding bare repositories, served as `/<name>.git`. */
  projectRoot: string;
  username: string;
  token: string;
}

/** A running `git http-backend` on loopback. */
export interface GitHttpServer {
  /** `http://127.0.0.1:<port>` without credentials. */
  baseUrl: string;
  /** URL of one bare repository under the project root. */
  repoUrl(name: string): string;
  /** Every request the server saw, in order, for assertions on what clients sent. */
  requests: { method: string; path: string; authorized: boolean }[];
  close(): Promise<void>;
}

const HTTP_BACKEND = join(execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim(), 'git-http-backend');

/**
 * Starts a small HTTP server on 127.0.0.1 (port 0) that runs the real `git http-backend` as CGI
 * behind basic auth. Repositories need `http.receivepack true` to accept pushes. It serves from
 * this process's event loop: drive native git against it asynchronously (`execFile`), never with
 * `execFileSync`, which would block the server and hang.
 */
export async function startGitHttpServer(options: GitHttpServerOptions): Promise<GitHttpServer> {
  const requests: GitHttpServer['requests'] = [];
  const expected = `Basic ${Buffer.from(`${options.username}:${options.token}`).toString('base64')}`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorized = req.headers.authorization === expected;
    requests.push({ method: req.method ?? 'GET', path: url.pathname, authorized });
    if (!authorized) {
      req.resume();
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="vault-stack test"', 'Content-Type': 'text/plain' });
      res.end('Authentication required\n');
      return;
    }
    runBackend(options, url, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    repoUrl: (name) => `${baseUrl}/${name}.git`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** Runs one CGI request through `git http-backend` and relays its response. */
function runBackend(options: GitHttpServerOptions, url: URL, req: IncomingMessage, res: ServerResponse): void {
  const child = spawn(HTTP_BACKEND, [], {
    env: {
      PATH: process.env.PATH ?? '',
      GIT_PROJECT_ROOT: options.projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      REMOTE_USER: options.username,
      REMOTE_ADDR: '127.0.0.1',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.replace(/^\?/, ''),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      ...(req.headers['content-length'] ? { CONTENT_LENGTH: req.headers['content-length'] } : {}),
      ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
      ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
    },
  });
  req.pipe(child.stdin);
  child.stdin.on('error', () => undefined);

  let head = Buffer.alloc(0);
  let headersSent = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    const { status, headers } = parseCgiHeaders(head.subarray(0, end).toString('latin1'));
    res.writeHead(status, headers);
    headersSent = true;
    res.write(head.subarray(end + 4));
  });
  child.stderr.resume();
  child.on('close', (code) => {
    if (!headersSent) res.writeHead(code === 0 ? 200 : 500);
    res.end();
  });
}

function parseCgiHeaders(block: string): { status: number; headers: Record<string, string> } {
  let status = 200;
  const headers: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
    else headers[name] = value;
  }
  return { status, headers };
}
