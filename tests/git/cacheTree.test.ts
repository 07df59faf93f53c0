import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { invalidateCacheTree } from '../../src/git/cacheTree';
import { parseGitIndex } from '../../src/git/indexFile';
import { exampleVault, VaultBuilder } from './support/vaultBuilder';
import { ENV, fsck, git, porcelain } from './support/nativeGit';
import { execFileSync } from 'node:child_process';
import { repoFor } from './support/repoFixture';

/** The TREE extension body of a native git index. */
function nativeCacheTree(): Uint8Array {
  const dir = exampleVault().build();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'native');
  const index = fs.readFileSync(path.join(dir, '.git/index'));
  const at = index.indexOf(Buffer.from('TREE'));
  return new Uint8Array(index.subarray(at + 8, at + 8 + index.readUInt32BE(at + 4)));
}

/** `name -> entry count` for every node, walking the extension as git lays it out. */
function counts(data: Uint8Array): Record<string, number> {
  const bytes = Buffer.from(data);
  const out: Record<string, number> = {};
  let at = 0;
  while (at < bytes.length) {
    const nul = bytes.indexOf(0, at);
    const newline = bytes.indexOf(0x0a, nul);
    const name = bytes.subarray(at, nul).toString('utf8') || '(root)';
    const count = Number(
      bytes
        .subarray(nul + 1, newline)
        .toString('latin1')
        .split(' ')[0],
    );
    out[name] = count;
    at = newline + 1 + (count >= 0 ? 20 : 0);
  }
  return out;
}

describe('invalidating the cache-tree', () => {
  test('the folders along a changed path become invalid and every other folder keeps its tree', () => {
    const before = nativeCacheTree();
    expect(counts(before).Infra).toBeGreaterThan(0);

    const after = invalidateCacheTree(before, ['Infra/Services/jellyfin.md']);

    const nodes = counts(after ?? new Uint8Array(0));
    expect(nodes['(root)']).toBe(-1);
    expect(nodes.Infra).toBe(-1);
    expect(nodes.Services).toBe(-1);
    expect(nodes.Habits).toBeGreaterThan(0);
    expect(nodes.Devices).toBeGreaterThan(0);
  });

  test('unreadable data gives null so the caller drops the extension', () => {
    expect(invalidateCacheTree(new TextEncoder().encode('not a cache tree'), ['a.md'])).toBeNull();
  });
});

/** Every node of the index's cache-tree: folder path (`''` for the root), entry count (-1: invalid) and tree oid. */
function cacheTreeNodes(dir: string): { folder: string; count: number; oid: string | null }[] {
  const index = fs.readFileSync(path.join(dir, '.git/index'));
  const at = index.indexOf(Buffer.from('TREE'), parseGitIndex(index).extensionsAt);
  if (at < 0) return [];
  const data = index.subarray(at + 8, at + 8 + index.readUInt32BE(at + 4));
  const out: { folder: string; count: number; oid: string | null }[] = [];
  let offset = 0;
  const read = (parent: string | null) => {
    const nul = data.indexOf(0, offset);
    const newline = data.indexOf(0x0a, nul);
    const name = data.subarray(offset, nul).toString('utf8');
    const [count, subtrees] = data
      .subarray(nul + 1, newline)
      .toString('latin1')
      .split(' ')
      .map(Number);
    offset = newline + 1;
    const folder = parent === null ? '' : parent === '' ? name : `${parent}/${name}`;
    const oid = count >= 0 ? data.subarray(offset, offset + 20).toString('hex') : null;
    if (count >= 0) offset += 20;
    out.push({ folder, count, oid });
    for (let i = 0; i < subtrees; i++) read(folder);
  };
  read(null);
  return out;
}

/**
 * Checks every valid cache-tree node against native git computing the same from the index's
 * entries alone (a copy of the index without its TREE extension): `git write-tree --prefix` and
 * `git ls-files`. Returns the folders whose nodes are valid.
 */
function checkValidNodes(dir: string): string[] {
  const indexPath = path.join(dir, '.git/index');
  const index = fs.readFileSync(indexPath);
  const body = index.subarray(0, parseGitIndex(index).extensionsAt);
  const bare = Buffer.concat([body, createHash('sha1').update(body).digest()]);
  const copy = path.join(dir, '.git/index-without-tree');
  fs.writeFileSync(copy, bare);
  const env = { ...ENV, GIT_INDEX_FILE: copy };
  const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  const valid: string[] = [];
  try {
    for (const node of cacheTreeNodes(dir)) {
      if (node.count < 0) continue;
      valid.push(node.folder);
      const prefix = node.folder === '' ? [] : [`--prefix=${node.folder}/`];
      expect({ folder: node.folder, oid: node.oid }).toEqual({
        folder: node.folder,
        oid: run('write-tree', ...prefix).trim(),
      });
      const listed = run('ls-files', '-z', '--', node.folder === '' ? '.' : `${node.folder}/`).split('\0');
      expect({ folder: node.folder, count: node.count }).toEqual({
        folder: node.folder,
        count: listed.filter(Boolean).length,
      });
    }
  } finally {
    fs.rmSync(copy);
  }
  return valid;
}

describe('the cache-tree after our commit', () => {
  const vault = () =>
    new VaultBuilder()
      .file('top.md', 'top\n')
      .file('Areas/Home/a.md', 'a\n')
      .file('Areas/Home/b.md', 'b\n')
      .file('Areas/Work/c.md', 'c\n')
      .file('Gone/only.md', 'only\n')
      .file('Gone/Deeper/x.md', 'x\n')
      .file('Kept/k.md', 'k\n')
      .file('Staged/s.md', 's\n')
      .build();
  const nativeCommit = (dir: string) => {
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'native');
  };

  test('after native git filled it, each folder along the paths gets its new tree and entry count (a removed folder its node dropped), as native git computes them', async () => {
    const dir = vault();
    nativeCommit(dir);
    expect(cacheTreeNodes(dir).every((n) => n.count >= 0)).toBe(true);
    fs.writeFileSync(path.join(dir, 'Areas/Home/a.md'), 'a, edited\n');
    fs.mkdirSync(path.join(dir, 'Areas/New/Deep'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'Areas/New/Deep/n.md'), 'new\n');
    fs.rmSync(path.join(dir, 'Gone'), { recursive: true });
    fs.rmSync(path.join(dir, 'top.md'));

    const result = await repoFor(dir, fs, 'node codec').commit({
      paths: ['Areas/Home/a.md', 'Areas/New/Deep/n.md', 'Gone/only.md', 'Gone/Deeper/x.md', 'top.md'],
    });

    expect(result).toMatchObject({ status: 'committed' });
    const nodes = cacheTreeNodes(dir);
    expect(nodes.find((n) => n.folder === '')).toEqual({
      folder: '',
      count: 6,
      oid: git(dir, 'rev-parse', 'HEAD^{tree}').trim(),
    });
    expect(nodes.map((n) => n.folder)).not.toContain('Gone');
    expect(checkValidNodes(dir)).toEqual(expect.arrayContaining(['', 'Areas', 'Areas/Home', 'Areas/Work', 'Kept']));
    expect(porcelain(dir)).toEqual([]);
    expect(git(dir, 'diff-index', '--cached', 'HEAD')).toBe('');
    expect(fsck(dir)).toBe('');
    // Native git trusts the valid nodes when it writes its next commit's tree.
    fs.writeFileSync(path.join(dir, 'Kept/k.md'), 'k, edited\n');
    git(dir, 'commit', '-q', '-a', '-m', 'native again');
    expect(git(dir, 'ls-tree', '-r', 'HEAD').trim().split('\n')).toHaveLength(6);
    expect(fsck(dir)).toBe('');
    checkValidNodes(dir);
  });

  test('a folder holding what native git staged stays invalid, and so do the folders above it; other folders along the paths are kept', async () => {
    const dir = vault();
    nativeCommit(dir);
    fs.writeFileSync(path.join(dir, 'Staged/s.md'), 's, staged natively\n');
    git(dir, 'add', 'Staged/s.md');
    fs.writeFileSync(path.join(dir, 'Areas/Work/c.md'), 'c, edited\n');

    await repoFor(dir, fs, 'node codec').commit({ paths: ['Areas/Work/c.md'] });

    const valid = checkValidNodes(dir);
    expect(valid).not.toContain('');
    expect(valid).not.toContain('Staged');
    expect(valid).toEqual(expect.arrayContaining(['Areas', 'Areas/Work', 'Kept']));
    expect(git(dir, 'diff', '--cached', '--name-only').trim()).toBe('Staged/s.md');
    expect(fsck(dir)).toBe('');
  });

  test('our commit after our commit keeps the root valid', async () => {
    const dir = vault();
    nativeCommit(dir);
    const repo = repoFor(dir, fs, 'node codec');
    for (const round of [1, 2, 3]) {
      fs.writeFileSync(path.join(dir, 'Areas/Home/b.md'), `b ${round}\n`);
      fs.writeFileSync(path.join(dir, `Kept/new-${round}.md`), `${round}\n`);
      await repo.commit({ paths: ['Areas/Home/b.md', `Kept/new-${round}.md`] });
      expect(checkValidNodes(dir)).toContain('');
    }
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
  });
});
