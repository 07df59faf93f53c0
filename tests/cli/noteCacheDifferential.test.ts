import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { renameSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFileFor, NoteCache } from '../../src/cli/vault/NoteCache';
import { scanVault, type VaultScan } from '../../src/cli/vault/scanVault';
import { TempVault } from './support/TempVault';

/** A scan as a command sees it: every note and what each read to, in walk order. */
function seen(scan: VaultScan): unknown {
  return { notes: scan.notes, reads: scan.reads, problems: scan.problems };
}

/** A small deterministic random stream (tests must not depend on Math.random). */
function stream(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const NAMES = ['Plain', 'Café', 'Ünïcødé note', 'emoji 📅', 'two  spaces', '日本語', 'a.b.c', 'x'];
const TEXTS = [
  '# Just prose\n',
  '---\nstack: task\ndue: 2026-12-01\n---\nBody\n',
  '---\ntags: [a, b]\n---\n- [ ] Pay rent 📅 2026-12-01\n',
  '---\nstack: task\ndue: [\n---\n',
  '- [x] done ✅ 2026-11-30\n- [ ] open [due:: 2026-12-02]\n',
  '---\nStack: task\n---\n',
];

describe('NoteCache against a scan without a cache', () => {
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

  // Every folder counts as settled, so listings are cached and reused as much as they can be.
  const cached = (): VaultScan => {
    const cache = NoteCache.open(cacheFileFor(cacheDir.root, vault.root), vault.root, 'test');
    const scan = scanVault(vault.root, { cache, now: Date.now() + 60_000 });
    cache.save(scan.notes);
    return scan;
  };

  it('reads every note and lists every folder as a scan without a cache does, through adds, edits, removals and renames', () => {
    const random = stream(20261203);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const present = new Set<string>();
    const pathOf = (): string =>
      `${pick(['', 'A/', 'A/B/', 'Ç/', 'D/E/F/', `R${Math.floor(random() * 3)}/`])}${pick(NAMES)} ${Math.floor(random() * 6)}.md`;
    let hits = 0;
    for (let round = 0; round < 40; round++) {
      // Past the file system's clock tick: a folder changed now gets new times.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
      for (let change = 0; change < 4; change++) {
        const roll = present.size === 0 ? 0 : random();
        const path = roll < 0.5 ? pathOf() : pick([...present]);
        if (roll < 0.5) {
          vault.write(path, pick(TEXTS));
          // Same size, new mtime or old mtime: only the mtime and size key the cache.
          utimesSync(join(vault.root, path), 1_700_000_000 + round, 1_700_000_000 + round);
          present.add(path);
        } else if (roll < 0.7) {
          rmSync(join(vault.root, path));
          present.delete(path);
        } else if (roll < 0.85) {
          // A whole folder goes away or moves: its notes with it.
          const from = `R${Math.floor(random() * 3)}`;
          const to = `R${Math.floor(random() * 3)}`;
          const dropped = [...present].filter((p) => p.startsWith(`${from}/`));
          if (from !== to && random() < 0.5 && ![...present].some((p) => p.startsWith(`${to}/`))) {
            if (dropped.length > 0) renameSync(join(vault.root, from), join(vault.root, to));
            for (const p of dropped) present.add(`${to}${p.slice(from.length)}`);
          } else rmSync(join(vault.root, from), { recursive: true, force: true });
          for (const p of dropped) present.delete(p);
        } else {
          const to = pathOf();
          vault.write(to, '');
          renameSync(join(vault.root, path), join(vault.root, to));
          present.delete(path);
          present.add(to);
        }
      }
      const scan = cached();
      hits += scan.cacheHits;
      expect(seen(scan)).toEqual(seen(scanVault(vault.root, { cache: null })));
      // A second run serves every note from the cache, still the same.
      const again = cached();
      expect(again.cacheHits).toBe(again.notes.length);
      expect(seen(again)).toEqual(seen(scan));
    }
    expect(hits).toBeGreaterThan(0);
  });
});
