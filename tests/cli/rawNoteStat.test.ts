import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { rawStatFor } from '../../src/cli/git/lstatColumns';
import { cacheFileFor, NoteCache } from '../../src/cli/vault/NoteCache';
import { scanVault, type VaultScan } from '../../src/cli/vault/scanVault';
import { TempVault } from './support/TempVault';

/** A scan as a command sees it: every note and what each read to, in walk order, and how many came from the cache. */
function seen(scan: VaultScan): unknown {
  return { notes: scan.notes, reads: scan.reads, problems: scan.problems, hits: scan.cacheHits };
}

/** The index's per-note stats through node's raw fs binding (`rawStatFor`) against `statSync`/`fstatSync`. */
describe('scanVault with the raw stat', () => {
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

  const scan = (rawStat: boolean): VaultScan => {
    const cache = NoteCache.open(cacheFileFor(cacheDir.root, `${vault.root}-${rawStat}`), vault.root, 'test');
    const result = scanVault(vault.root, { cache, rawStat });
    cache.save(result.notes);
    return result;
  };

  it('reads, caches and re-reads every note as the fallback does, including a note changed with the same size', () => {
    for (let i = 0; i < 60; i++) {
      const folder = ['', 'A/', 'A/B/', 'Ç/'][i % 4];
      if (i % 3 === 0)
        vault.note(`${folder}Task ${i}.md`, ['stack: task', `due: 2026-12-${String((i % 28) + 1).padStart(2, '0')}`]);
      else if (i % 3 === 1) vault.write(`${folder}Note ${i}.md`, `- [ ] step ${i}\n`);
      else vault.write(`${folder}Plain ${i}.md`, `# plain ${i}\n`);
    }
    // This platform's node accepts the raw binding, so the comparison below is of two different paths.
    expect(rawStatFor(join(vault.root, 'Task 0.md'))).not.toBeNull();

    const coldRaw = scan(true);
    const coldFallback = scan(false);
    expect(coldRaw.cacheHits).toBe(0);
    expect(seen(coldRaw)).toEqual(seen(coldFallback));
    // Both caches hold the same sizes and mtimes: each serves every note on the next run.
    const warmRaw = scan(true);
    expect(warmRaw.cacheHits).toBe(60);
    expect(seen(warmRaw)).toEqual(seen(scan(false)));

    // Same size, other content, a later mtime: only the mtime tells the caches the note changed.
    const changed = join(vault.root, 'A/Note 1.md');
    const before = statSync(changed);
    vault.write('A/Note 1.md', '- [x] step 1\n');
    utimesSync(changed, before.atime, new Date(before.mtimeMs + 5_000));
    expect(statSync(changed).size).toBe(before.size);

    const afterRaw = scan(true);
    const afterFallback = scan(false);
    expect(afterRaw.cacheHits).toBe(59);
    expect(seen(afterRaw)).toEqual(seen(afterFallback));
    const read = afterRaw.reads.find((r) => r.path === 'A/Note 1.md')?.read;
    expect(read?.tasks?.[0]).toMatchObject({ text: '- [x] step 1' });
    expect(seen(scan(true))).toEqual(seen(scan(false)));
  });

  it('lists and reads an uncached vault through the raw binding as the fallback does', () => {
    for (let i = 0; i < 40; i++) {
      const folder = ['', 'A/', 'A/B/', 'Ç/', '.hidden/', 'node_modules/'][i % 6];
      vault.write(`${folder}Note ${i}.md`, i % 2 === 0 ? `- [ ] step ${i}\n` : `# plain ${i}\n`);
    }
    vault.write('A/not a note.txt', 'x');
    const raw = scanVault(vault.root, { cache: null });
    const fallback = scanVault(vault.root, { cache: null, rawStat: false });
    expect(raw.notes.length).toBeGreaterThan(20);
    expect(seen(raw)).toEqual(seen(fallback));
  });

  it('is not chosen on a probe that is missing', () => {
    vault.write('a.md', '# a\n');
    expect(rawStatFor(join(vault.root, 'a.md'))).not.toBeNull();
    expect(rawStatFor(join(vault.root, 'missing.md'))).toBeNull();
  });
});
