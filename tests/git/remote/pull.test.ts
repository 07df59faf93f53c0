import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import git from 'isomorphic-git';
import { pull } from '../../../src/git/remote/pull';
import { push } from '../../../src/git/remote/push';
import {
  AUTHOR,
  RemoteServer,
  type RemoteFixture,
  commitNotes,
  fsckStrict,
  head,
  nativeGit,
  porcelain,
  readNote,
  writeNote,
} from './remoteFixture';

const NOTES = {
  'Infra/Forgejo.md': '---\nstack: service\nurl: https://git.home.example.net\n---\n# Forgejo\n\nRuns on the NAS.\n',
  'Habits/Meditate.md': '---\nstack: habit\ngoal: daily\nlog: []\n---\n# Meditate\n',
  'Tasks/Renew domain.md':
    '---\nstack: task\nstatus: todo\ndue: 2026-12-01\n---\n# Renew domain\n\nFirst paragraph.\n\nMiddle.\n\nLast paragraph.\n',
};

let server: RemoteServer;
let fixture: RemoteFixture;
let alice: string;
let bob: string;

beforeAll(async () => {
  server = await RemoteServer.start();
});

beforeEach(async () => {
  fixture = server.createRemote(NOTES);
  alice = await fixture.cloneVault('alice');
  bob = await fixture.cloneVault('bob');
});

afterAll(async () => {
  await server.close();
});

function expectHealthy(...dirs: string[]): void {
  for (const dir of [...dirs, fixture.bare]) expect(() => fsckStrict(dir)).not.toThrow();
}

describe('pull', () => {
  it('fast-forwards to commits pushed from another vault copy', async () => {
    const pushed = await commitNotes(
      alice,
      { 'Habits/Meditate.md': '---\nstack: habit\ngoal: daily\nlog: [2026-11-28]\n---\n# Meditate\n' },
      'habit: meditate checked in 2026-11-28',
    );
    await push(fixture.options(alice));

    const result = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(result).toEqual({
      status: 'fast-forward',
      from: expect.any(String),
      to: pushed,
      changed: ['Habits/Meditate.md'],
    });
    expect(await head(bob)).toBe(pushed);
    expect(readNote(bob, 'Habits/Meditate.md').toString()).toContain('log: [2026-11-28]');
    expect(porcelain(bob)).toEqual([]);
    expectHealthy(alice, bob);
  });

  it('says up to date when the remote has nothing new, and notes when the vault is ahead', async () => {
    const before = await pull({ ...fixture.options(bob), author: AUTHOR });
    const local = await commitNotes(bob, { 'Notes/New.md': 'new\n' }, 'add note');

    const after = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(before).toEqual({ status: 'up-to-date', head: fixture.remoteHead(), ahead: false });
    expect(after).toEqual({ status: 'up-to-date', head: local, ahead: true });
  });

  it('merges concurrent edits to different notes and keeps both', async () => {
    const theirs = await commitNotes(
      alice,
      { 'Infra/Forgejo.md': NOTES['Infra/Forgejo.md'].replace('Runs on the NAS.', 'Runs on the new NAS.') },
      'service: forgejo moved',
    );
    await push(fixture.options(alice));
    const ours = await commitNotes(
      bob,
      { 'Habits/Meditate.md': NOTES['Habits/Meditate.md'].replace('log: []', 'log: [2026-11-27]') },
      'habit: meditate checked in',
    );

    const result = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(result).toMatchObject({ status: 'merged', from: ours, remote: theirs, changed: ['Infra/Forgejo.md'] });
    const merge = await git.readCommit({ fs, dir: bob, oid: await head(bob) });
    expect(merge.commit.parent).toEqual([ours, theirs]);
    expect(readNote(bob, 'Infra/Forgejo.md').toString()).toContain('Runs on the new NAS.');
    expect(readNote(bob, 'Habits/Meditate.md').toString()).toContain('log: [2026-11-27]');
    expect(porcelain(bob)).toEqual([]);
    expectHealthy(alice, bob);
  });

  it('merges edits to different paragraphs of one note the way native git does', async () => {
    const note = 'Tasks/Renew domain.md';
    await commitNotes(
      alice,
      { [note]: NOTES[note].replace('First paragraph.', 'First paragraph, edited by Alice.') },
      'alice edits',
    );
    await push(fixture.options(alice));
    const ours = await commitNotes(
      bob,
      { [note]: NOTES[note].replace('Last paragraph.', 'Last paragraph, edited by Bob.') },
      'bob edits',
    );

    const result = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(result.status).toBe('merged');
    const nativeTree = nativeGit(bob, 'merge-tree', '--write-tree', ours, fixture.remoteHead()).split('\n')[0];
    const merged = await git.readCommit({ fs, dir: bob, oid: await head(bob) });
    expect(readNote(bob, note).toString()).toMatch(/edited by Alice[\s\S]*edited by Bob/);
    expect(merged.commit.tree).toBe(nativeTree);
    expect(porcelain(bob)).toEqual([]);
    expectHealthy(bob);
  });

  it('stops on concurrent edits to the same note, lists it, and leaves local work byte-for-byte', async () => {
    const note = 'Infra/Forgejo.md';
    const theirs = await commitNotes(
      alice,
      { [note]: NOTES[note].replace('Runs on the NAS.', 'Runs on the VPS.') },
      'alice moves forgejo',
    );
    await push(fixture.options(alice));
    const ours = await commitNotes(
      bob,
      { [note]: NOTES[note].replace('Runs on the NAS.', 'Runs on the Pi.') },
      'bob moves forgejo',
    );
    const bytesBefore = readNote(bob, note);
    const indexBefore = fs.readFileSync(`${bob}/.git/index`);

    const result = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(result).toEqual({ status: 'conflict', conflicts: [note], local: ours, remote: theirs });
    expect(readNote(bob, note).equals(bytesBefore)).toBe(true);
    expect(fs.readFileSync(`${bob}/.git/index`).equals(indexBefore)).toBe(true);
    expect(await head(bob)).toBe(ours);
    expect(await git.resolveRef({ fs, dir: bob, ref: 'refs/remotes/origin/main' })).toBe(theirs);
    expect(porcelain(bob)).toEqual([]);
    expectHealthy(alice, bob);
  });

  it('lists an attachment both copies changed as a conflict instead of line-merging its bytes', async () => {
    // Three "lines" of non-UTF-8 bytes: a text merge would see separate edits and merge them cleanly.
    const line = (seed: number): Buffer =>
      Buffer.from(Array.from({ length: 40 }, (_, i) => 0x80 + ((seed * 31 + i * 7) % 0x7f)));
    const picture = (a: number, b: number, c: number): Buffer =>
      Buffer.concat([line(a), Buffer.from('\n'), line(b), Buffer.from('\n'), line(c)]);
    const path = 'Attachments/rack.png';
    await commitNotes(alice, { [path]: picture(1, 2, 3) }, 'add picture');
    await push(fixture.options(alice));
    await pull({ ...fixture.options(bob), author: AUTHOR });
    const theirs = await commitNotes(alice, { [path]: picture(9, 2, 3) }, 'alice crops');
    await push(fixture.options(alice));
    const ours = await commitNotes(bob, { [path]: picture(1, 2, 8) }, 'bob recolours');

    const result = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(result).toEqual({ status: 'conflict', conflicts: [path], local: ours, remote: theirs });
    expect(readNote(bob, path).equals(picture(1, 2, 8))).toBe(true);
    expect(await head(bob)).toBe(ours);
    expect(porcelain(bob)).toEqual([]);
    expectHealthy(bob);
  });

  it('lists a note one copy deleted and the other edited as a conflict', async () => {
    const note = 'Habits/Meditate.md';
    const theirs = await commitNotes(
      alice,
      { [note]: NOTES[note].replace('log: []', 'log: [2026-11-21]') },
      'alice checks in',
    );
    await push(fixture.options(alice));
    fs.rmSync(`${bob}/${note}`);
    await git.remove({ fs, dir: bob, filepath: note });
    const ours = await git.commit({ fs, dir: bob, message: 'habit: meditate dropped', author: AUTHOR });

    const result = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(result).toEqual({ status: 'conflict', conflicts: [note], local: ours, remote: theirs });
    expect(fs.existsSync(`${bob}/${note}`)).toBe(false);
    expect(porcelain(bob)).toEqual([]);
    expectHealthy(bob);
  });

  it('lists a note both copies created with different text as a conflict', async () => {
    const note = 'Daily/2026-11-28.md';
    await commitNotes(alice, { [note]: '# Saturday\n\nFrom the laptop.\n' }, 'daily note on laptop');
    await push(fixture.options(alice));
    const ours = await commitNotes(bob, { [note]: '# Saturday\n\nFrom the phone.\n' }, 'daily note on phone');

    const result = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(result).toMatchObject({ status: 'conflict', conflicts: [note], local: ours });
    expect(readNote(bob, note).toString()).toContain('From the phone.');
    expect(porcelain(bob)).toEqual([]);
    expectHealthy(bob);
  });

  it('refuses to overwrite uncommitted edits to a note the remote changed', async () => {
    const note = 'Habits/Meditate.md';
    await commitNotes(alice, { [note]: NOTES[note].replace('log: []', 'log: [2026-11-20]') }, 'alice checks in');
    await push(fixture.options(alice));
    const ours = await head(bob);
    writeNote(bob, note, 'unsaved work in progress\n');

    const result = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(result).toMatchObject({ status: 'uncommitted-changes', paths: [note] });
    expect(readNote(bob, note).toString()).toBe('unsaved work in progress\n');
    expect(await head(bob)).toBe(ours);
    expect(porcelain(bob)).toEqual([` M ${note}`]);
  });

  it('refuses to overwrite an untracked local note at a path the remote adds', async () => {
    await commitNotes(alice, { 'Notes/Ideas.md': 'from alice\n' }, 'alice adds ideas');
    await push(fixture.options(alice));
    writeNote(bob, 'Notes/Ideas.md', 'bob has not committed this yet\n');

    const result = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(result).toMatchObject({ status: 'uncommitted-changes', paths: ['Notes/Ideas.md'] });
    expect(readNote(bob, 'Notes/Ideas.md').toString()).toBe('bob has not committed this yet\n');
    expect(porcelain(bob)).toEqual(['?? Notes/']);
  });

  it('fast-forwards around uncommitted edits to notes the remote did not change', async () => {
    await commitNotes(alice, { 'Infra/Forgejo.md': 'moved\n' }, 'alice');
    await push(fixture.options(alice));
    writeNote(bob, 'Habits/Meditate.md', 'unsaved\n');

    const result = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(result.status).toBe('fast-forward');
    expect(readNote(bob, 'Habits/Meditate.md').toString()).toBe('unsaved\n');
    expect(porcelain(bob)).toEqual([' M Habits/Meditate.md']);
  });

  it('applies deletions and additions from the remote', async () => {
    fs.rmSync(`${alice}/Tasks/Renew domain.md`);
    await git.remove({ fs, dir: alice, filepath: 'Tasks/Renew domain.md' });
    await commitNotes(alice, { 'Tasks/Archive/Renew domain.md': 'done\n' }, 'archive task');
    await push(fixture.options(alice));

    const result = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(result).toMatchObject({
      status: 'fast-forward',
      changed: ['Tasks/Archive/Renew domain.md', 'Tasks/Renew domain.md'],
    });
    expect(fs.existsSync(`${bob}/Tasks/Renew domain.md`)).toBe(false);
    expect(readNote(bob, 'Tasks/Archive/Renew domain.md').toString()).toBe('done\n');
    expect(porcelain(bob)).toEqual([]);
    expectHealthy(bob);
  });
});
