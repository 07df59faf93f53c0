// A real Radicale (Debian `radicale`) on loopback, with htpasswd plain auth and its storage in a temp folder.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Availability } from './icalParsers';

/** Whether `radicale` runs here; skipped (with a reason) only outside CI. */
export function radicaleAvailability(): Availability {
  try {
    execFileSync('radicale', ['--version'], { stdio: 'pipe' });
    return { run: true, reason: '' };
  } catch {
    if (process.env.CI) throw new Error('radicale is missing; CI must install radicale (.ci/run)');
    return {
      run: false,
      reason: 'CalDAV tests skipped: radicale is missing (apt-get install -y radicale; required in CI)',
    };
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A running Radicale with users from `users` (name → password). */
export class Radicale {
  readonly dir = mkdtempSync(join(tmpdir(), 'vault-stack-radicale-'));
  private child: ChildProcess | undefined;
  private log = '';
  port = 0;

  /** `http://127.0.0.1:<port>`. */
  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the server and waits until it accepts connections. */
  async start(users: Record<string, string>): Promise<this> {
    const storage = join(this.dir, 'storage');
    mkdirSync(storage);
    const htpasswd = join(this.dir, 'users');
    writeFileSync(
      htpasswd,
      Object.entries(users)
        .map(([u, p]) => `${u}:${p}\n`)
        .join(''),
    );
    this.port = await freePort();
    this.child = spawn(
      'radicale',
      [
        '--config',
        '',
        '--server-hosts',
        `127.0.0.1:${this.port}`,
        '--storage-filesystem-folder',
        storage,
        '--auth-type',
        'htpasswd',
        '--auth-htpasswd-filename',
        htpasswd,
        '--auth-htpasswd-encryption',
        'plain',
        '--auth-delay',
        '0',
        '--rights-type',
        'owner_only',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: this.dir } },
    );
    this.child.stdout?.on('data', (d: Buffer) => (this.log += d.toString()));
    this.child.stderr?.on('data', (d: Buffer) => (this.log += d.toString()));
    for (let i = 0; i < 100; i++) {
      if (this.child.exitCode !== null) throw new Error(`radicale exited: ${this.log}`);
      if (await accepts(this.port)) return this;
      await sleep(100);
    }
    throw new Error(`radicale did not start: ${this.log}`);
  }

  /** The folder Radicale keeps a collection's items in (`/alice/tasks/` → …/collection-root/alice/tasks). */
  folder(path: string): string {
    return join(this.dir, 'storage', 'collection-root', ...path.split('/').filter(Boolean));
  }

  /** The item files of a collection, by name, with their text (none when the collection is missing). */
  items(path: string): Map<string, string> {
    const folder = this.folder(path);
    const out = new Map<string, string>();
    if (!existsSync(folder)) return out;
    for (const name of readdirSync(folder)
      .filter((n) => n.endsWith('.ics'))
      .sort())
      out.set(name, readFileSync(join(folder, name), 'utf8'));
    return out;
  }

  /** Stops the server and deletes its folder. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
