import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { cacheFileFor, NoteCache } from '../../src/cli/vault/NoteCache';
import { scanVault, type VaultScan } from '../../src/cli/vault/scanVault';
import { TempVault } from './support/TempVault';

/** The note cache's file layout: binary numbers and paths, JSON header and entries. */
describe('NoteCache file', () => {
  let vault: TempVault;
  let cacheDir: TempVault;
  beforeEach(() => {
    vault = new TempVault();
    cacheDir = new TempVault('vault-stack-cache-');
  });
  afterEach(() => {
    vault.remove();
    cacheDir.remove();
  });

  const cacheFile = (): string => cacheFileFor(cacheDir.root, vault.root);
  const scanWithCache = (): VaultScan => {
    const cache = NoteCache.open(cacheFile(), vault.root, 'test-1');
    const scan = scanVault(vault.root, { cache });
    cache.save(scan.notes);
    return scan;
  };
  const readsOf = (scan: VaultScan): unknown[] => scan.reads.map(({ path, read }) => [path, read]);

  it('reads back paths of any script, and the reads of their notes, from the file it wrote', () => {
    vault
      .note('Café/Crème brûlée.md', ['stack: task', 'title: Dessert'])
      .note('日本/東京.md', ['stack: bookmark', 'url: https://example.org/'])
      .note('Emoji 🚲/Ride 🚲.md', ['stack: habit', 'goal: daily'])
      .write('Plain é.md', '# plain\n')
      .write('Tasks ✓.md', '- [ ] ship it\n');
    const first = scanWithCache();

    const second = scanWithCache();

    expect(second.cacheHits).toBe(5);
    expect(second.notes).toEqual(first.notes);
    expect(readsOf(second)).toEqual(readsOf(first));
  });

  it('ignores and rebuilds a file cut short anywhere', () => {
    vault.note('a.md', ['stack: task']).note('Ünïcode/b.md', ['stack: task']).write('c.md', '# c\n');
    scanWithCache();
    const whole = readFileSync(cacheFile());
    expect(scanWithCache().cacheHits).toBe(3);

    for (const length of [0, 3, 20, whole.length - 40, whole.length - 1]) {
      writeFileSync(cacheFile(), whole.subarray(0, length));
      expect([length, scanWithCache().cacheHits]).toEqual([length, 0]);
      expect(scanWithCache().cacheHits).toBe(3);
    }
  });

  it('ignores a file whose header counts more notes than it holds', () => {
    vault.note('a.md', ['stack: task']).write('b.md', '# b\n');
    scanWithCache();
    const whole = readFileSync(cacheFile());
    const headerEnd = 4 + whole.readUInt32LE(0);
    const header = whole.toString('utf8', 4, headerEnd).replace('"notes":2', '"notes":9');
    writeFileSync(cacheFile(), Buffer.concat([whole.subarray(0, 4), Buffer.from(header), whole.subarray(headerEnd)]));

    expect(scanWithCache().cacheHits).toBe(0);
    expect(scanWithCache().cacheHits).toBe(2);
  });

  it('ignores a cache path that is a folder, or a file over 256 MB', () => {
    vault.note('a.md', ['stack: task']);
    mkdirSync(cacheFile());
    expect(scanVault(vault.root, { cache: NoteCache.open(cacheFile(), vault.root, 'test-1') }).cacheHits).toBe(0);

    const big = `${cacheDir.root}/big.bin`;
    writeFileSync(big, '');
    truncateSync(big, 257 * 1024 * 1024);
    expect(scanVault(vault.root, { cache: NoteCache.open(big, vault.root, 'test-1') }).cacheHits).toBe(0);
  });

  it('removes the JSON cache an older version kept for the same vault when it first writes', () => {
    vault.note('a.md', ['stack: task']);
    const legacy = cacheFile().replace(/\.bin$/, '.json');
    writeFileSync(legacy, '{"format": "vault-stack-note-cache/7"}');
    const other = `${cacheDir.root}/0123456789abcdef01234567.json`;
    writeFileSync(other, '{}');

    scanWithCache();

    expect(existsSync(cacheFile())).toBe(true);
    expect(existsSync(legacy)).toBe(false);
    expect(existsSync(other)).toBe(true);
  });
});
