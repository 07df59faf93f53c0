import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pull } from '../../../src/git/remote/pull';
import {
  AUTHOR,
  RemoteServer,
  type RemoteFixture,
  fsckStrict,
  head,
  nativeGit,
  porcelain,
  writeNote,
} from './remoteFixture';

/**
 * The pull's own three-way merge against native `git merge-tree --write-tree` as the oracle: a
 * merge git makes cleanly gives the same tree here, and what git stops on is a conflict here too,
 * naming the same files, with nothing in the vault touched.
 */

const NOTES = {
  'Infra/Forgejo.md': '---\nstack: service\n---\n# Forgejo\n\nRuns on the NAS.\n\nBacked up nightly.\n',
  'Habits/Meditate.md': '---\nstack: habit\n---\n# Meditate\n',
  'tools/run.sh': '#!/bin/sh\necho one\necho two\necho three\n',
  'Projects/Garden.md': '# Garden\n',
  Inbox: 'a note named like a folder\n',
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

function commitAll(dir: string, message: string): string {
  nativeGit(dir, 'add', '-A');
  nativeGit(dir, 'commit', '--quiet', '-m', message);
  return nativeGit(dir, 'rev-parse', 'HEAD').trim();
}

/** Native git's merge of two commits: its tree, or the files it could not merge. */
function nativeMerge(dir: string, ours: string, theirs: string): { tree: string } | { conflicts: string[] } {
  const run = spawnSync('git', ['merge-tree', '--write-tree', '--name-only', ours, theirs], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir() },
  });
  const lines = run.stdout.split('\n');
  if (run.status === 0) return { tree: lines[0] };
  if (run.status !== 1) throw new Error(`git merge-tree failed: ${run.stderr}`);
  const end = lines.indexOf('', 1);
  // A file git moves aside for a folder of the same name is listed as `name~<commit>`.
  return { conflicts: [...new Set(lines.slice(1, end).map((l) => l.replace(/~[0-9a-f]{40}$/, '')))].sort() };
}

/** Alice's edits pushed, Bob's committed (native git in Bob's vault copy), then Bob pulls. */
async function concurrent(edit: { alice: (dir: string) => void; bob: (dir: string) => void }) {
  edit.alice(alice);
  const theirs = commitAll(alice, 'alice');
  nativeGit(alice, 'push', '--quiet', 'origin', 'HEAD:main');
  edit.bob(bob);
  const ours = commitAll(bob, 'bob');
  const indexBefore = fs.readFileSync(join(bob, '.git/index'));
  const result = await pull({ ...fixture.options(bob), author: AUTHOR });
  return { result, ours, theirs, native: nativeMerge(bob, ours, theirs), indexBefore };
}

describe('pull merges as native git does', () => {
  it('merges a mode change with a content change, a deletion with an untouched side, and the same edit on both sides', async () => {
    const { result, ours, theirs, native } = await concurrent({
      alice: (dir) => {
        fs.chmodSync(join(dir, 'tools/run.sh'), 0o755);
        fs.rmSync(join(dir, 'Projects/Garden.md'));
        writeNote(dir, 'Habits/Meditate.md', '---\nstack: habit\n---\n# Meditate daily\n');
      },
      bob: (dir) => {
        writeNote(dir, 'tools/run.sh', '#!/bin/sh\necho one\necho two\necho three\necho four\n');
        writeNote(dir, 'Habits/Meditate.md', '---\nstack: habit\n---\n# Meditate daily\n');
        writeNote(dir, 'Infra/Forgejo.md', NOTES['Infra/Forgejo.md'].replace('nightly', 'hourly'));
      },
    });

    expect(result).toMatchObject({ status: 'merged', from: ours, remote: theirs });
    expect(native).toEqual({ tree: nativeGit(bob, 'rev-parse', 'HEAD^{tree}').trim() });
    expect(nativeGit(bob, 'rev-parse', 'HEAD^1', 'HEAD^2').trim().split('\n')).toEqual([ours, theirs]);
    expect(fs.statSync(join(bob, 'tools/run.sh')).mode & 0o111).not.toBe(0);
    expect(fs.existsSync(join(bob, 'Projects'))).toBe(false);
    expect(porcelain(bob)).toEqual([]);
    expect(() => fsckStrict(bob)).not.toThrow();
  });

  it('merges edits to different lines of one note into the tree git makes', async () => {
    const { result, native } = await concurrent({
      alice: (dir) => writeNote(dir, 'tools/run.sh', '#!/bin/sh\necho ONE\necho two\necho three\n'),
      bob: (dir) => writeNote(dir, 'tools/run.sh', '#!/bin/sh\necho one\necho two\necho THREE\n'),
    });

    expect(result.status).toBe('merged');
    expect(native).toEqual({ tree: nativeGit(bob, 'rev-parse', 'HEAD^{tree}').trim() });
    expect(fs.readFileSync(join(bob, 'tools/run.sh'), 'utf8')).toBe('#!/bin/sh\necho ONE\necho two\necho THREE\n');
  });

  it('stops where git stops (a file against a folder, an edit against a deletion, overlapping edits) and touches nothing', async () => {
    const { result, ours, theirs, native, indexBefore } = await concurrent({
      alice: (dir) => {
        fs.rmSync(join(dir, 'Inbox'));
        writeNote(dir, 'Inbox/First.md', 'first\n');
        fs.rmSync(join(dir, 'Habits/Meditate.md'));
        writeNote(dir, 'Infra/Forgejo.md', NOTES['Infra/Forgejo.md'].replace('NAS', 'VPS'));
      },
      bob: (dir) => {
        writeNote(dir, 'Inbox', 'edited where alice made a folder\n');
        writeNote(dir, 'Habits/Meditate.md', '---\nstack: habit\n---\n# Meditate, edited\n');
        writeNote(dir, 'Infra/Forgejo.md', NOTES['Infra/Forgejo.md'].replace('NAS', 'Pi'));
      },
    });

    expect(native).toEqual({ conflicts: ['Habits/Meditate.md', 'Inbox', 'Infra/Forgejo.md'] });
    expect(result).toEqual({
      status: 'conflict',
      conflicts: ['Habits/Meditate.md', 'Inbox', 'Infra/Forgejo.md'],
      local: ours,
      remote: theirs,
    });
    expect(await head(bob)).toBe(ours);
    expect(fs.readFileSync(join(bob, '.git/index')).equals(indexBefore)).toBe(true);
    expect(porcelain(bob)).toEqual([]);
  });
});
