import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { syncFs } from '../../src/cli/git/syncFs';
import type { GitFs } from '../../src/git/GitFs';
import { fileStatsOf, listWorkingFiles } from '../../src/git/listWorkingFiles';
import type { SkippedEntry } from '../../src/git/worktreeEntry';
import { git } from './support/nativeGit';
import { exampleVault, writeFile } from './support/vaultBuilder';

/** node's fs with only its promise calls: the walk a host without synchronous calls (the plugin's adapter) takes. */
const promisesOnly: GitFs = { promises: fs.promises };

describe('listWorkingFiles', () => {
  test('lists the same files, stats and skipped entries in bulk (the CLI), through synchronous calls and through promises, and git agrees on the files', async () => {
    const dir = exampleVault().build();
    writeFile(dir, '.gitignore', 'build/\n');
    writeFile(dir, 'build/out.md', 'generated\n');
    writeFile(dir, 'Projects/deep/er/note.md', 'a note\n');
    fs.symlinkSync('Projects/deep/er/note.md', path.join(dir, 'link.md'));
    const fifo = spawnSync('mkfifo', [path.join(dir, 'Projects/pipe.md')]);
    const haveFifo = fifo.status === 0;
    // Names whose bytes are not UTF-8, a file and a folder: reported, not listed.
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad-`), Buffer.from([0xff]), Buffer.from('.md')]), 'x');
    fs.mkdirSync(Buffer.concat([Buffer.from(`${dir}/Projects/bad-`), Buffer.from([0xfe])]));

    const syncSkipped: SkippedEntry[] = [];
    const viaSync = fileStatsOf(
      await listWorkingFiles({ fs, dir, gitdir: path.join(dir, '.git'), cache: {} }, syncSkipped),
    );
    const asyncSkipped: SkippedEntry[] = [];
    const viaPromises = fileStatsOf(
      await listWorkingFiles({ fs: promisesOnly, dir, gitdir: path.join(dir, '.git'), cache: {} }, asyncSkipped),
    );

    const bulkSkipped: SkippedEntry[] = [];
    const inBulk = fileStatsOf(
      await listWorkingFiles({ fs: syncFs, dir, gitdir: path.join(dir, '.git'), cache: {} }, bulkSkipped),
    );

    expect(viaSync).toEqual(viaPromises);
    // The same files; the bulk walk lists them in git's order (tested below).
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    expect([...inBulk].sort(byPath)).toEqual([...viaPromises].sort(byPath));
    expect(syncSkipped).toEqual(asyncSkipped);
    expect(bulkSkipped).toEqual(asyncSkipped);
    expect(syncSkipped.map((s) => s.path).sort()).toEqual(
      ['Projects/bad-\uFFFD', 'bad-\uFFFD.md', ...(haveFifo ? ['Projects/pipe.md'] : [])].sort(),
    );
    const note = viaSync.find((f) => f.path === 'Projects/deep/er/note.md');
    const stat = fs.lstatSync(path.join(dir, 'Projects/deep/er/note.md'));
    expect(note).toEqual({ path: 'Projects/deep/er/note.md', size: stat.size, mtime: stat.mtimeMs });
    expect(viaSync.some((f) => f.path.startsWith('build/'))).toBe(false);
    git(dir, 'init', '-q');
    const native = git(dir, '-c', 'core.quotePath=false', 'ls-files', '--others', '--exclude-standard')
      .trim()
      .split('\n')
      .filter((p) => !p.includes('\uFFFD'))
      .sort();
    expect(viaSync.map((f) => f.path).sort()).toEqual(native);
  });

  test('the bulk walk (the CLI) lists files in the order git keeps them in its index (a folder sorts as its name and a slash)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-stack-order-'));
    for (const rel of ['a-b.md', 'a.md', 'a/x.md', 'a/b/y.md', 'a0.md', 'a b.md', 'B.md', 'b/c.md', 'é.md', 'z.md'])
      writeFile(dir, rel, `${rel}\n`);

    const listed = await listWorkingFiles({ fs: syncFs, dir, gitdir: path.join(dir, '.git'), cache: {} });

    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    const native = git(dir, '-c', 'core.quotePath=false', 'ls-files').trim().split('\n');
    expect(listed.paths).toEqual(native);
    expect(native.indexOf('a-b.md')).toBeLessThan(native.indexOf('a/x.md'));
  });
});
