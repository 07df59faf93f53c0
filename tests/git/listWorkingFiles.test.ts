import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GitFs } from '../../src/git/GitFs';
import { listWorkingFiles } from '../../src/git/listWorkingFiles';
import type { SkippedEntry } from '../../src/git/worktreeEntry';
import { git } from './support/nativeGit';
import { exampleVault, writeFile } from './support/vaultBuilder';

/** node's fs with only its promise calls: the walk a host without synchronous calls (the plugin's adapter) takes. */
const promisesOnly: GitFs = { promises: fs.promises };

describe('listWorkingFiles', () => {
  test('lists the same files, stats and skipped entries through synchronous calls as through promises, and git agrees on the files', async () => {
    const dir = exampleVault().build();
    writeFile(dir, '.gitignore', 'build/\n');
    writeFile(dir, 'build/out.md', 'generated\n');
    writeFile(dir, 'Projects/deep/er/note.md', 'a note\n');
    fs.symlinkSync('Projects/deep/er/note.md', path.join(dir, 'link.md'));
    const fifo = spawnSync('mkfifo', [path.join(dir, 'Projects/pipe.md')]);
    const haveFifo = fifo.status === 0;

    const syncSkipped: SkippedEntry[] = [];
    const viaSync = await listWorkingFiles({ fs, dir, gitdir: path.join(dir, '.git'), cache: {} }, syncSkipped);
    const asyncSkipped: SkippedEntry[] = [];
    const viaPromises = await listWorkingFiles(
      { fs: promisesOnly, dir, gitdir: path.join(dir, '.git'), cache: {} },
      asyncSkipped,
    );

    expect(viaSync).toEqual(viaPromises);
    expect(syncSkipped).toEqual(asyncSkipped);
    if (haveFifo) expect(syncSkipped.map((s) => s.path)).toEqual(['Projects/pipe.md']);
    const note = viaSync.find((f) => f.path === 'Projects/deep/er/note.md');
    const stat = fs.lstatSync(path.join(dir, 'Projects/deep/er/note.md'));
    expect(note).toEqual({ path: 'Projects/deep/er/note.md', size: stat.size, mtime: stat.mtimeMs });
    expect(viaSync.some((f) => f.path.startsWith('build/'))).toBe(false);
    git(dir, 'init', '-q');
    const native = git(dir, 'ls-files', '--others', '--exclude-standard').trim().split('\n').sort();
    expect(viaSync.map((f) => f.path).sort()).toEqual(native);
  });
});
