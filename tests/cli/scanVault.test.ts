import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, realpathSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFileFor, NoteCache } from '../../src/cli/vault/NoteCache';
import { scanVault, type VaultScan } from '../../src/cli/vault/scanVault';
import type { Problem } from '../../src/core/model/Problem';
import { TempVault } from './support/TempVault';

/** The item inputs of a scan, in walk order. */
function itemsOf(
  scan: VaultScan,
): { path: string; frontmatter: Record<string, unknown>; lines: Readonly<Record<string, number>> }[] {
  return scan.reads.flatMap(({ path, read }) =>
    read.type === 'item' ? [{ path, frontmatter: read.frontmatter, lines: read.lines }] : [],
  );
}

/** Every problem a scan found: on folders, and on the notes that cannot be read as items. */
function problemsOf(scan: VaultScan): Problem[] {
  return [...scan.problems, ...scan.reads.flatMap(({ read }) => (read.type === 'invalid' ? read.problems : []))];
}

describe('scanVault', () => {
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
  const scanWithCache = (tool = 'test-1'): ReturnType<typeof scanVault> => {
    const cache = NoteCache.open(cacheFile(), vault.root, tool);
    const scan = scanVault(vault.root, { cache });
    cache.save(scan.notes);
    return scan;
  };

  it('gives the input of item notes only and counts every note', () => {
    vault
      .note('Tasks/Pay rent.md', ['stack: task', 'due: 2026-12-01'])
      .note('Books/Dune.md', ['author: Frank Herbert'])
      .write('Home.md', '# Home\n');

    const scan = scanVault(vault.root, { cache: null });

    expect(scan.notes.sort()).toEqual(['Books/Dune.md', 'Home.md', 'Tasks/Pay rent.md']);
    expect(itemsOf(scan)).toEqual([
      { path: 'Tasks/Pay rent.md', frontmatter: { stack: 'task', due: '2026-12-01' }, lines: { stack: 2, due: 3 } },
    ]);
    expect(problemsOf(scan)).toEqual([]);
  });

  it('makes a file that is not UTF-8 a problem on that file', () => {
    vault.write('Latin1.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]));

    const scan = scanVault(vault.root, { cache: null });

    expect(problemsOf(scan)).toEqual([
      expect.objectContaining({
        path: 'Latin1.md',
        severity: 'error',
        message: expect.stringContaining('not valid UTF-8'),
      }),
    ]);
  });

  it('makes a note without frontmatter that is not UTF-8 a problem too, and accepts a BOM', () => {
    vault
      .write('Notes/Plain latin1.md', Buffer.from('# Caf\xe9 notes\n', 'latin1'))
      .write('Bom.md', '\ufeff---\nstack: task\n---\n');

    const scan = scanVault(vault.root, { cache: null });

    expect(problemsOf(scan).map((p) => p.path)).toEqual(['Notes/Plain latin1.md']);
    expect(itemsOf(scan).map((i) => i.path)).toEqual(['Bom.md']);
  });

  it('does not index a 10 MB item note and says why', () => {
    vault.write('Huge.md', '---\nstack: bookmark\nurl: https://example.org\n---\n' + 'lorem ipsum '.repeat(900_000));

    const scan = scanVault(vault.root, { cache: null });

    expect(itemsOf(scan)).toEqual([]);
    expect(problemsOf(scan)).toEqual([
      expect.objectContaining({
        path: 'Huge.md',
        message: expect.stringMatching(/note is 10\.\d MB, over the 5\.0 MB limit/),
      }),
    ]);
  });

  it('ignores a 10 MB note that declares nothing', () => {
    vault.write('Log dump.md', 'lorem ipsum '.repeat(900_000));

    expect(problemsOf(scanVault(vault.root, { cache: null }))).toEqual([]);
  });

  it('turns YAML errors, unclosed blocks and alias bombs into problems with lines', () => {
    vault
      .note('Bad yaml.md', ['stack: task', 'due: [2026-11-30'])
      .write('Unclosed.md', '---\nstack: habit\ngoal: daily\n')
      .note('Bomb.md', [
        'stack: task',
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      ]);

    const byPath = Object.fromEntries(problemsOf(scanVault(vault.root, { cache: null })).map((p) => [p.path, p]));

    expect(byPath['Bad yaml.md']).toMatchObject({ line: 3, message: expect.stringMatching(/^YAML error/) });
    expect(byPath['Unclosed.md']).toMatchObject({ line: 1, message: expect.stringContaining('never closes') });
    expect(byPath['Bomb.md']).toMatchObject({ message: expect.stringContaining('aliases expand too far') });
  });

  it('reuses cached reads on a second run and re-reads only a changed note', () => {
    vault.note('a.md', ['stack: task']).note('b.md', ['stack: task', 'due: 2026-12-01']).write('c.md', 'plain');
    scanWithCache();
    const old = new Date('2026-01-01T00:00:00Z');
    utimesSync(join(vault.root, 'b.md'), old, old);
    scanWithCache();

    vault.note('b.md', ['stack: task', 'due: 2026-12-24']);
    const third = scanWithCache();

    expect(third.cacheHits).toBe(2);
    expect(itemsOf(third).find((i) => i.path === 'b.md')?.frontmatter).toEqual({ stack: 'task', due: '2026-12-24' });
  });

  it('serves every unchanged note from the cache, problems included', () => {
    vault.note('a.md', ['stack: task']).note('Bad.md', ['stack: task', 'x: [']).write('c.md', 'plain');
    const first = scanWithCache();

    const second = scanWithCache();

    expect(second.cacheHits).toBe(3);
    expect(itemsOf(second)).toEqual(itemsOf(first));
    expect(problemsOf(second)).toEqual(problemsOf(first));
  });

  it('finds cached reads when notes were added and removed around them', () => {
    for (const name of ['n1', 'n2', 'n3', 'n4', 'n5']) vault.note(`Notes/${name}.md`, ['stack: task']);
    scanWithCache();
    rmSync(join(vault.root, 'Notes/n2.md'));
    vault.note('Notes/n0.md', ['stack: task']).note('Alpha/first.md', ['stack: habit']);

    const scan = scanWithCache();

    expect(scan.cacheHits).toBe(4);
    expect(
      itemsOf(scan)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['Alpha/first.md', 'Notes/n0.md', 'Notes/n1.md', 'Notes/n3.md', 'Notes/n4.md', 'Notes/n5.md']);
    expect(scanWithCache().cacheHits).toBe(6);
  });

  it('drops cache entries of deleted notes', () => {
    vault.note('a.md', ['stack: task']).note('gone.md', ['stack: task']);
    scanWithCache();

    rmSync(join(vault.root, 'gone.md'));
    scanWithCache();

    const file = readFileSync(cacheFile(), 'utf8');
    expect(file).toContain('a.md');
    expect(file).not.toContain('gone.md');
    expect(scanWithCache().cacheHits).toBe(1);
  });

  it('ignores and rebuilds a corrupt cache file', () => {
    vault.note('a.md', ['stack: task']);
    scanWithCache();
    writeFileSync(cacheFile(), '{"format": "vault-stack-note-cache/2", "entr');

    const scan = scanWithCache();

    expect(scan.cacheHits).toBe(0);
    expect(itemsOf(scan)).toHaveLength(1);
    expect(scanWithCache().cacheHits).toBe(1);
  });

  it('ignores a cache written by another version of the tool', () => {
    vault.note('a.md', ['stack: task']);
    scanWithCache('0.0.1');

    expect(scanWithCache('0.0.2').cacheHits).toBe(0);
  });

  it('names notes from inside the vault and puts the working folder back, also when the scan fails', () => {
    vault.write('a.md', '# a\n').note('Tasks/t.md', ['stack: task']);
    const before = process.cwd();
    const cache = NoteCache.open(cacheFile(), vault.root, 'test-1');
    let cwdDuringScan = '';
    const slotOf = cache.slotOf.bind(cache);
    cache.slotOf = (path, position) => {
      cwdDuringScan = process.cwd();
      return slotOf(path, position);
    };
    expect(itemsOf(scanVault(vault.root, { cache })).map((i) => i.path)).toEqual(['Tasks/t.md']);
    expect(cwdDuringScan).toBe(realpathSync(vault.root));
    expect(process.cwd()).toBe(before);

    cache.slotOf = () => {
      throw new Error('cache broke');
    };
    expect(() => scanVault(vault.root, { cache })).toThrow('cache broke');
    expect(process.cwd()).toBe(before);
  });
});
