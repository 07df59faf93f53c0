import { describe, test, expect } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exampleVault, VaultBuilder } from './support/vaultBuilder';
import { fsck, git, porcelain } from './support/nativeGit';
import { repoFor } from './support/repoFixture';
import type { ImportProgress } from '../../src/git/initRepository';
import { CONFIG_DIR } from './support/vaultBuilder';

describe('initialising a vault repository', () => {
  test('init commits every vault file except workspace, trash and plugin state, and git agrees the tree is clean', async () => {
    const dir = exampleVault().build();
    const result = await repoFor(dir).init();

    expect(result.status).toBe('created');
    const tracked = git(dir, 'ls-files').split('\n').filter(Boolean).sort();
    expect(tracked).toEqual([
      '.gitignore',
      `${CONFIG_DIR}/app.json`,
      'Attachments/diagram.png',
      'Daily/2026-11-28.md',
      'Habits/meditate.md',
      'Infra/Backups/nas-restic.md',
      'Infra/Devices/nas.md',
      'Infra/Secrets/jellyfin-api.md',
      'Infra/Services/jellyfin.md',
      'Infra/Services/paperless.md',
      'Notes/Ünïcode – café ☕.md',
      'Reading/Bookmarks/isomorphic-git.md',
      'Tasks/renew passport.md',
    ]);
    expect(result.status === 'created' && result.files).toBe(tracked.length);
    expect(git(dir, 'rev-parse', 'HEAD').trim()).toBe(result.status === 'created' ? result.commit : '');
    expect(git(dir, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/main');
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('the .gitignore names the workspace files, trash, the plugin runtime state and OS junk', async () => {
    const dir = new VaultBuilder().file('a.md', 'a\n').build();

    await repoFor(dir).init();

    const ignore = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8').split('\n');
    expect(ignore).toEqual(
      expect.arrayContaining([
        `${CONFIG_DIR}/workspace*.json`,
        `${CONFIG_DIR}/cache`,
        '.trash/',
        `${CONFIG_DIR}/plugins/vault-stack/data.json`,
        `${CONFIG_DIR}/plugins/vault-stack/state/`,
        '.DS_Store',
      ]),
    );
  });

  test('an existing .gitignore keeps its rules and gains only the missing ones', async () => {
    const dir = new VaultBuilder()
      .file('.gitignore', '*.tmp\n.trash/\n')
      .file('a.md', 'a\n')
      .file('b.tmp', 'x')
      .build();

    await repoFor(dir).init();

    const ignore = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
    expect(ignore.startsWith('*.tmp\n.trash/\n')).toBe(true);
    expect(ignore.match(/^\.trash\/$/gm)).toHaveLength(1);
    expect(git(dir, 'ls-files').split('\n').filter(Boolean)).toEqual(['.gitignore', 'a.md']);
  });

  test('the initial import stages in batches and reports progress up to the total', async () => {
    const builder = new VaultBuilder();
    for (let i = 0; i < 23; i++) builder.file(`Notes/${i % 3}/note ${i}.md`, `note ${i}\n`);
    const dir = builder.build();
    const progress: ImportProgress[] = [];

    await repoFor(dir).init({ batchSize: 5, onProgress: (p) => progress.push(p) });

    expect(progress.map((p) => p.done)).toEqual([5, 10, 15, 20, 24]);
    expect(progress.every((p) => p.total === 24)).toBe(true);
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('init on a vault that already has a repository reports it and changes nothing', async () => {
    const dir = exampleVault().build();
    git(dir, 'init', '-q', '-b', 'trunk');
    git(dir, 'add', 'Daily');
    git(dir, 'commit', '-q', '-m', 'native first commit');
    const head = git(dir, 'rev-parse', 'HEAD').trim();

    const result = await repoFor(dir).init();

    expect(result).toEqual({ status: 'exists', head });
    expect(fs.existsSync(path.join(dir, '.gitignore'))).toBe(false);
    expect(git(dir, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  });

  test('init twice gives one commit: the second call only reports the repository', async () => {
    const dir = exampleVault().build();
    const repo = repoFor(dir);

    const first = await repo.init();
    const second = await repo.init();

    expect(second).toEqual({ status: 'exists', head: first.status === 'created' ? first.commit : '' });
    expect(git(dir, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  });
});
