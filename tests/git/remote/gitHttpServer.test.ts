import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { GOOD, RemoteServer, type RemoteFixture, nativeGit, writeNote } from './remoteFixture';

let server: RemoteServer;
let remote: RemoteFixture;

beforeAll(async () => {
  server = await RemoteServer.start();
  remote = server.createRemote({ 'Notes/Welcome.md': '# Welcome\n' });
});

afterAll(async () => {
  await server.close();
});

const AUTH_HEADER = `http.extraHeader=Authorization: Basic ${Buffer.from(`${GOOD.username}:${GOOD.token}`).toString('base64')}`;

/** Native git against the test server, never prompting. Asynchronous: the server runs in this process. */
async function gitOverHttp(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('git', args, {
    cwd,
    encoding: 'utf8',
    timeout: 30000,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
  return stdout;
}

describe('the git http-backend test server, checked with native git', () => {
  it('serves clone and push to native git with the right credentials', async () => {
    const dir = join(remote.root, 'native');

    await gitOverHttp(remote.root, '-c', AUTH_HEADER, 'clone', '--quiet', remote.url, dir);
    writeNote(dir, 'Notes/Native.md', 'pushed by native git\n');
    nativeGit(dir, 'add', '-A');
    nativeGit(dir, 'commit', '--quiet', '-m', 'native push');
    await gitOverHttp(dir, '-c', AUTH_HEADER, 'push', '--quiet', 'origin', 'HEAD:main');

    expect(remote.remoteHead()).toBe(nativeGit(dir, 'rev-parse', 'HEAD').trim());
  });

  it('answers 401 without credentials, so native git fails to authenticate', async () => {
    const run = gitOverHttp(remote.root, 'ls-remote', remote.url);

    await expect(run).rejects.toThrow(/Authentication failed|could not read Username|401/);
    expect(server.server.requests.at(-1)).toMatchObject({ authorized: false });
  });
});
