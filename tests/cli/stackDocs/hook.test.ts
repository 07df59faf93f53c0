import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOOK_MARKER } from '../../../src/cli/hook/preCommitHook';
import { ENV as NATIVE_GIT_ENV } from '../../git/support/nativeGit';
import { buildCli } from '../support/buildCli';
import { TempVault } from '../support/TempVault';

const ENV = { ...NATIVE_GIT_ENV, XDG_CACHE_HOME: join(tmpdir(), 'vault-stack-hook-cache') };

let buildDir: string;
let cli: string;
beforeAll(() => {
  buildDir = mkdtempSync(join(tmpdir(), 'vault-stack-hook-cli-'));
  cli = buildCli(buildDir);
});
afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

/** The real git CLI; returns its exit status and output instead of throwing. */
function git(dir: string, ...args: string[]): { status: number; out: string } {
  const r = spawnSync('git', args, { cwd: dir, env: ENV, encoding: 'utf8' });
  return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

function vaultStack(cwd: string, ...args: string[]): { status: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, env: ENV, encoding: 'utf8' });
  return { status: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('vault-stack hook install', () => {
  test('a commit with a broken staged note is blocked by the hook; fixing it lets the commit through', () => {
    const repo = new TempVault('vault-stack-hook-');
    try {
      repo.note('notes/Tasks/Ok.md', ['stack: task', 'due: 2026-12-01']);
      git(repo.root, 'init', '-q');
      git(repo.root, 'add', '.');
      git(repo.root, 'commit', '-qm', 'first');

      const installed = vaultStack(repo.root, 'hook', 'install', 'notes');
      repo.note('notes/Tasks/Bad.md', ['stack: task', 'due: 2026-13-45']);
      git(repo.root, 'add', '.');
      const blocked = git(repo.root, 'commit', '-qm', 'bad note');
      repo.note('notes/Tasks/Bad.md', ['stack: task', 'due: 2026-12-24']);
      const stillStagedBad = git(repo.root, 'commit', '-qm', 'fixed only on disk');
      git(repo.root, 'add', '.');
      const passed = git(repo.root, 'commit', '-qm', 'fixed note');

      expect(installed).toMatchObject({
        status: 0,
        err: expect.stringMatching(/^installed .*\.git\/hooks\/pre-commit: commits now check the staged notes\n$/),
      });
      expect(blocked.status).not.toBe(0);
      expect(blocked.out).toContain('Tasks/Bad.md:3: due: "2026-13-45" has the shape of a date but 13 is not a month');
      expect(blocked.out).toContain('commit blocked');
      expect(stillStagedBad.status).not.toBe(0);
      expect(passed.status).toBe(0);
      expect(git(repo.root, 'log', '--format=%s').out.trim().split('\n')).toEqual(['fixed note', 'first']);
    } finally {
      repo.remove();
    }
  });

  test('refuses to replace a hook it did not write, and updates its own', () => {
    const repo = new TempVault('vault-stack-hook-');
    try {
      git(repo.root, 'init', '-q');
      const hook = join(repo.root, '.git/hooks/pre-commit');
      writeFileSync(hook, '#!/bin/sh\nmake lint\n', { mode: 0o755 });

      const refused = vaultStack(repo.root, 'hook', 'install');
      const kept = readFileSync(hook, 'utf8');
      writeFileSync(hook, `#!/bin/sh\n${HOOK_MARKER}\nexit 0\n`);
      const updated = vaultStack(repo.root, 'hook', 'install', '.', '--strict');

      expect(refused.status).toBe(2);
      expect(refused.err).toContain('exists and was not written by vault-stack; left as it is');
      expect(kept).toBe('#!/bin/sh\nmake lint\n');
      expect(updated).toMatchObject({ status: 0, err: expect.stringContaining('updated ') });
      expect(readFileSync(hook, 'utf8')).toMatch(/'hook' 'run' '\.' '--strict'\n$/);
    } finally {
      repo.remove();
    }
  });

  test('outside a repository it says what to do (exit 2)', () => {
    const dir = new TempVault('vault-stack-hook-');
    try {
      const result = vaultStack(dir.root, 'hook', 'install');
      expect(result.status).toBe(2);
      expect(result.err).toContain('run it inside a git repository');
    } finally {
      dir.remove();
    }
  });
});
