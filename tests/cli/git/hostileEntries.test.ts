import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fsck, git } from '../../git/support/nativeGit';
import { buildCli } from '../support/buildCli';
import { TempVault } from '../support/TempVault';
import { fakePrivateKeyLines } from './support/runGitCli';

/**
 * Entries git does not commit (FIFOs, sockets, names that are not UTF-8) and symbolic links that
 * lead nowhere good, against the built CLI spawned with a timeout: a hang fails the test instead
 * of stalling the suite.
 */
const TIMEOUT_MS = 20_000;

let build: TempVault;
let bundle: string;
let vault: TempVault;

beforeAll(() => {
  build = new TempVault('vault-stack-build-');
  bundle = buildCli(build.root);
});
afterAll(() => build.remove());
beforeEach(() => {
  vault = new TempVault('vault-stack-hostile-')
    .note('Habits/Meditate.md', ['stack: habit', 'goal: daily'])
    .write('.vault-config/app.json', '{}\n');
});
afterEach(() => vault.remove());

function cli(...argv: string[]): { status: number | null; stdout: string; stderr: string; timedOut: boolean } {
  const run = spawnSync(process.execPath, [bundle, ...argv], {
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, timedOut: run.error !== undefined };
}

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`);
}

/** `git ls-files -s` as path → "mode oid". */
function stagedModes(dir: string): Map<string, string> {
  const lines = git(dir, 'ls-files', '-s').split('\n').filter(Boolean);
  return new Map(
    lines.map((l) => {
      const [meta, path] = l.split('\t');
      const [mode, oid] = meta.split(' ');
      return [path, `${mode} ${oid}`];
    }),
  );
}

describe('FIFOs in the vault', () => {
  it('init and commit skip a FIFO (a .md name or not), say so on stderr, and commit everything else', () => {
    mkfifo(join(vault.root, 'pipe.md'));
    mkfifo(join(vault.root, 'Habits', 'fifo'));

    const init = cli('init', vault.root);
    vault.write('Habits/Meditate.md', '---\nstack: habit\ngoal: weekly\n---\n');
    const commit = cli('commit', vault.root, '--json');

    expect(init.timedOut).toBe(false);
    expect(init.status).toBe(0);
    expect(init.stderr).toContain('skipped pipe.md: a named pipe (FIFO)');
    expect(init.stderr).toContain('skipped Habits/fifo: a named pipe (FIFO)');
    expect([...stagedModes(vault.root).keys()].sort()).toEqual([
      '.gitignore',
      '.vault-config/app.json',
      'Habits/Meditate.md',
    ]);
    expect(commit.timedOut).toBe(false);
    expect(commit.status).toBe(0);
    expect(JSON.parse(commit.stdout)).toMatchObject({
      status: 'committed',
      changes: [{ path: 'Habits/Meditate.md', status: 'modified' }],
      skipped: [{ path: 'Habits/fifo' }, { path: 'pipe.md' }],
    });
    expect(fsck(vault.root)).toBe('');
  });

  it('a tracked note replaced by a FIFO is left as committed, not deleted and not opened', () => {
    expect(cli('init', vault.root).status).toBe(0);
    rmSync(join(vault.root, 'Habits', 'Meditate.md'));
    mkfifo(join(vault.root, 'Habits', 'Meditate.md'));

    const commit = cli('commit', vault.root);

    expect(commit.timedOut).toBe(false);
    expect(commit).toMatchObject({ status: 0, stdout: 'nothing to commit\n' });
    expect(git(vault.root, 'ls-files', 'Habits/Meditate.md').trim()).toBe('Habits/Meditate.md');
  });
});

describe('symbolic links', () => {
  let outside: string;
  beforeEach(() => {
    outside = mkdtempSync(join(tmpdir(), 'vault-stack-outside-'));
    writeFileSync(join(outside, 'id_ed25519'), fakePrivateKeyLines().join('\n') + '\n');
  });
  afterEach(() => rmSync(outside, { recursive: true, force: true }));

  it('are committed as links (mode 120000, blob = link text), never followed: /dev/zero, /dev/urandom, a loop, a secret outside the vault', () => {
    const links: Record<string, string> = {
      'zero.md': '/dev/zero',
      'Habits/random': '/dev/urandom',
      'loop-a': 'loop-b',
      'loop-b': 'loop-a',
      'key.md': join(outside, 'id_ed25519'),
      'Folder link': outside,
    };
    for (const [path, target] of Object.entries(links)) symlinkSync(target, join(vault.root, path));

    const init = cli('init', vault.root);
    symlinkSync('/dev/zero', join(vault.root, 'Habits', 'later.md'));
    const commit = cli('commit', vault.root);

    expect(init.timedOut).toBe(false);
    expect(init.status).toBe(0);
    expect(commit.timedOut).toBe(false);
    expect(commit.status).toBe(0);
    const staged = stagedModes(vault.root);
    for (const [path, target] of Object.entries({ ...links, 'Habits/later.md': '/dev/zero' })) {
      const [mode, oid] = (staged.get(path) ?? '').split(' ');
      expect(`${path} ${mode}`).toBe(`${path} 120000`);
      expect(git(vault.root, 'cat-file', '-p', oid)).toBe(target);
      expect(git(vault.root, 'ls-tree', 'HEAD', path).split(' ')[0]).toBe('120000');
    }
    expect(fsck(vault.root)).toBe('');
  });

  it('are scanned as their link text: a token written as a link target blocks the commit', () => {
    expect(cli('init', vault.root).status).toBe(0);
    const token = `ghp_${randomBytes(27)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, 'a')
      .slice(0, 36)}`;
    symlinkSync(token, join(vault.root, 'token-link'));

    const commit = cli('commit', vault.root);

    expect(commit.status).toBe(1);
    expect(commit.stderr).toContain('token-link:1:');
  });
});

describe('odd entries do not stop the vault from being versioned', () => {
  let server: Server;
  beforeEach(async () => {
    server = createServer();
    await new Promise<void>((done) => server.listen(join(vault.root, 'agent.sock'), done));
  });
  afterEach(async () => {
    await new Promise<void>((done) => server.close(() => done()));
  });

  it('a socket and a Latin-1 file name are skipped and reported; init and commit commit the rest', () => {
    writeFileSync(Buffer.from(join(vault.root, 'caf\xe9.md'), 'latin1'), '# café\n');

    const init = cli('init', vault.root);
    vault.write('Notes/New.md', '# new\n');
    const commit = cli('commit', vault.root);

    expect(init.status).toBe(0);
    expect(init.stderr).toContain('skipped agent.sock: a socket');
    expect(init.stderr).toContain('skipped caf\uFFFD.md: its name is not valid UTF-8');
    expect(init.stdout).toContain('3 files committed');
    expect(commit.status).toBe(0);
    expect(commit.stderr).toContain('skipped agent.sock: a socket');
    expect(git(vault.root, 'ls-files').split('\n').filter(Boolean).sort()).toEqual([
      '.gitignore',
      '.vault-config/app.json',
      'Habits/Meditate.md',
      'Notes/New.md',
    ]);
    expect(fsck(vault.root)).toBe('');
  });
});
