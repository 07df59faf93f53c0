import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fsck, git, porcelain } from '../../git/support/nativeGit';
import { buildCli } from '../support/buildCli';
import { TempVault } from '../support/TempVault';

describe('git commands in the built CLI bundle, spawned as a process', () => {
  let build: TempVault;
  let vault: TempVault;
  let bundle: string;
  beforeAll(() => {
    build = new TempVault('vault-stack-build-');
    vault = new TempVault()
      .note('Habits/Meditate.md', ['stack: habit', 'goal: daily', 'log: [2026-11-27]'])
      .write('.vault-config/app.json', '{}\n');
    bundle = buildCli(build.root);
  });
  afterAll(() => {
    for (const dir of [build, vault]) dir.remove();
  });
  const spawnCli = (...argv: string[]) =>
    spawnSync(process.execPath, [bundle, ...argv], {
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.org' },
    });

  it('initialises, commits an edit with an item-aware message, and sets the exit code after the async work', () => {
    const init = spawnCli('init', vault.root);
    vault.note('Habits/Meditate.md', ['stack: habit', 'goal: daily', 'log: [2026-11-27, 2026-11-28]']);
    const commit = spawnCli('commit', vault.root);
    const clean = spawnCli('commit', vault.root);

    expect([init.status, commit.status, clean.status]).toEqual([0, 0, 0]);
    expect(clean.stdout).toBe('nothing to commit\n');
    expect(git(vault.root, 'log', '--format=%s|%an').trim().split('\n')).toEqual([
      'habit: Meditate checked in 2026-11-28|Ada',
      'vault: initial import of 3 files|Ada',
    ]);
    expect(fsck(vault.root)).toBe('');
    expect(porcelain(vault.root)).toEqual([]);
  });

  it('exits 1 when the secret guard blocks, and 2 for a missing note in log', () => {
    vault.write(
      'Keys.md',
      ['-----BEGIN RSA PRIVATE KEY-----', randomBytes(48).toString('base64'), '-----END RSA PRIVATE KEY-----', ''].join(
        '\n',
      ),
    );

    const blocked = spawnCli('commit', vault.root);
    const missing = spawnCli('log', 'No such note', '--vault', vault.root);
    const noNote = spawnCli('log', '--vault', vault.root);

    expect(blocked.status).toBe(1);
    expect(blocked.stderr).toContain('Keys.md:1: RSA private key block');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no note called "No such note"');
    expect(noNote.status).toBe(2);
    expect(noNote.stderr).toContain('log needs a NOTE');
  });

  it('refuses a local or file:// remote with exit 2, naming http and https, and saves no remote', () => {
    const bare = join(build.root, 'bare.git');
    git(build.root, 'init', '--quiet', '--bare', bare);

    for (const url of [bare, `file://${bare}`]) {
      const push = spawnCli('push', vault.root, '--remote', url);
      const pull = spawnCli('pull', vault.root, '--remote', url);

      expect([push.status, pull.status]).toEqual([2, 2]);
      expect(push.stderr).toContain('only http and https remotes are supported');
      expect(pull.stderr).toContain('only http and https remotes are supported');
      expect(push.stderr).not.toContain('internal error');
    }
    expect(readFileSync(join(vault.root, '.git', 'config'), 'utf8')).not.toContain('[remote');
  });

  it("prints no deprecation warning under --pending-deprecation (the commit scan then keeps off node's internal fs binding)", () => {
    const own = new TempVault().note('Habits/Meditate.md', ['stack: habit', 'goal: daily']);
    spawnCli('init', own.root);
    own.note('Habits/Meditate.md', ['stack: habit', 'goal: daily', 'log: [2026-11-29]']);
    const run = (options: string) =>
      spawnSync(process.execPath, [bundle, 'commit', own.root], {
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: options, GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.org' },
      });

    const flagged = run('--pending-deprecation');
    const plain = run('');
    own.remove();

    expect([flagged.status, plain.status]).toEqual([0, 0]);
    expect(flagged.stderr).not.toMatch(/DEP0111|process\.binding/);
    expect(plain.stdout).toBe('nothing to commit\n');
  });
});
