import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fsck, git, nameStatus, porcelain } from '../../git/support/nativeGit';
import { TempVault } from '../support/TempVault';
import { runGitCli } from './support/runGitCli';

/** The index is the user's too: what native git stages, `vault-stack commit` commits. */
let vault: TempVault;

beforeEach(async () => {
  vault = new TempVault('vault-stack-native-index-')
    .note('Habits/Meditate.md', ['stack: habit', 'goal: daily'])
    .write('Notes/Old.md', '# old\n')
    .write('a.md', 'first\n')
    .write('.vault-config/app.json', '{}\n');
  expect((await runGitCli(['init', vault.root])).code).toBe(0);
});
afterEach(() => vault.remove());

describe('changes staged with native git', () => {
  it('a modification staged with `git add` is committed ("M  a.md" before, clean after)', async () => {
    writeFileSync(join(vault.root, 'a.md'), 'second\n');
    git(vault.root, 'add', 'a.md');
    expect(porcelain(vault.root)).toEqual(['M  a.md']);

    const result = await runGitCli(['commit', vault.root]);

    expect(result.code).toBe(0);
    expect(result.out).not.toBe('nothing to commit\n');
    expect(nameStatus(vault.root, 'HEAD')).toEqual(['M a.md']);
    expect(git(vault.root, 'show', 'HEAD:a.md')).toBe('second\n');
    expect(porcelain(vault.root)).toEqual([]);
    expect(fsck(vault.root)).toBe('');
  });

  it('a deletion staged with `git rm` and a new file staged with `git add` are committed', async () => {
    git(vault.root, 'rm', '-q', 'Notes/Old.md');
    vault.write('Notes/New.md', '# new\n');
    git(vault.root, 'add', 'Notes/New.md');

    const result = await runGitCli(['commit', vault.root]);

    expect(result.code).toBe(0);
    expect(nameStatus(vault.root, 'HEAD')).toEqual(['A Notes/New.md', 'D Notes/Old.md']);
    expect(porcelain(vault.root)).toEqual([]);
    expect(fsck(vault.root)).toBe('');
  });

  it('a file staged and then edited again is committed as it is in the vault (commit takes every change, like `git commit -a`)', async () => {
    writeFileSync(join(vault.root, 'a.md'), 'staged\n');
    git(vault.root, 'add', 'a.md');
    writeFileSync(join(vault.root, 'a.md'), 'edited after staging\n');

    const result = await runGitCli(['commit', vault.root]);

    expect(result.code).toBe(0);
    expect(git(vault.root, 'show', 'HEAD:a.md')).toBe('edited after staging\n');
    expect(porcelain(vault.root)).toEqual([]);
  });

  it('an index native git rewrote without changes (git add of unchanged files) commits nothing', async () => {
    git(vault.root, 'add', '-A');
    git(vault.root, 'update-index', '--refresh');

    const result = await runGitCli(['commit', vault.root]);

    expect(result).toMatchObject({ code: 0, out: 'nothing to commit\n' });
    expect(git(vault.root, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  });
});
