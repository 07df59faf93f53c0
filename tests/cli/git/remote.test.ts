import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOOD, RemoteServer, nativeGit, writeNote, type RemoteFixture } from '../../git/remote/remoteFixture';
import { fsck, porcelain } from '../../git/support/nativeGit';
import { TempVault } from '../support/TempVault';
import { runGitCli } from './support/runGitCli';

const TOKEN_ENV = { VAULT_STACK_GIT_TOKEN: GOOD.token, VAULT_STACK_GIT_USER: GOOD.username };

let server: RemoteServer;
let remote: RemoteFixture;
let vault: TempVault;

beforeAll(async () => {
  server = await RemoteServer.start();
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  remote = server.createRemote(null);
  vault = new TempVault('vault-stack-cli-remote-')
    .note('Tasks/Renew passport.md', ['stack: task', 'status: todo'])
    .write('.vault-config/app.json', '{}\n');
  expect((await runGitCli(['init', vault.root])).code).toBe(0);
});

afterEach(() => {
  vault.remove();
});

describe('vault-stack push', () => {
  it('pushes to the --remote URL with the token from the environment and remembers the URL without it', async () => {
    const result = await runGitCli(['push', vault.root, '--remote', remote.url], { env: TOKEN_ENV });

    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^pushed main \[[0-9a-f]{7}\]\n$/);
    expect(remote.remoteHead()).toBe(nativeGit(vault.root, 'rev-parse', 'HEAD').trim());
    const config = readFileSync(join(vault.root, '.git', 'config'), 'utf8');
    expect(config).toContain(`url = ${remote.url}`);
    expect(config).not.toContain(GOOD.token);
  });

  it('fails with exit 2 for a wrong token, saying to set VAULT_STACK_GIT_TOKEN, pushing nothing and not saving the URL', async () => {
    const result = await runGitCli(['push', vault.root, '--remote', remote.url], {
      env: { ...TOKEN_ENV, VAULT_STACK_GIT_TOKEN: 'wrong-token' },
    });

    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'vault-stack: push: The remote refused the credentials (HTTP 401): check the user name and token.\n' +
        'set VAULT_STACK_GIT_TOKEN to a token the remote accepts (and VAULT_STACK_GIT_USER to its user name if the host needs one)\n',
    );
    expect(() => remote.remoteHead()).toThrow();
    expect(readFileSync(join(vault.root, '.git', 'config'), 'utf8')).not.toContain('[remote');
  });

  it('keeps the working origin when a new --remote fails', async () => {
    expect((await runGitCli(['push', vault.root, '--remote', remote.url], { env: TOKEN_ENV })).code).toBe(0);
    const missing = remote.url.replace(/[^/]+$/, 'missing.git');

    const result = await runGitCli(['push', vault.root, '--remote', missing], { env: TOKEN_ENV });

    expect(result.code).toBe(2);
    expect(nativeGit(vault.root, 'config', 'remote.origin.url').trim()).toBe(remote.url);
  });

  it.each([
    ['a local path', (bare: string) => bare],
    ['a file:// URL', (bare: string) => `file://${bare}`],
    ['an ssh address', () => 'git@example.org:me/vault.git'],
  ])('refuses %s as a usage error naming http and https, saving nothing (exit 2)', async (_what, url) => {
    const result = await runGitCli(['push', vault.root, '--remote', url(remote.bare)], { env: TOKEN_ENV });

    expect(result.code).toBe(2);
    expect(result.err).toContain('only http and https remotes are supported');
    expect(result.err).toContain('give an http:// or https:// URL with --remote URL');
    expect(result.err).not.toMatch(/internal error|UNSUPPORTED_URL/);
    expect(readFileSync(join(vault.root, '.git', 'config'), 'utf8')).not.toContain('[remote');
  });

  it('says to give --remote URL when the vault has no remote, without an internal code', async () => {
    const result = await runGitCli(['push', vault.root], { env: TOKEN_ENV });

    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'vault-stack: push: No remote named "origin" is configured.\ngive the remote with --remote URL (it is saved as origin once it works)\n',
    );
  });

  it('shows transfer progress on a terminal and clears it', async () => {
    const result = await runGitCli(['push', vault.root, '--remote', remote.url], { env: TOKEN_ENV, tty: true });

    expect(result.code).toBe(0);
    expect(result.err).toContain('\r\x1b[2Kpush: contacting the remote');
    expect(result.err.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('refuses a remote URL with credentials in it', async () => {
    const withToken = remote.url.replace('http://', `http://${GOOD.username}:${GOOD.token}@`);

    const result = await runGitCli(['push', vault.root, '--remote', withToken], { env: TOKEN_ENV });

    expect(result.code).toBe(2);
    expect(result.err).toContain('remove the user and token from the URL and set VAULT_STACK_GIT_TOKEN');
    expect(result.err).not.toContain('CREDENTIALS_IN_URL');
    expect(readFileSync(join(vault.root, '.git', 'config'), 'utf8')).not.toContain(GOOD.token);
  });

  it('is rejected with exit 1 when the remote has commits the vault lacks', async () => {
    await runGitCli(['push', vault.root, '--remote', remote.url], { env: TOKEN_ENV });
    const other = await remote.cloneVault('other');
    writeNote(other, 'Notes/Elsewhere.md', '# from another device\n');
    nativeGit(other, 'add', '-A');
    nativeGit(other, 'commit', '--quiet', '-m', 'elsewhere');
    nativeGit(other, 'push', '--quiet', remote.bare, 'HEAD:main');
    vault.write('Notes/Here.md', '# here\n');
    await runGitCli(['commit', vault.root]);

    const result = await runGitCli(['push', vault.root], { env: TOKEN_ENV });

    expect(result.code).toBe(1);
    expect(result.err).toContain('pull first');
  });
});

describe('vault-stack pull', () => {
  beforeEach(async () => {
    expect((await runGitCli(['push', vault.root, '--remote', remote.url], { env: TOKEN_ENV })).code).toBe(0);
  });

  it('fast-forwards to commits pushed from another device, and native git agrees', async () => {
    const other = await remote.cloneVault('device-b');
    writeNote(other, 'Tasks/Renew passport.md', '---\nstack: task\nstatus: done\n---\n');
    nativeGit(other, 'commit', '--quiet', '-am', 'task: Renew passport done');
    nativeGit(other, 'push', '--quiet', remote.bare, 'HEAD:main');

    const result = await runGitCli(['pull', vault.root], { env: TOKEN_ENV });

    expect(result.code).toBe(0);
    expect(result.out).toContain('fast-forwarded: 1 file updated');
    expect(readFileSync(join(vault.root, 'Tasks/Renew passport.md'), 'utf8')).toContain('status: done');
    expect(fsck(vault.root)).toBe('');
    expect(porcelain(vault.root)).toEqual([]);
  });

  it('stops on a conflict, lists the note and changes nothing (exit 1)', async () => {
    const other = await remote.cloneVault('device-c');
    writeNote(other, 'Tasks/Renew passport.md', '---\nstack: task\nstatus: cancelled\n---\n');
    nativeGit(other, 'commit', '--quiet', '-am', 'cancelled there');
    nativeGit(other, 'push', '--quiet', remote.bare, 'HEAD:main');
    vault.note('Tasks/Renew passport.md', ['stack: task', 'status: done']);
    await runGitCli(['commit', vault.root]);
    const before = nativeGit(vault.root, 'rev-parse', 'HEAD');
    const text = readFileSync(join(vault.root, 'Tasks/Renew passport.md'), 'utf8');

    const result = await runGitCli(['pull', vault.root], { env: TOKEN_ENV });

    expect(result.code).toBe(1);
    expect(result.err).toContain('Tasks/Renew passport.md');
    expect(result.err).toContain(
      'to resolve: merge with git itself (`git pull` in the vault), fix the conflict markers in these notes, `git commit`, then push',
    );
    expect(nativeGit(vault.root, 'rev-parse', 'HEAD')).toBe(before);
    expect(readFileSync(join(vault.root, 'Tasks/Renew passport.md'), 'utf8')).toBe(text);
  });

  it('fails with exit 2 without a token, saying to set VAULT_STACK_GIT_TOKEN', async () => {
    const result = await runGitCli(['pull', vault.root], { env: { VAULT_STACK_GIT_TOKEN: undefined } });

    expect(result.code).toBe(2);
    expect(result.err).toContain('pull: The remote needs credentials and none were given.\nset VAULT_STACK_GIT_TOKEN');
    expect(result.err).not.toContain('AUTH_FAILED');
  });

  it('shows fetch progress on a terminal', async () => {
    const other = await remote.cloneVault('device-d');
    writeNote(other, 'Notes/New.md', '# new\n');
    nativeGit(other, 'add', '-A');
    nativeGit(other, 'commit', '--quiet', '-m', 'new note');
    nativeGit(other, 'push', '--quiet', remote.bare, 'HEAD:main');

    const result = await runGitCli(['pull', vault.root], { env: TOKEN_ENV, tty: true });

    expect(result.code).toBe(0);
    expect(result.err).toContain('\r\x1b[2Kpull: contacting the remote');
    expect(result.err).toMatch(new RegExp(String.raw`\r\u001b\[2Kpull: Receiving objects \d+/\d+`));
    expect(result.err.endsWith('\r\x1b[2K')).toBe(true);
  });
});
