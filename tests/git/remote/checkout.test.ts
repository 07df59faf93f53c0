import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { pull } from '../../../src/git/remote/pull';
import { faultyFs } from '../support/faultyFs';
import {
  AUTHOR,
  RemoteServer,
  type RemoteFixture,
  fsckStrict,
  head,
  nativeGit,
  porcelain,
  readNote,
  writeNote,
} from './remoteFixture';

/**
 * The pull's own checkout (the files that changed between the old and new tree, then the index,
 * then the branch) against native git as the oracle: `git status` clean afterwards, `git fsck`,
 * the working tree as `git ls-files` lists it, local work never overwritten, and a crash part-way
 * leaving a state `git status` explains and a second pull finishes.
 */

const NOTES = {
  'Infra/Forgejo.md': '---\nstack: service\n---\n# Forgejo\n',
  'Habits/Meditate.md': '---\nstack: habit\n---\n# Meditate\n',
  'Tasks/Renew domain.md': '---\nstack: task\n---\n# Renew domain\n',
  'tools/run.sh': '#!/bin/sh\necho backup\n',
  Notes: 'a note named like a folder\n',
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
  alice = join(fixture.root, 'alice-native');
  nativeGit(fixture.root, 'clone', '--quiet', fixture.bare, alice);
  bob = await fixture.cloneVault('bob');
});

afterAll(async () => {
  await server.close();
});

function pushAlice(message: string): string {
  nativeGit(alice, 'add', '-A');
  nativeGit(alice, 'commit', '--quiet', '-m', message);
  nativeGit(alice, 'push', '--quiet', 'origin', 'HEAD:main');
  return nativeGit(alice, 'rev-parse', 'HEAD').trim();
}

/** Every file under a folder (not `.git`), sorted, as paths relative to it. */
function filesOnDisk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (path === '.git') continue;
    if (entry.isDirectory()) out.push(...filesOnDisk(dir, path));
    else out.push(path);
  }
  return out.sort();
}

describe('pull writes the changed files itself', () => {
  it('brings deletions, renames, a mode change, a symlink, nested folders and a note replaced by a folder, as native git has them', async () => {
    fs.rmSync(join(alice, 'Tasks/Renew domain.md'));
    fs.mkdirSync(join(alice, 'Infra/Services/Git'), { recursive: true });
    fs.renameSync(join(alice, 'Infra/Forgejo.md'), join(alice, 'Infra/Services/Git/Forgejo.md'));
    fs.chmodSync(join(alice, 'tools/run.sh'), 0o755);
    fs.rmSync(join(alice, 'Notes'));
    writeNote(alice, 'Notes/Today.md', '# Today\n');
    writeNote(alice, 'A/B/C/Deep.md', 'deep\n');
    fs.symlinkSync('Habits/Meditate.md', join(alice, 'meditate-link.md'));
    const pushed = pushAlice('reorganise');

    const result = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(result).toEqual({
      status: 'fast-forward',
      from: expect.any(String),
      to: pushed,
      changed: [
        'A/B/C/Deep.md',
        'Infra/Forgejo.md',
        'Infra/Services/Git/Forgejo.md',
        'Notes',
        'Notes/Today.md',
        'Tasks/Renew domain.md',
        'meditate-link.md',
        'tools/run.sh',
      ],
    });
    expect(await head(bob)).toBe(pushed);
    expect(porcelain(bob)).toEqual([]);
    expect(nativeGit(bob, 'diff', '--stat', 'HEAD')).toBe('');
    expect(filesOnDisk(bob)).toEqual(nativeGit(bob, 'ls-files').trim().split('\n').sort());
    // Folders a deletion emptied are gone, as native git removes them.
    expect(fs.existsSync(join(bob, 'Tasks'))).toBe(false);
    expect(fs.statSync(join(bob, 'tools/run.sh')).mode & 0o111).not.toBe(0);
    expect(fs.readlinkSync(join(bob, 'meditate-link.md'))).toBe('Habits/Meditate.md');
    expect(readNote(bob, 'Notes/Today.md').toString()).toBe('# Today\n');
    // The index records each written file's mode and stats: native git re-reads nothing it would not.
    expect(nativeGit(bob, 'ls-files', '-s', 'tools/run.sh')).toMatch(/^100755 /);
    expect(nativeGit(bob, 'ls-files', '-s', 'meditate-link.md')).toMatch(/^120000 /);
    expect(() => fsckStrict(bob)).not.toThrow();
  });

  it('refuses, naming each file, when a staged change, an ignored untracked file or a folder of untracked notes is in the way, and changes nothing', async () => {
    writeNote(alice, 'Habits/Meditate.md', '# Meditate, from alice\n');
    writeNote(alice, 'secret.md', 'theirs\n');
    writeNote(alice, 'Projects', 'a file where bob has a folder\n');
    pushAlice('alice changes');
    // Staged, then the file put back: the working tree matches HEAD but the index does not.
    writeNote(bob, 'Habits/Meditate.md', '# Meditate, staged by bob\n');
    nativeGit(bob, 'add', 'Habits/Meditate.md');
    writeNote(bob, 'Habits/Meditate.md', NOTES['Habits/Meditate.md']);
    writeNote(bob, '.git/info/exclude', 'secret.md\n');
    writeNote(bob, 'secret.md', 'mine\n');
    writeNote(bob, 'Projects/idea.md', 'an idea\n');
    const before = { head: await head(bob), status: porcelain(bob), index: fs.readFileSync(join(bob, '.git/index')) };

    const result = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(result).toEqual({
      status: 'uncommitted-changes',
      paths: ['Habits/Meditate.md', 'Projects', 'secret.md'],
      remote: fixture.remoteHead(),
    });
    expect(await head(bob)).toBe(before.head);
    expect(porcelain(bob)).toEqual(before.status);
    expect(fs.readFileSync(join(bob, '.git/index')).equals(before.index)).toBe(true);
    expect(readNote(bob, 'secret.md').toString()).toBe('mine\n');
    expect(readNote(bob, 'Projects/idea.md').toString()).toBe('an idea\n');
  });

  it('leaves HEAD and the index alone when the fs fails part-way, so git status lists the files written so far; a second pull finishes', async () => {
    const old = await head(bob);
    writeNote(alice, 'Habits/Meditate.md', '# Meditate v2\n');
    writeNote(alice, 'Infra/Forgejo.md', '# Forgejo v2\n');
    writeNote(alice, 'Tasks/Renew domain.md', '# Renew domain v2\n');
    const pushed = pushAlice('three edits');
    // The second file's rename into place fails, after the first file was written.
    const faulty = faultyFs(
      2,
      'before',
      (method, path) => method === 'rename' && path.includes('.vault-stack-pull.tmp'),
    );

    await expect(pull({ ...fixture.options(bob), fs: faulty.fs, author: AUTHOR })).rejects.toThrow(/injected fault/);

    expect(faulty.fired()).toBe(true);
    expect(await head(bob)).toBe(old);
    expect(porcelain(bob)).toEqual([' M Habits/Meditate.md']);
    expect(filesOnDisk(bob).some((p) => p.includes('.tmp'))).toBe(false);
    expect(() => fsckStrict(bob)).not.toThrow();

    const again = await pull({ ...fixture.options(bob), author: AUTHOR });

    expect(again).toMatchObject({ status: 'fast-forward', from: old, to: pushed });
    expect(porcelain(bob)).toEqual([]);
    expect(readNote(bob, 'Infra/Forgejo.md').toString()).toBe('# Forgejo v2\n');
    expect(() => fsckStrict(bob)).not.toThrow();
  });
});
