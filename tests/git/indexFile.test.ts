import { describe, test, expect } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { IndexEntries, parseGitIndex } from '../../src/git/indexFile';
import { encodeIndexEntry } from '../../src/git/indexEntryBytes';
import { exampleVault } from './support/vaultBuilder';
import { git } from './support/nativeGit';

/** What native git says is in its index: `mode oid path` per entry, plus size and mtime from `--debug`. */
function nativeEntries(dir: string): { line: string; size: number; mtimeMs: number }[] {
  const staged = git(dir, 'ls-files', '-s', '-z').split('\0').filter(Boolean);
  const debug = git(dir, 'ls-files', '--debug').split('\n');
  return staged.map((line, i) => {
    const block = debug.slice(i * 6, i * 6 + 6).join('\n');
    const mtime = /mtime: (\d+):(\d+)/.exec(block);
    const size = /size: (\d+)/.exec(block);
    const [meta, file] = line.split('\t');
    const [mode, oid] = meta.split(' ');
    return {
      line: `${mode} ${oid} ${file}`,
      size: Number(size?.[1]),
      mtimeMs: Number(mtime?.[1]) * 1000 + Math.floor(Number(mtime?.[2]) / 1e6),
    };
  });
}

function parsedEntries(dir: string) {
  const snapshot = parseGitIndex(fs.readFileSync(path.join(dir, '.git/index')));
  return [...snapshot.entries.values()].map((e) => ({
    line: `${e.mode.toString(8)} ${e.oid} ${e.path}`,
    size: e.size,
    mtimeMs: e.mtimeMs,
  }));
}

function nativeRepo(): string {
  const dir = exampleVault().build();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  return dir;
}

describe('reading .git/index', () => {
  test.each([2, 3, 4])('index version %i written by native git parses to the entries git lists', (version) => {
    const dir = nativeRepo();
    git(dir, 'update-index', '--index-version', String(version));
    if (version === 3) git(dir, 'update-index', '--skip-worktree', 'Daily/2026-11-28.md');

    const snapshot = parseGitIndex(fs.readFileSync(path.join(dir, '.git/index')));

    expect(snapshot.version).toBe(version);
    expect(parsedEntries(dir)).toEqual(nativeEntries(dir));
  });

  test('conflicted paths are reported apart from the stage-0 entries', () => {
    const dir = nativeRepo();
    git(dir, 'commit', '-q', '-m', 'base');
    git(dir, 'checkout', '-q', '-b', 'other');
    fs.writeFileSync(path.join(dir, 'Daily/2026-11-28.md'), 'other side\n');
    git(dir, 'commit', '-q', '-am', 'other');
    git(dir, 'checkout', '-q', 'main');
    fs.writeFileSync(path.join(dir, 'Daily/2026-11-28.md'), 'main side\n');
    git(dir, 'commit', '-q', '-am', 'main');
    try {
      git(dir, 'merge', 'other');
    } catch {
      /* the conflict is the point */
    }

    const snapshot = parseGitIndex(fs.readFileSync(path.join(dir, '.git/index')));

    expect(snapshot.conflicts).toEqual(['Daily/2026-11-28.md']);
    expect(snapshot.entries.has('Daily/2026-11-28.md')).toBe(false);
  });

  test('entries are found by path whether or not the index lists them in order', () => {
    const dir = nativeRepo();
    const bytes = fs.readFileSync(path.join(dir, '.git/index'));
    const inOrder = parseGitIndex(bytes).entries;
    const paths = [...inOrder.keys()];
    // The same entries recorded backwards: no longer ascending, so looked up another way.
    const backwards = new IndexEntries(bytes, paths.length);
    for (const p of [...paths].reverse()) {
      const row = inOrder.rowOf(p);
      backwards.add(p, inOrder.offsets[row], inOrder.modes[row], inOrder.sizes[row], inOrder.mtimes[row]);
    }

    expect(inOrder.isAscending).toBe(true);
    expect(backwards.isAscending).toBe(false);
    for (const p of paths) {
      expect(inOrder.get(p)).toMatchObject({ path: p, oid: backwards.get(p)?.oid });
      expect(backwards.get(p)?.oid).toMatch(/^[0-9a-f]{40}$/);
    }
    expect(inOrder.has('Daily')).toBe(false);
    expect(backwards.has('Daily')).toBe(false);
    expect(inOrder.rowOf('zzz/not there.md')).toBe(-1);
    expect([...backwards.keys()].sort()).toEqual(paths);
    expect(backwards.size).toBe(paths.length);
  });

  test('a file that is not an index is refused with INDEX_CORRUPT', () => {
    expect(() => parseGitIndex(new TextEncoder().encode('not an index at all'))).toThrow(
      expect.objectContaining({ code: 'INDEX_CORRUPT' }),
    );
  });
});

describe('parseGitIndex over node Buffers and plain byte arrays', () => {
  test('reads the same paths from a Buffer (decoded in place) as from a Uint8Array (TextDecoder), UTF-8 or not', () => {
    const pathBytes = fc.uint8Array({ minLength: 1, maxLength: 40 }).map((b) => b.map((x) => (x === 0 ? 0x61 : x)));
    fc.assert(
      fc.property(fc.array(pathBytes, { minLength: 1, maxLength: 30 }), (paths) => {
        const entries = paths.map((p) =>
          encodeIndexEntry(p, {
            oid: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
            mode: '100644',
            stats: { size: 1, mtimeMs: 0, isFile: () => true, isDirectory: () => false },
          }),
        );
        const header = Buffer.alloc(12);
        header.write('DIRC');
        header.writeUInt32BE(2, 4);
        header.writeUInt32BE(entries.length, 8);
        const file = Buffer.concat([header, ...entries, Buffer.alloc(20)]);
        const fromBuffer = parseGitIndex(file).entries;
        const fromArray = parseGitIndex(new Uint8Array(file)).entries;
        expect(fromBuffer.paths).toEqual(fromArray.paths);
        expect(fromArray.paths).toEqual(paths.map((p) => new TextDecoder().decode(p)));
      }),
    );
  });
});
