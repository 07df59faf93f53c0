import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { invalidateCacheTree } from '../../src/git/cacheTree';
import { exampleVault } from './support/vaultBuilder';
import { git } from './support/nativeGit';

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
