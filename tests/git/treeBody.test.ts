import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ObjectWriteBatch } from '../../src/git/ObjectStore';
import type { RepoContext } from '../../src/git/RepoContext';
import type { BlobTarget, TreeChange } from '../../src/git/treeEdit';
import { editTree, folderAt } from '../../src/git/treeEdit';
import { encodeTreeBody } from '../../src/git/treeBody';
import { parseTree } from '../../src/git/objectReader';
import { fsck, git } from './support/nativeGit';
import { nodeCodec } from './support/nodeCodec';

// Names around `/` (0x2f) in byte order: `-` and `.` sort before it, `0` and letters after, so a
// folder `a` (ordered as `a/`) lands between `a.md` and `a0`.
const NAMES = ['a', 'a.md', 'a-b', 'a0', 'b', 'A', 'ä.md', 'z z'];

/** A set of file paths (up to three deep) where no file is also a folder, with contents and executable bits. */
const vaultArb = fc
  .array(
    fc.record({
      parts: fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }),
      text: fc.constantFrom('one\n', 'two\n', 'three\n'),
      exec: fc.boolean(),
    }),
    { maxLength: 14 },
  )
  .map((files) => {
    const out = new Map<string, { text: string; exec: boolean }>();
    for (const f of files) {
      const p = f.parts.join('/');
      const clash = [...out.keys()].some((q) => q === p || q.startsWith(`${p}/`) || p.startsWith(`${q}/`));
      if (!clash) out.set(p, { text: f.text, exec: f.exec });
    }
    return out;
  });

type Vault = Map<string, { text: string; exec: boolean }>;

/** Makes the working tree hold exactly `files`, stages it with native git and returns `git write-tree` and `git ls-files -s` (path → mode and oid). */
function stage(dir: string, files: Vault): { tree: string; index: Map<string, { mode: string; oid: string }> } {
  for (const name of fs.readdirSync(dir)) if (name !== '.git') fs.rmSync(path.join(dir, name), { recursive: true });
  for (const [p, f] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), f.text);
    fs.chmodSync(path.join(dir, p), f.exec ? 0o755 : 0o644);
  }
  git(dir, 'add', '-A');
  const index = new Map<string, { mode: string; oid: string }>();
  for (const line of git(dir, 'ls-files', '-s', '-z').split('\0')) {
    const m = /^(\d+) ([0-9a-f]{40}) 0\t(.*)$/s.exec(line);
    if (m) index.set(m[3], { mode: m[1], oid: m[2] });
  }
  return { tree: git(dir, 'write-tree').trim(), index };
}

describe('editing trees as bytes', () => {
  test('editTree gives the tree native git writes for the same files (random edits, loose or packed trees)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tree-body-'));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'config', 'core.fileMode', 'true');
    await fc.assert(
      fc.asyncProperty(vaultArb, vaultArb, fc.boolean(), async (before, after, pack) => {
        const base = stage(dir, before);
        if (pack) git(dir, 'gc', '-q', '--prune=now');
        const expected = stage(dir, after);
        const changes = new Map<string, BlobTarget | null>();
        for (const p of [...new Set([...before.keys(), ...after.keys()])].sort()) {
          const now = expected.index.get(p);
          const was = base.index.get(p);
          if (now === undefined) changes.set(p, null);
          else if (was?.oid !== now.oid || was.mode !== now.mode)
            changes.set(p, { oid: now.oid, mode: now.mode as BlobTarget['mode'] });
        }
        const ctx: RepoContext = { fs, dir, gitdir: path.join(dir, '.git'), cache: {}, codec: nodeCodec };
        const batch = new ObjectWriteBatch();
        const report: TreeChange[] = [];
        const empty = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
        const oid = (await editTree(ctx, base.tree === empty ? null : base.tree, changes, report, batch)) ?? empty;
        await batch.settle();
        expect(oid).toBe(expected.tree);
        // Every path reported once, with git's view of what happened to it.
        const statuses = report.map((c) => `${c.status[0].toUpperCase()} ${c.path}`).sort();
        const native = git(dir, 'diff-tree', '-r', '--no-renames', '--name-status', '-z', base.tree, expected.tree)
          .split('\0')
          .filter((s) => s !== '');
        const pairs: string[] = [];
        for (let i = 0; i < native.length; i += 2) pairs.push(`${native[i]} ${native[i + 1]}`);
        expect(statuses).toEqual(pairs.sort());
      }),
      { numRuns: 40 },
    );
    expect(fsck(dir)).toBe('');
  }, 120_000);

  test('folderAt finds folders by their exact name, not files or names that only start alike', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tree-body-'));
    git(dir, 'init', '-q', '-b', 'main');
    const { tree } = stage(
      dir,
      new Map([
        ['a.md', { text: 'x\n', exec: false }],
        ['a/b/c.md', { text: 'y\n', exec: false }],
        ['ab/c.md', { text: 'z\n', exec: false }],
      ]),
    );
    const ctx: RepoContext = { fs, dir, gitdir: path.join(dir, '.git'), cache: {}, codec: nodeCodec };
    expect(await folderAt(ctx, tree, 'a/b')).toBe(git(dir, 'rev-parse', `${tree}:a/b`).trim());
    expect(await folderAt(ctx, tree, 'ab')).toBe(git(dir, 'rev-parse', `${tree}:ab`).trim());
    expect(await folderAt(ctx, tree, 'a.md')).toBeNull();
    expect(await folderAt(ctx, tree, 'a/b/c.md')).toBeNull();
    expect(await folderAt(ctx, tree, 'a/x')).toBeNull();
  });

  test('encodeTreeBody writes what parseTree reads back, in git order whatever order it is given', () => {
    const oid = (n: number) => n.toString(16).padStart(40, '0');
    const entries = [
      { mode: '040000', path: 'a', oid: oid(1), type: 'tree' as const },
      { mode: '100644', path: 'a0', oid: oid(2), type: 'blob' as const },
      { mode: '100755', path: 'a.md', oid: oid(3), type: 'blob' as const },
      { mode: '120000', path: 'ä', oid: oid(4), type: 'blob' as const },
    ];
    const body = encodeTreeBody(entries);
    expect(parseTree(body).map((e) => e.path)).toEqual(['a.md', 'a', 'a0', 'ä']);
    expect(new TextDecoder().decode(body.subarray(0, 11))).toBe('100755 a.md');
    expect(parseTree(body)).toEqual([entries[2], entries[0], entries[1], entries[3]]);
  });
});
