import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import { clone } from '../../../src/git/remote/clone';
import { tokenAuth, type RemoteCredentials } from '../../../src/git/remote/credentials';
import type { RemoteOptions } from '../../../src/git/remote/RemoteOptions';
import { startGitHttpServer, type GitHttpServer } from '../../support/gitHttpServer';

/** The one user the test server accepts. Generated for the test; not a real credential. */
export const GOOD: RemoteCredentials = { username: 'vault', token: 'test-token-4f1c9a' };
export const AUTHOR = { name: 'Vault Stack', email: 'vault-stack@example.invalid' };

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Seeder',
  GIT_AUTHOR_EMAIL: 'seeder@example.invalid',
  GIT_COMMITTER_NAME: 'Seeder',
  GIT_COMMITTER_EMAIL: 'seeder@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
};

/** Runs the real git CLI in a folder and returns its stdout. */
export function nativeGit(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** `git status --porcelain` lines, as native git sees the working tree and index. */
export function porcelain(dir: string): string[] {
  return nativeGit(dir, 'status', '--porcelain')
    .split('\n')
    .filter((l) => l !== '');
}

/** Throws unless `git fsck --strict` finds nothing wrong (dangling objects are not errors). */
export function fsckStrict(dir: string): string {
  return nativeGit(dir, 'fsck', '--strict', '--no-dangling', '--no-progress');
}

/** A `git http-backend` server on loopback with basic auth, serving bare repositories from a temp folder. */
export class RemoteServer {
  private repos = 0;

  private constructor(
    readonly root: string,
    readonly server: GitHttpServer,
  ) {}

  /** Starts the server; one per test file is enough, each test takes a fresh repository. */
  static async start(): Promise<RemoteServer> {
    const root = mkdtempSync(join(tmpdir(), 'vault-stack-remote-'));
    fs.mkdirSync(join(root, 'served'));
    const server = await startGitHttpServer({ projectRoot: join(root, 'served'), ...GOOD });
    return new RemoteServer(root, server);
  }

  /** A fresh bare repository with `http.receivepack` on and an initial commit of `notes` (none: an empty remote). */
  createRemote(notes: Record<string, string> | null): RemoteFixture {
    const name = `vault-${this.repos++}`;
    const bare = join(this.root, 'served', `${name}.git`);
    fs.mkdirSync(bare, { recursive: true });
    nativeGit(bare, 'init', '--bare', '--initial-branch=main', '--quiet');
    nativeGit(bare, 'config', 'http.receivepack', 'true');
    if (notes !== null) {
      const seed = join(this.root, `${name}-seed`);
      nativeGit(this.root, 'clone', '--quiet', bare, seed);
      for (const [path, text] of Object.entries(notes)) writeNote(seed, path, text);
      nativeGit(seed, 'add', '-A');
      nativeGit(seed, 'commit', '--quiet', '-m', 'Initial notes');
      nativeGit(seed, 'push', '--quiet', 'origin', 'HEAD:main');
    }
    return new RemoteFixture(join(this.root, name), this.server, bare, this.server.repoUrl(name));
  }

  async close(): Promise<void> {
    await this.server.close();
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** One served bare repository and the vault copies cloned from it. */
export class RemoteFixture {
  constructor(
    /** A folder for this remote's vault copies. */
    readonly root: string,
    readonly server: GitHttpServer,
    readonly bare: string,
    readonly url: string,
  ) {
    fs.mkdirSync(root, { recursive: true });
  }

  /** Clones the served repository into a new vault folder through our `clone` over HTTP. */
  async cloneVault(name: string): Promise<string> {
    const dir = join(this.root, name);
    await clone({ fs, http, dir, url: this.url, onAuth: tokenAuth(GOOD) });
    return dir;
  }

  /** Remote options for a vault copy, with the good token unless told otherwise. */
  options(dir: string, credentials: RemoteCredentials | null = GOOD): RemoteOptions {
    return { fs, http, dir, onAuth: tokenAuth(credentials) };
  }

  /** The bare repository's `main`, read by native git. */
  remoteHead(): string {
    return nativeGit(this.bare, 'rev-parse', 'refs/heads/main').trim();
  }
}

/** Writes a note under a vault folder, creating its parent folders. */
export function writeNote(dir: string, path: string, data: string | Uint8Array): void {
  fs.mkdirSync(dirname(join(dir, path)), { recursive: true });
  fs.writeFileSync(join(dir, path), data);
}

/** Reads a note's bytes. */
export function readNote(dir: string, path: string): Buffer {
  return fs.readFileSync(join(dir, path));
}

/** Writes notes (text or bytes) and commits them with isomorphic-git, as the plugin would; returns the commit. */
export async function commitNotes(
  dir: string,
  notes: Record<string, string | Uint8Array>,
  message: string,
): Promise<string> {
  for (const [path, data] of Object.entries(notes)) writeNote(dir, path, data);
  await git.add({ fs, dir, filepath: Object.keys(notes) });
  return git.commit({ fs, dir, message, author: AUTHOR });
}

/** The vault copy's HEAD commit. */
export function head(dir: string): Promise<string> {
  return git.resolveRef({ fs, dir, ref: 'HEAD' });
}
