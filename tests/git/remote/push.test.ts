import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { join } from 'node:path';
import {
  AUTHOR,
  RemoteServer,
  type RemoteFixture,
  commitNotes,
  fsckStrict,
  head,
  porcelain,
  readNote,
} from './remoteFixture';
import { pull } from '../../../src/git/remote/pull';
import { push } from '../../../src/git/remote/push';

let server: RemoteServer;
let fixture: RemoteFixture;
let alice: string;
let bob: string;

// One remote for the whole file: each test continues the two copies' shared story.
beforeAll(async () => {
  server = await RemoteServer.start();
  fixture = server.createRemote({ 'Notes/Welcome.md': '# Welcome\n' });
  alice = await fixture.cloneVault('alice');
  bob = await fixture.cloneVault('bob');
});

afterAll(async () => {
  await server.close();
});

describe('push', () => {
  it('pushes local commits so the remote branch points at them', async () => {
    const local = await commitNotes(alice, { 'Notes/Welcome.md': '# Welcome\n\nHello.\n' }, 'edit welcome');

    const result = await push(fixture.options(alice));

    expect(result).toEqual({ status: 'pushed', branch: 'main', oid: local });
    expect(fixture.remoteHead()).toBe(local);
    expect(() => fsckStrict(fixture.bare)).not.toThrow();
  });

  it('rejects a non-fast-forward push with "pull first" and leaves the remote as it was', async () => {
    const remoteBefore = fixture.remoteHead();
    await commitNotes(bob, { 'Notes/Bob.md': 'from bob\n' }, 'bob note');

    const result = await push(fixture.options(bob));

    expect(result).toEqual({
      status: 'rejected',
      branch: 'main',
      reason: 'not-fast-forward',
      message: expect.stringContaining('pull first'),
    });
    expect(fixture.remoteHead()).toBe(remoteBefore);
  });

  it('reports a push the server refuses (a pre-receive hook) as rejected by the remote', async () => {
    const guarded = server.createRemote({ 'Notes/Welcome.md': '# Welcome\n' });
    const dir = await guarded.cloneVault('guarded');
    fs.writeFileSync(
      join(guarded.bare, 'hooks', 'pre-receive'),
      '#!/bin/sh\necho "branch is protected" >&2\nexit 1\n',
      { mode: 0o755 },
    );
    const before = guarded.remoteHead();
    await commitNotes(dir, { 'Notes/Blocked.md': 'no\n' }, 'blocked');

    const result = await push(guarded.options(dir));

    expect(result).toEqual({
      status: 'rejected',
      branch: 'main',
      reason: 'remote-refused',
      message: expect.stringContaining('pre-receive hook declined'),
    });
    expect(guarded.remoteHead()).toBe(before);
  });

  it('pushes after the rejected copy pulls, and the other copy fast-forwards to the merge', async () => {
    const pulled = await pull({ ...fixture.options(bob), author: AUTHOR });
    const pushed = await push(fixture.options(bob));
    const caughtUp = await pull({ ...fixture.options(alice), author: AUTHOR });

    expect(pulled.status).toBe('merged');
    expect(pushed.status).toBe('pushed');
    expect(caughtUp.status).toBe('fast-forward');
    expect(await head(alice)).toBe(await head(bob));
    expect(readNote(alice, 'Notes/Bob.md').toString()).toBe('from bob\n');
    for (const dir of [alice, bob]) {
      expect(porcelain(dir)).toEqual([]);
      expect(() => fsckStrict(dir)).not.toThrow();
    }
  });
});
