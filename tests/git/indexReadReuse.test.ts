import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GitFs } from '../../src/git/GitFs';
import { rememberIndexRead } from '../../src/git/indexUpdate';
import { refreshIndexStats } from '../../src/git/refreshIndexStats';
import { fsck, git, porcelain } from './support/nativeGit';
import { repoFor } from './support/repoFixture';
import { VaultBuilder } from './support/vaultBuilder';

/** Node's fs, counting whole reads of `.git/index`. */
function countingFs(): { fs: GitFs; indexReads: () => number } {
  let reads = 0;
  const promises = new Proxy(fs.promises, {
    get(target, name) {
      const real = Reflect.get(target, name) as (...args: unknown[]) => unknown;
      if (name !== 'readFile') return typeof real === 'function' ? real.bind(target) : real;
      return (file: string, ...rest: unknown[]) => {
        if (String(file).endsWith('.git/index')) reads++;
        return real.call(target, file, ...rest);
      };
    },
  });
  return { fs: { ...fs, promises }, indexReads: () => reads };
}

/** A vault native git committed, then edited. */
function editedVault(): string {
  const dir = new VaultBuilder().file('a.md', 'a\n').file('Notes/b.md', 'b\n').file('Notes/c.md', 'c\n').build();
  // Files well older than the index, so none is racily clean (hashed, then refreshed in a new index).
  const past = new Date(Date.now() - 60_000);
  for (const file of ['a.md', 'Notes/b.md', 'Notes/c.md']) fs.utimesSync(path.join(dir, file), past, past);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'native');
  fs.writeFileSync(path.join(dir, 'Notes/b.md'), 'b, edited\n');
  return dir;
}

const scanOptions = { refreshIndex: refreshIndexStats, indexRead: rememberIndexRead };

describe('the commit after a scan reuses the index the scan read', () => {
  test('.git/index is read once for the scan and its commit, and native git agrees with the result', async () => {
    const dir = editedVault();
    const counting = countingFs();
    const repo = repoFor(dir, counting.fs, 'node codec');

    const scan = await repo.scan(await repo.listFiles(), scanOptions);
    const result = await repo.commit({ paths: scan.modified });

    expect(scan.modified).toEqual(['Notes/b.md']);
    expect(result).toMatchObject({ status: 'committed' });
    expect(counting.indexReads()).toBe(1);
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });

  test('an index native git replaced between the scan and the commit is read again: what git staged meanwhile stays staged', async () => {
    const dir = editedVault();
    const counting = countingFs();
    const repo = repoFor(dir, counting.fs, 'node codec');

    const scan = await repo.scan(await repo.listFiles(), scanOptions);
    fs.writeFileSync(path.join(dir, 'Notes/c.md'), 'c, staged natively\n');
    git(dir, 'add', 'Notes/c.md');
    await repo.commit({ paths: scan.modified });

    expect(counting.indexReads()).toBe(2);
    expect(git(dir, 'diff', '--cached', '--name-only').trim()).toBe('Notes/c.md');
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe('Notes/b.md');
    expect(porcelain(dir)).toEqual(['M  Notes/c.md']);
    expect(fsck(dir)).toBe('');
  });
});
