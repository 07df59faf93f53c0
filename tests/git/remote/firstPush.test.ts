import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { pull } from '../../../src/git/remote/pull';
import { push } from '../../../src/git/remote/push';
import { setRemote } from '../../../src/git/remote/remoteConfig';
import { RemoteError } from '../../../src/git/remote/RemoteError';
import { AUTHOR, RemoteServer, commitNotes, fsckStrict, porcelain, readNote } from './remoteFixture';

let server: RemoteServer;

beforeAll(async () => {
  server = await RemoteServer.start();
});

afterAll(async () => {
  await server.close();
});

describe('a vault meeting an empty remote', () => {
  it('reports the missing branch on pull, pushes it, and a second device clones it', async () => {
    const remote = server.createRemote(null);
    const dir = join(remote.root, 'first-device');
    fs.mkdirSync(dir);
    await git.init({ fs, dir, defaultBranch: 'main' });
    const first = await commitNotes(dir, { 'Notes/Welcome.md': '# Welcome\n' }, 'Initial commit');
    await setRemote({ fs, dir, gitdir: join(dir, '.git'), cache: {} }, 'origin', remote.url);

    const pulled = await pull({ ...remote.options(dir), author: AUTHOR });
    const pushed = await push(remote.options(dir));
    const second = await remote.cloneVault('second-device');

    expect(pulled).toEqual({ status: 'remote-branch-missing', branch: 'main' });
    expect(pushed).toEqual({ status: 'pushed', branch: 'main', oid: first });
    expect(remote.remoteHead()).toBe(first);
    expect(readNote(second, 'Notes/Welcome.md').toString()).toBe('# Welcome\n');
    expect(porcelain(second)).toEqual([]);
    expect(() => fsckStrict(remote.bare)).not.toThrow();
  });

  it('refuses to push a branch with no commits as NOTHING_TO_PUSH', async () => {
    const remote = server.createRemote(null);
    const dir = join(remote.root, 'no-commits');
    fs.mkdirSync(dir);
    await git.init({ fs, dir, defaultBranch: 'main' });
    await setRemote({ fs, dir, gitdir: join(dir, '.git'), cache: {} }, 'origin', remote.url);

    const error = await push(remote.options(dir)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).code).toBe('NOTHING_TO_PUSH');
  });

  it('fills a freshly initialised vault with no commits from the remote', async () => {
    const remote = server.createRemote({ 'Notes/Server.md': 'from the server\n', 'Habits/Run.md': 'run\n' });
    const dir = join(remote.root, 'fresh');
    fs.mkdirSync(dir);
    await git.init({ fs, dir, defaultBranch: 'main' });
    await setRemote({ fs, dir, gitdir: join(dir, '.git'), cache: {} }, 'origin', remote.url);

    const result = await pull({ ...remote.options(dir), author: AUTHOR });

    expect(result).toEqual({
      status: 'fast-forward',
      from: null,
      to: remote.remoteHead(),
      changed: ['Habits/Run.md', 'Notes/Server.md'],
    });
    expect(readNote(dir, 'Notes/Server.md').toString()).toBe('from the server\n');
    expect(porcelain(dir)).toEqual([]);
    expect(() => fsckStrict(dir)).not.toThrow();
  });

  it('reports unrelated histories instead of merging two vaults initialised apart', async () => {
    const remote = server.createRemote({ 'Notes/Server.md': 'from the server\n' });
    const dir = join(remote.root, 'separate');
    fs.mkdirSync(dir);
    await git.init({ fs, dir, defaultBranch: 'main' });
    const local = await commitNotes(dir, { 'Notes/Local.md': 'local\n' }, 'Initial commit');
    await setRemote({ fs, dir, gitdir: join(dir, '.git'), cache: {} }, 'origin', remote.url);

    const result = await pull({ ...remote.options(dir), author: AUTHOR });

    expect(result).toEqual({ status: 'unrelated-histories', local, remote: remote.remoteHead() });
    expect(fs.existsSync(join(dir, 'Notes', 'Server.md'))).toBe(false);
    expect(porcelain(dir)).toEqual([]);
  });
});
