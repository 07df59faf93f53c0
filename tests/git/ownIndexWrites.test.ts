import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fsck, git, porcelain } from './support/nativeGit';
import { OBJECT_PATHS, repoFor } from './support/repoFixture';
import { CONFIG_DIR, VaultBuilder } from './support/vaultBuilder';

/** The index and repository writes that used to fall back to isomorphic-git's add/remove/commit/init, checked by native git. */
describe.each(OBJECT_PATHS)('index writes without isomorphic-git (%s)', (objects) => {
  test('a commit in a vault whose .git/index was deleted writes an index for the whole tree, and git status is clean', async () => {
    const dir = new VaultBuilder().file('a.md', 'a\n').file('Notes/b.md', 'b\n').file('Notes/c.md', 'c\n').build();
    const repo = repoFor(dir, fs, objects);
    await repo.init();
    fs.rmSync(path.join(dir, '.git/index'));
    fs.writeFileSync(path.join(dir, 'Notes/b.md'), 'b, edited\n');
    fs.rmSync(path.join(dir, 'Notes/c.md'));

    const result = await repo.commit({ paths: ['Notes/b.md', 'Notes/c.md'] });

    expect(result).toMatchObject({ status: 'committed' });
    expect(git(dir, 'ls-files').split('\n').filter(Boolean)).toEqual(['.gitignore', 'Notes/b.md', 'a.md']);
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('init over a native git init keeps what native git staged, even an ignored file staged by force', async () => {
    const dir = new VaultBuilder().file('a.md', 'a\n').file(`${CONFIG_DIR}/workspace.json`, '{"open":[]}\n').build();
    git(dir, 'init', '-q', '-b', 'main');
    fs.writeFileSync(path.join(dir, '.gitignore'), `${CONFIG_DIR}/workspace.json\n`);
    git(dir, 'add', '-f', `${CONFIG_DIR}/workspace.json`);

    const result = await repoFor(dir, fs, objects).init();

    expect(result).toMatchObject({ status: 'created' });
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n').filter(Boolean)).toEqual([
      '.gitignore',
      `${CONFIG_DIR}/workspace.json`,
      'a.md',
    ]);
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('init makes the .git native git expects: HEAD on main, [core] as isomorphic-git wrote it without a probe', async () => {
    const dir = new VaultBuilder().file('a.md', 'a\n').build();

    await repoFor(dir, fs, objects).init();

    expect(git(dir, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/main');
    expect(git(dir, 'config', '--local', '--list').trim().split('\n')).toEqual([
      'core.repositoryformatversion=0',
      'core.filemode=false',
      'core.bare=false',
      'core.logallrefupdates=true',
      'core.symlinks=false',
      'core.ignorecase=true',
    ]);
    for (const folder of ['hooks', 'info', 'objects/info', 'objects/pack', 'refs/heads', 'refs/tags'])
      expect(fs.statSync(path.join(dir, '.git', folder)).isDirectory()).toBe(true);
  });
});
