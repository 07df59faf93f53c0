import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TreeReader, type BlobChange } from '../../src/git/TreeReader';
import { changedPaths } from '../../src/git/remote/treeChanges';
import type { RepoContext } from '../../src/git/RepoContext';
import { VaultBuilder, writeFile } from './support/vaultBuilder';
import { git } from './support/nativeGit';
import { nodeCodec } from './support/nodeCodec';
import { hookedFs } from './support/faultyFs';

/**
 * TreeReader.diff (history's rename search) and changedPaths (pull's checkout and merge) are one
 * tree walk; both are held to native git's own diff of two commits it made.
 */

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const NO_OID = '0'.repeat(40);
const SUBMODULE_BEFORE = '1'.repeat(40);
const SUBMODULE_AFTER = '2'.repeat(40);

/** Commits `a` and `b` of a native repository, differing in every way two trees can. */
function twoCommits(): { dir: string; a: string; b: string } {
  const dir = new VaultBuilder()
    .file('keep.md', 'unchanged\n')
    .file('edit.md', 'before\n')
    .file('gone.md', 'deleted in b\n')
    .file('run.sh', '#!/bin/sh\n') // only its mode changes
    .file('tool.sh', 'echo 1\n') // its mode and content change
    .file('swap', 'a file in a, a folder in b\n')
    .file('fold/x.md', 'x\n')
    .file('fold/deep/y.md', 'a folder in a, a file in b\n')
    .file('a.b', 'sorts before a/ as a tree, after a as a file\n')
    .file('a-b', 'dash\n')
    .file('a0', 'zero\n')
    .file('a/c.md', 'c\n')
    .file('a/d.md', 'd\n')
    .file('same/deep/unchanged.md', 'u\n')
    .file('same/other.md', 'o\n')
    .file('nested/one/two/three.md', '3\n')
    .file('nested/one/two/four.md', '4\n')
    .file('nested/one/keep.md', 'k\n')
    .file('Notes/été.md', 'e\n')
    .file('Notes/📝 log.md', 'l\n')
    .build();
  fs.symlinkSync('keep.md', path.join(dir, 'link.md')); // a symlink in a, a file in b
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'update-index', '--add', '--cacheinfo', `160000,${SUBMODULE_BEFORE},sub`);
  git(dir, 'commit', '-q', '-m', 'a');
  const a = git(dir, 'rev-parse', 'HEAD').trim();

  writeFile(dir, 'edit.md', 'after\n');
  fs.rmSync(path.join(dir, 'gone.md'));
  fs.chmodSync(path.join(dir, 'run.sh'), 0o755);
  writeFile(dir, 'tool.sh', 'echo 2\n');
  fs.chmodSync(path.join(dir, 'tool.sh'), 0o755);
  fs.rmSync(path.join(dir, 'swap'));
  writeFile(dir, 'swap/x.md', 'x\n');
  writeFile(dir, 'swap/deep/z.md', 'z\n');
  fs.rmSync(path.join(dir, 'fold'), { recursive: true });
  writeFile(dir, 'fold', 'now a file\n');
  writeFile(dir, 'a.b', 'dot, edited\n');
  writeFile(dir, 'a/c.md', 'c, edited\n');
  writeFile(dir, 'a/new.md', 'new\n');
  writeFile(dir, 'nested/one/two/three.md', '3, edited\n');
  writeFile(dir, 'new.md', 'added\n');
  writeFile(dir, 'Notes/été.md', 'e, edited\n');
  writeFile(dir, 'Notes/📝 log.md', 'l, edited\n');
  fs.rmSync(path.join(dir, 'link.md'));
  writeFile(dir, 'link.md', 'a file now\n');
  git(dir, 'add', '-A');
  git(dir, 'update-index', '--add', '--cacheinfo', `160000,${SUBMODULE_AFTER},sub`);
  git(dir, 'commit', '-q', '-m', 'b');
  return { dir, a, b: git(dir, 'rev-parse', 'HEAD').trim() };
}

/** `git diff --name-only -z --no-renames`, in git's order. */
function nativeNames(dir: string, from: string, to: string): string[] {
  return git(dir, 'diff', '--name-only', '-z', '--no-renames', from, to)
    .split('\0')
    .filter((p) => p !== '');
}

/** `git diff-tree -r -z --no-renames` as `:mode mode oid oid status path` rows, in git's order. */
function nativeRows(dir: string, from: string, to: string): string[] {
  const fields = git(dir, 'diff-tree', '-r', '-z', '--no-renames', from, to).split('\0');
  const rows: string[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) rows.push(`${fields[i]} ${fields[i + 1]}`);
  return rows;
}

/** Our change as a diff-tree row. */
function row(c: BlobChange): string {
  const status =
    c.before === null
      ? 'A'
      : c.after === null
        ? 'D'
        : c.beforeMode?.slice(0, 3) !== c.afterMode?.slice(0, 3)
          ? 'T'
          : 'M';
  const modes = `${c.beforeMode ?? '000000'} ${c.afterMode ?? '000000'}`;
  return `:${modes} ${c.before ?? NO_OID} ${c.after ?? NO_OID} ${status} ${c.path}`;
}

const tree = (dir: string, commit: string): string => git(dir, 'rev-parse', `${commit}^{tree}`).trim();

describe.each(['loose', 'packed'])('one tree diff against native git (%s objects)', (objects) => {
  const setUp = () => {
    const commits = twoCommits();
    if (objects === 'packed') git(commits.dir, 'gc', '-q', '--prune=now');
    const ctx: RepoContext = {
      fs,
      dir: commits.dir,
      gitdir: path.join(commits.dir, '.git'),
      cache: {},
      codec: nodeCodec,
    };
    return { ...commits, ctx };
  };

  test('changedPaths lists the paths git diff --name-only lists, both ways and from nothing', async () => {
    const { dir, a, b, ctx } = setUp();
    const forward = await changedPaths(ctx, a, b);

    expect(forward).toEqual(nativeNames(dir, a, b));
    expect(await changedPaths(ctx, b, a)).toEqual(nativeNames(dir, b, a));
    expect(await changedPaths(ctx, null, b)).toEqual(nativeNames(dir, EMPTY_TREE, b));
    expect(await changedPaths(ctx, a, a)).toEqual([]);
    // What the comparison covers: a mode-only change, a file <-> folder swap both ways, a symlink turned file.
    expect(forward).toEqual(expect.arrayContaining(['run.sh', 'swap', 'swap/deep/z.md', 'fold', 'fold/deep/y.md']));
    expect(forward).toEqual(expect.arrayContaining(['link.md', 'sub', 'a.b', 'a/c.md', 'a/new.md']));
    expect(forward).not.toContain('keep.md');
    expect(forward).not.toContain('same/deep/unchanged.md');
  });

  test('TreeReader.diff reports the blobs and modes git diff-tree -r reports, both ways and from nothing', async () => {
    const { dir, a, b, ctx } = setUp();
    const reader = new TreeReader(ctx);

    expect((await reader.diff(tree(dir, a), tree(dir, b))).map(row)).toEqual(nativeRows(dir, a, b));
    expect((await reader.diff(tree(dir, b), tree(dir, a))).map(row)).toEqual(nativeRows(dir, b, a));
    expect((await reader.diff(null, tree(dir, b))).map(row)).toEqual(nativeRows(dir, EMPTY_TREE, b));
    expect((await reader.diff(tree(dir, a), null)).map(row)).toEqual(nativeRows(dir, a, EMPTY_TREE));
    expect(await reader.diff(tree(dir, a), tree(dir, a))).toEqual([]);
  });
});

test('TreeReader.diff reads no tree of a folder that is the same on both sides', async () => {
  const { dir, a, b } = twoCommits();
  const read: string[] = [];
  const counting = hookedFs((method, file) => {
    if (method === 'readFile' && file.includes('/objects/')) read.push(file.split('/objects/')[1].replace('/', ''));
  });
  const ctx: RepoContext = { fs: counting, dir, gitdir: path.join(dir, '.git'), cache: {}, codec: nodeCodec };

  await new TreeReader(ctx).diff(tree(dir, a), tree(dir, b));

  const at = (commit: string, folder: string) => git(dir, 'rev-parse', `${commit}:${folder}`).trim();
  expect(read).toContain(at(a, 'nested/one/two'));
  expect(read).toContain(at(b, 'nested/one/two'));
  expect(at(a, 'same')).toBe(at(b, 'same'));
  expect(read).not.toContain(at(a, 'same'));
  expect(read).not.toContain(at(a, 'same/deep'));
});
