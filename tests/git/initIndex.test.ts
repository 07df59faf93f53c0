import { describe, test, expect } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { exampleVault, VaultBuilder, writeFile } from './support/vaultBuilder';
import { fsck, git, porcelain } from './support/nativeGit';
import { OBJECT_PATHS, repoFor } from './support/repoFixture';

const HOUR_AGO = new Date(Date.now() - 3600_000);

/** Sets every file's times an hour back, as in a vault edited before versioning (not "racily clean" for git). */
function backdate(dir: string): string {
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!entry.isSymbolicLink()) fs.utimesSync(full, HOUR_AGO, HOUR_AGO);
    }
  };
  walk(dir);
  return dir;
}

/** `git diff-files --quiet` (no refresh first): true when every tracked file's stats match its index entry. */
function filesMatchIndex(dir: string): boolean {
  try {
    git(dir, 'diff-files', '--quiet');
    return true;
  } catch {
    return false;
  }
}

/** `git ls-files -s` and `git ls-tree -r HEAD` in one shape: `mode oid path` lines. */
function indexLines(dir: string): string[] {
  return git(dir, 'ls-files', '-s')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/ 0\t/, ' '));
}
function headLines(dir: string): string[] {
  return git(dir, 'ls-tree', '-r', 'HEAD')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/ blob /, ' ').replace('\t', ' '));
}

/** Names whose index order (bytes of the full path) and tree order (folders as `name/`) differ. */
function trickyNames(): VaultBuilder {
  return new VaultBuilder()
    .file('a.md', 'a\n')
    .file('a-b/x.md', 'ab\n')
    .file('a/x.md', 'ax\n')
    .file('a b.md', 'space\n')
    .file('A/upper.md', 'A\n')
    .file('Notes/Ünïcode – café ☕.md', 'u\n')
    .file('Notes/Z.md', 'z\n')
    .file('Notes/z/deep/er.md', 'deep\n');
}

describe.each(OBJECT_PATHS)('the initial import writes .git/index directly (%s)', (objects) => {
  test('git trusts the new index: the files match it by their stats and git status leaves it untouched', async () => {
    const dir = backdate(exampleVault().build());
    const repo = repoFor(dir, fs, objects);

    await repo.init();
    const indexBefore = fs.readFileSync(path.join(dir, '.git/index'));

    expect(filesMatchIndex(dir)).toBe(true);
    expect(porcelain(dir)).toEqual([]);
    expect(fs.readFileSync(path.join(dir, '.git/index')).equals(indexBefore)).toBe(true);
    expect(fsck(dir)).toBe('');
  });

  test('index and HEAD hold the same paths, modes and blobs, in git’s order, for names that sort differently as files and folders', async () => {
    const dir = trickyNames().build();

    await repoFor(dir, fs, objects).init();

    expect(indexLines(dir)).toEqual(headLines(dir));
    expect(indexLines(dir).map((l) => l.split(' ').slice(2).join(' '))).toEqual([
      '.gitignore',
      'A/upper.md',
      'Notes/Z.md',
      'Notes/z/deep/er.md',
      'Notes/Ünïcode – café ☕.md',
      'a b.md',
      'a-b/x.md',
      'a.md',
      'a/x.md',
    ]);
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('hundreds of files, written several at once into the same object folders, all land intact', async () => {
    const vault = new VaultBuilder();
    // 600 distinct blobs: each chunk written at once holds objects sharing a not-yet-made objects/xx folder.
    for (let i = 0; i < 600; i++) vault.file(`Notes/n${i}.md`, `note ${i}\n`);
    vault.file('Notes/copy.md', 'note 7\n');
    const dir = vault.build();

    const result = await repoFor(dir, fs, objects).init();

    expect(result).toMatchObject({ status: 'created', files: 602 });
    expect(indexLines(dir)).toEqual(headLines(dir));
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('executable files and symlinks are imported with their modes', async () => {
    const dir = new VaultBuilder().file('scripts/backup.sh', '#!/bin/sh\necho hi\n').file('a.md', 'a\n').build();
    fs.chmodSync(path.join(dir, 'scripts/backup.sh'), 0o755);
    fs.symlinkSync('a.md', path.join(dir, 'link.md'));

    await repoFor(dir, fs, objects).init();

    expect(indexLines(dir).map((l) => `${l.split(' ')[0]} ${l.split(' ').slice(2).join(' ')}`)).toEqual([
      '100644 .gitignore',
      '100644 a.md',
      '120000 link.md',
      '100755 scripts/backup.sh',
    ]);
    expect(indexLines(dir)).toEqual(headLines(dir));
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('ignored files are left out, by the root .gitignore and by one in a subfolder', async () => {
    const dir = new VaultBuilder()
      .file('Notes/keep.md', 'k\n')
      .file('Notes/draft.tmp', 't\n')
      .file('Notes/.gitignore', '*.tmp\n')
      .file('.trash/old.md', 'old\n')
      .file('.DS_Store', 'junk')
      .build();

    const result = await repoFor(dir, fs, objects).init();

    expect(git(dir, 'ls-files').split('\n').filter(Boolean)).toEqual([
      '.gitignore',
      'Notes/.gitignore',
      'Notes/keep.md',
    ]);
    expect(result).toMatchObject({ status: 'created', files: 3 });
    expect(porcelain(dir)).toEqual([]);
  });

  test('the index’s cache-tree names each folder’s tree in HEAD, so native git reuses it as it is', async () => {
    const dir = trickyNames().build();

    await repoFor(dir, fs, objects).init();

    // write-tree returns a folder's cache-tree oid without rebuilding it whenever that oid exists.
    expect(git(dir, 'write-tree').trim()).toBe(git(dir, 'rev-parse', 'HEAD^{tree}').trim());
    for (const folder of ['A', 'Notes', 'Notes/z', 'Notes/z/deep', 'a', 'a-b']) {
      expect(git(dir, 'write-tree', `--prefix=${folder}/`).trim()).toBe(git(dir, 'rev-parse', `HEAD:${folder}`).trim());
    }
  });

  test('a native commit of one change after init keeps every other folder as it was', async () => {
    const dir = trickyNames().build();
    await repoFor(dir, fs, objects).init();

    writeFile(dir, 'Notes/z/deep/er.md', 'changed\n');
    git(dir, 'add', 'Notes/z/deep/er.md');
    git(dir, 'commit', '-q', '-m', 'native change');

    expect(git(dir, 'diff', '--name-only', 'HEAD~1', 'HEAD').trim()).toBe('Notes/z/deep/er.md');
    expect(indexLines(dir)).toEqual(headLines(dir));
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('an empty vault gets a commit of just the .gitignore', async () => {
    const dir = new VaultBuilder().build();

    const result = await repoFor(dir, fs, objects).init();

    expect(result).toMatchObject({ status: 'created', files: 1 });
    expect(git(dir, 'ls-tree', '--name-only', 'HEAD').trim()).toBe('.gitignore');
    expect(porcelain(dir)).toEqual([]);
  });
});

describe('a repository that already has an index but no commit', () => {
  test('keeps what the index staged and imports the rest, through the batched fallback', async () => {
    const dir = exampleVault().build();
    git(dir, 'init', '-q', '-b', 'trunk');
    git(dir, 'add', 'Daily');

    const result = await repoFor(dir).init();

    expect(result.status).toBe('created');
    expect(git(dir, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/trunk');
    expect(indexLines(dir)).toEqual(headLines(dir));
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('a fresh native `git init` without an index gets the direct import on its own branch', async () => {
    const dir = exampleVault().build();
    execFileSync('git', ['init', '-q', '-b', 'trunk'], { cwd: dir });

    const result = await repoFor(dir).init();

    expect(result.status).toBe('created');
    expect(git(dir, 'rev-parse', 'trunk').trim()).toBe(result.status === 'created' ? result.commit : '');
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });
});
