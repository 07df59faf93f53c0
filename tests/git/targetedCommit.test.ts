import { describe, test, expect } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exampleVault } from './support/vaultBuilder';
import { writeFile } from './support/vaultBuilder';
import { fsck, git, nameStatus, porcelain } from './support/nativeGit';
import { OBJECT_PATHS, repoFor } from './support/repoFixture';
import type { ObjectPath } from './support/repoFixture';
import type { GitRepo } from '../../src/git/GitRepo';
import type { CommitResult } from '../../src/git/targetedCommit';
import { CONFIG_DIR } from './support/vaultBuilder';

async function initialisedVault(objects: ObjectPath): Promise<{ dir: string; repo: GitRepo }> {
  const dir = exampleVault().build();
  const repo = repoFor(dir, undefined, objects);
  await repo.init();
  return { dir, repo };
}

function committed(result: CommitResult): Extract<CommitResult, { status: 'committed' }> {
  if (result.status !== 'committed') throw new Error(`expected a commit, got ${result.status}`);
  return result;
}

/** Asserts native git sees the commit exactly as the layer reported it, a clean tree, and a sound repository. */
function expectGitAgrees(dir: string, result: CommitResult): void {
  const commit = committed(result);
  expect(git(dir, 'rev-parse', 'HEAD').trim()).toBe(commit.oid);
  const letter = { added: 'A', modified: 'M', deleted: 'D' } as const;
  expect(nameStatus(dir, 'HEAD')).toEqual(commit.changes.map((c) => `${letter[c.status]} ${c.path}`).sort());
  expect(porcelain(dir)).toEqual([]);
  expect(git(dir, 'diff', 'HEAD', '--stat')).toBe('');
  // write-tree trusts the index's cache-tree: a stale folder oid left valid would show here.
  expect(git(dir, 'write-tree').trim()).toBe(git(dir, 'rev-parse', 'HEAD^{tree}').trim());
  expect(fsck(dir)).toBe('');
}

describe.each(OBJECT_PATHS)('committing exactly the changed paths (%s)', (objects) => {
  test('a modified note is committed alone, with its parent the previous HEAD', async () => {
    const { dir, repo } = await initialisedVault(objects);
    const before = git(dir, 'rev-parse', 'HEAD').trim();
    writeFile(dir, 'Infra/Services/jellyfin.md', '---\nstack: service\nport: 8920\n---\n');

    const result = await repo.commit({
      paths: ['Infra/Services/jellyfin.md'],
      message: 'service: jellyfin port changed',
    });

    expect(committed(result).parent).toBe(before);
    expect(committed(result).changes).toEqual([{ path: 'Infra/Services/jellyfin.md', status: 'modified' }]);
    expect(git(dir, 'log', '-1', '--format=%s|%an|%ae').trim()).toBe(
      'service: jellyfin port changed|Tester|tester@example.org',
    );
    expectGitAgrees(dir, result);
  });

  test('a created note in new nested folders gets new trees all the way down', async () => {
    const { dir, repo } = await initialisedVault(objects);
    writeFile(dir, 'Infra/Services/media/arr/sonarr.md', '---\nstack: service\n---\n');

    const result = await repo.commit({ paths: ['Infra/Services/media/arr/sonarr.md'] });

    expect(committed(result).changes).toEqual([{ path: 'Infra/Services/media/arr/sonarr.md', status: 'added' }]);
    expectGitAgrees(dir, result);
  });

  test('a deleted note leaves the tree, and an emptied folder disappears with it', async () => {
    const { dir, repo } = await initialisedVault(objects);
    fs.rmSync(path.join(dir, 'Infra/Devices'), { recursive: true });

    const result = await repo.commit({ paths: ['Infra/Devices/nas.md'] });

    expect(committed(result).changes).toEqual([{ path: 'Infra/Devices/nas.md', status: 'deleted' }]);
    expect(
      git(dir, 'ls-tree', 'HEAD', 'Infra/')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[1]),
    ).toEqual(['Infra/Backups', 'Infra/Secrets', 'Infra/Services']);
    expectGitAgrees(dir, result);
  });

  test('a rename is a delete of the old path and an add of the new one', async () => {
    const { dir, repo } = await initialisedVault(objects);
    fs.mkdirSync(path.join(dir, 'Archive/Tasks'), { recursive: true });
    fs.renameSync(path.join(dir, 'Tasks/renew passport.md'), path.join(dir, 'Archive/Tasks/renew passport.md'));

    const result = await repo.commit({ paths: ['Tasks/renew passport.md', 'Archive/Tasks/renew passport.md'] });

    expect(committed(result).changes).toEqual([
      { path: 'Archive/Tasks/renew passport.md', status: 'added' },
      { path: 'Tasks/renew passport.md', status: 'deleted' },
    ]);
    expect(git(dir, 'show', '-M', '--format=', '--name-status', 'HEAD').trim()).toBe(
      'R100\tTasks/renew passport.md\tArchive/Tasks/renew passport.md',
    );
    expectGitAgrees(dir, result);
  });

  test('a renamed folder, reported as one folder event, commits as the moves of every file in it', async () => {
    const { dir, repo } = await initialisedVault(objects);
    fs.renameSync(path.join(dir, 'Infra/Services'), path.join(dir, 'Infra/Apps'));

    const result = await repo.commit({ paths: ['Infra/Services', 'Infra/Apps'] });

    expect(committed(result).changes.map((c) => `${c.status} ${c.path}`)).toEqual([
      'added Infra/Apps/jellyfin.md',
      'added Infra/Apps/paperless.md',
      'deleted Infra/Services/jellyfin.md',
      'deleted Infra/Services/paperless.md',
    ]);
    expectGitAgrees(dir, result);
  });

  test('a deleted folder commits as the deletion of everything HEAD had under it', async () => {
    const { dir, repo } = await initialisedVault(objects);
    fs.rmSync(path.join(dir, 'Infra'), { recursive: true });

    const result = await repo.commit({ paths: ['Infra'] });

    expect(committed(result).changes).toHaveLength(5);
    expectGitAgrees(dir, result);
  });

  test('binary files and unicode names are stored byte for byte', async () => {
    const { dir, repo } = await initialisedVault(objects);
    const bytes = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256));
    writeFile(dir, 'Attachments/photo ☀ été.jpg', bytes);
    writeFile(dir, 'Notes/日本語のノート.md', 'こんにちは\n');

    const result = await repo.commit({ paths: ['Attachments/photo ☀ été.jpg', 'Notes/日本語のノート.md'] });

    expectGitAgrees(dir, result);
    const stored = Buffer.from(git(dir, 'show', 'HEAD:Attachments/photo ☀ été.jpg').length === 0 ? '' : 'x');
    expect(stored.length).toBe(1);
    expect(git(dir, 'cat-file', '-s', 'HEAD:Attachments/photo ☀ été.jpg').trim()).toBe('4096');
    expect(git(dir, 'hash-object', 'Attachments/photo ☀ été.jpg').trim()).toBe(
      git(dir, 'rev-parse', 'HEAD:Attachments/photo ☀ été.jpg').trim(),
    );
  });

  test('many changes across folders in one commit: modify, create, delete together', async () => {
    const { dir, repo } = await initialisedVault(objects);
    writeFile(dir, 'Habits/meditate.md', '---\nstack: habit\ngoal: daily\nlog: [2026-11-28]\n---\n');
    writeFile(dir, 'Habits/run.md', '---\nstack: habit\ngoal: 3/week\n---\n');
    fs.rmSync(path.join(dir, 'Daily/2026-11-28.md'));
    writeFile(dir, 'Reading/Bookmarks/yaml.md', '---\nstack: bookmark\nurl: https://eemeli.org/yaml\n---\n');

    const result = await repo.commit({
      paths: ['Habits/meditate.md', 'Habits/run.md', 'Daily/2026-11-28.md', 'Reading/Bookmarks/yaml.md'],
    });

    expect(
      committed(result)
        .changes.map((c) => c.status)
        .sort(),
    ).toEqual(['added', 'added', 'deleted', 'modified']);
    expectGitAgrees(dir, result);
  });

  test('paths whose content matches HEAD give "nothing to commit", not an error or an empty commit', async () => {
    const { dir, repo } = await initialisedVault(objects);
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    fs.utimesSync(path.join(dir, 'Habits/meditate.md'), new Date(), new Date(Date.now() + 5000));

    const result = await repo.commit({ paths: ['Habits/meditate.md', 'Never/existed.md'] });

    expect(result).toEqual({ status: 'nothing', changes: [] });
    expect(git(dir, 'rev-parse', 'HEAD').trim()).toBe(head);
    expect(fsck(dir)).toBe('');
  });

  test('an ignored untracked path is not committed even when asked', async () => {
    const { dir, repo } = await initialisedVault(objects);
    writeFile(dir, `${CONFIG_DIR}/workspace.json`, '{"changed":true}\n');
    writeFile(dir, 'a.md', 'a\n');

    const result = await repo.commit({ paths: [`${CONFIG_DIR}/workspace.json`, 'a.md'] });

    expect(committed(result).changes).toEqual([{ path: 'a.md', status: 'added' }]);
    expectGitAgrees(dir, result);
  });

  test('a file replaced by a folder of the same name commits cleanly', async () => {
    const { dir, repo } = await initialisedVault(objects);
    fs.rmSync(path.join(dir, 'Daily/2026-11-28.md'));
    writeFile(dir, 'Daily/2026-11-28.md/morning.md', 'morning\n');

    const result = await repo.commit({ paths: ['Daily/2026-11-28.md', 'Daily/2026-11-28.md/morning.md'] });

    expectGitAgrees(dir, result);
  });

  test('the first commit on an empty repository has no parent', async () => {
    const dir = exampleVault().build();
    git(dir, 'init', '-q', '-b', 'main');
    const repo = repoFor(dir, undefined, objects);

    const result = await repo.commit({ paths: ['Habits/meditate.md'] });

    expect(committed(result).parent).toBeNull();
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'HEAD').trim()).toBe('Habits/meditate.md');
    expect(fsck(dir)).toBe('');
  });

  test('a commit after native git commits builds on the native HEAD', async () => {
    const { dir, repo } = await initialisedVault(objects);
    writeFile(dir, 'native.md', 'native\n');
    git(dir, 'add', 'native.md');
    git(dir, 'commit', '-q', '-m', 'native');
    writeFile(dir, 'ours.md', 'ours\n');

    const result = await repo.commit({ paths: ['ours.md'] });

    expect(committed(result).parent).toBe(git(dir, 'rev-parse', 'HEAD~1').trim());
    expect(git(dir, 'ls-files').split('\n')).toEqual(expect.arrayContaining(['native.md', 'ours.md']));
    expectGitAgrees(dir, result);
  });

  test('names whose UTF-16 and UTF-8 orders differ are sorted as git sorts bytes, in trees and in the index', async () => {
    const { dir, repo } = await initialisedVault(objects);
    writeFile(dir, 'Emoji/\u{1F600} grin.md', 'grin\n');
    writeFile(dir, 'Emoji/\uFF21 fullwidth.md', 'fullwidth\n');
    writeFile(dir, 'Emoji/z plain.md', 'plain\n');

    const result = await repo.commit({
      paths: ['Emoji/\u{1F600} grin.md', 'Emoji/\uFF21 fullwidth.md', 'Emoji/z plain.md'],
    });

    expectGitAgrees(dir, result);
    expect(git(dir, 'ls-files', '-z', 'Emoji').split('\0').filter(Boolean)).toEqual([
      'Emoji/z plain.md',
      'Emoji/\uFF21 fullwidth.md',
      'Emoji/\u{1F600} grin.md',
    ]);
  });

  test('an index in version 4 (feature.manyFiles) is patched too (written back as version 2), and git agrees', async () => {
    const { dir, repo } = await initialisedVault(objects);
    git(dir, 'update-index', '--index-version', '4');
    writeFile(dir, 'Habits/meditate.md', 'changed\n');

    const result = await repo.commit({ paths: ['Habits/meditate.md'] });

    expectGitAgrees(dir, result);
  });

  test('a version 3 index keeps its skip-worktree flags on entries the commit did not touch', async () => {
    const { dir, repo } = await initialisedVault(objects);
    git(dir, 'update-index', '--skip-worktree', 'Infra/Devices/nas.md');
    writeFile(dir, 'Habits/meditate.md', 'changed\n');

    const result = await repo.commit({ paths: ['Habits/meditate.md'] });

    expect(committed(result).changes).toEqual([{ path: 'Habits/meditate.md', status: 'modified' }]);
    expect(git(dir, 'ls-files', '-v', 'Infra/Devices/nas.md').trim()).toBe('S Infra/Devices/nas.md');
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('a cache-tree written by native git stays, with only the changed folders invalidated', async () => {
    const dir = exampleVault().build();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'native import');
    const repo = repoFor(dir, undefined, objects);
    writeFile(dir, 'Infra/Services/jellyfin.md', 'changed\n');
    writeFile(dir, 'Infra/New/grafana.md', 'new\n');
    fs.rmSync(path.join(dir, 'Reading'), { recursive: true });

    const result = await repo.commit({
      paths: ['Infra/Services/jellyfin.md', 'Infra/New/grafana.md', 'Reading/Bookmarks/isomorphic-git.md'],
    });

    expect(fs.readFileSync(path.join(dir, '.git/index')).includes(Buffer.from('TREE'))).toBe(true);
    expectGitAgrees(dir, result);
    writeFile(dir, 'Habits/run.md', 'run\n');
    git(dir, 'add', 'Habits/run.md');
    git(dir, 'commit', '-q', '-m', 'native after ours');
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'HEAD')).toContain('Infra/New/grafana.md');
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'HEAD')).not.toContain('Reading/');
    expect(fsck(dir)).toBe('');
  });

  test('a path outside the vault is refused with INVALID_PATH', async () => {
    const { repo } = await initialisedVault(objects);

    await expect(repo.commit({ paths: ['../outside.md'] })).rejects.toMatchObject({ code: 'INVALID_PATH' });
    await expect(repo.commit({ paths: ['.git/config'] })).rejects.toMatchObject({ code: 'INVALID_PATH' });
  });
});
