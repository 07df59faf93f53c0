import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { join } from 'node:path';
import http from 'isomorphic-git/http/node';
import { clone } from '../../../src/git/remote/clone';
import { tokenAuth } from '../../../src/git/remote/credentials';
import { pull } from '../../../src/git/remote/pull';
import { push } from '../../../src/git/remote/push';
import { setRemote } from '../../../src/git/remote/remoteConfig';
import { RemoteError } from '../../../src/git/remote/RemoteError';
import { AUTHOR, GOOD, RemoteServer, type RemoteFixture, commitNotes, porcelain } from './remoteFixture';

let server: RemoteServer;
let fixture: RemoteFixture;
let vault: string;

beforeAll(async () => {
  server = await RemoteServer.start();
  fixture = server.createRemote({ 'Notes/Welcome.md': '# Welcome\n' });
  vault = await fixture.cloneVault('vault');
});

afterAll(async () => {
  await server.close();
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(RemoteError);
    return (err as RemoteError).code;
  }
  throw new Error('expected a RemoteError');
}

const WRONG = { username: GOOD.username, token: 'not-the-token' };

describe('credentials and remote errors', () => {
  it('clones with the token without writing it into the repository', () => {
    const config = fs.readFileSync(join(vault, '.git', 'config'), 'utf8');

    expect(config).toContain(`url = ${fixture.url}`);
    expect(config).not.toContain(GOOD.token);
    expect(fs.readFileSync(join(vault, 'Notes', 'Welcome.md'), 'utf8')).toBe('# Welcome\n');
    expect(porcelain(vault)).toEqual([]);
    expect(fixture.server.requests.some((r) => r.authorized)).toBe(true);
  });

  it('fails a pull with a wrong token as AUTH_FAILED', async () => {
    expect(await codeOf(pull({ ...fixture.options(vault, WRONG), author: AUTHOR }))).toBe('AUTH_FAILED');
  });

  it('fails a push with a wrong token as AUTH_FAILED and changes nothing on the remote', async () => {
    const before = fixture.remoteHead();
    await commitNotes(vault, { 'Notes/Local.md': 'local\n' }, 'local note');

    expect(await codeOf(push(fixture.options(vault, WRONG)))).toBe('AUTH_FAILED');
    expect(fixture.remoteHead()).toBe(before);
  });

  it('fails a clone with no credentials as AUTH_FAILED', async () => {
    const dir = join(fixture.root, 'anonymous');

    expect(await codeOf(clone({ fs, http, dir, url: fixture.url, onAuth: tokenAuth(null) }))).toBe('AUTH_FAILED');
  });

  it('reports a missing repository as REMOTE_NOT_FOUND', async () => {
    const dir = join(fixture.root, 'missing');

    expect(await codeOf(clone({ fs, http, dir, url: fixture.server.repoUrl('nope'), onAuth: tokenAuth(GOOD) }))).toBe(
      'REMOTE_NOT_FOUND',
    );
  });

  it('reports a closed port as REMOTE_UNREACHABLE', async () => {
    const dir = join(fixture.root, 'unreachable');

    expect(await codeOf(clone({ fs, http, dir, url: 'http://127.0.0.1:9/vault.git', onAuth: tokenAuth(GOOD) }))).toBe(
      'REMOTE_UNREACHABLE',
    );
  });

  it('refuses a remote URL that carries credentials', async () => {
    const withToken = fixture.url.replace('http://', `http://${GOOD.username}:${GOOD.token}@`);

    expect(
      await codeOf(setRemote({ fs, dir: vault, gitdir: join(vault, '.git'), cache: {} }, 'backup', withToken)),
    ).toBe('CREDENTIALS_IN_URL');
    expect(await codeOf(clone({ fs, http, dir: join(fixture.root, 'x'), url: withToken }))).toBe('CREDENTIALS_IN_URL');
    expect(fs.readFileSync(join(vault, '.git', 'config'), 'utf8')).not.toContain(GOOD.token);
  });

  it('refuses to pull into a branch that is not checked out', async () => {
    expect(await codeOf(pull({ ...fixture.options(vault), ref: 'other', author: AUTHOR }))).toBe(
      'BRANCH_NOT_CHECKED_OUT',
    );
  });

  it('names a remote that is not configured as NO_REMOTE', async () => {
    expect(await codeOf(push({ ...fixture.options(vault), remote: 'backup' }))).toBe('NO_REMOTE');
  });
});
