import { describe, test, expect, beforeAll, jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exampleVault, writeFile } from './support/vaultBuilder';
import { faultyFs, seededRandom } from './support/faultyFs';
import type { FaultMode } from './support/faultyFs';
import { fsck, git, porcelain } from './support/nativeGit';
import { OBJECT_PATHS, repoFor } from './support/repoFixture';
import type { ObjectPath } from './support/repoFixture';

const CHANGED = [
  'Habits/meditate.md',
  'Infra/Services/jellyfin.md',
  'Infra/New/grafana.md',
  'Daily/2026-11-28.md',
  'Tasks/renew passport.md',
  'Archive/renew passport.md',
];

/** Every working-tree file (outside .git) with a hash of its bytes. */
function worktreeSnapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const name of fs.readdirSync(path.join(dir, rel))) {
      if (name === '.git') continue;
      const child = rel === '' ? name : `${rel}/${name}`;
      if (fs.statSync(path.join(dir, child)).isDirectory()) walk(child);
      else
        out[child] = createHash('sha1')
          .update(fs.readFileSync(path.join(dir, child)))
          .digest('hex');
    }
  };
  walk('');
  return out;
}

/** Edits a committed vault: modify, create in a new folder, delete, rename. */
function editVault(dir: string): void {
  writeFile(dir, 'Habits/meditate.md', '---\nstack: habit\ngoal: daily\nlog: [2026-11-28]\n---\n');
  writeFile(dir, 'Infra/Services/jellyfin.md', '---\nstack: service\nport: 8920\n---\n');
  writeFile(dir, 'Infra/New/grafana.md', '---\nstack: service\nport: 3000\n---\n');
  fs.rmSync(path.join(dir, 'Daily/2026-11-28.md'));
  fs.mkdirSync(path.join(dir, 'Archive'));
  fs.renameSync(path.join(dir, 'Tasks/renew passport.md'), path.join(dir, 'Archive/renew passport.md'));
}

let template: string;
const callsInACommit = new Map<ObjectPath, number>();

const outcomes: string[] = [];

beforeAll(async () => {
  // isomorphic-git logs injected faults it meets in FileSystem.exists before rethrowing them.
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  template = exampleVault().build();
  await repoFor(template).init();
  for (const objects of OBJECT_PATHS) {
    const probe = copyOf(template);
    editVault(probe);
    const counting = faultyFs(0, 'before');
    await repoFor(probe, counting.fs, objects).commit({ paths: CHANGED });
    callsInACommit.set(objects, counting.calls());
  }
});

function copyOf(dir: string): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-stack-crash-'));
  fs.cpSync(dir, copy, { recursive: true });
  return copy;
}

const SEEDS = Array.from({ length: 32 }, (_, i) => i + 1);

describe('a commit that fails at a random fs call', () => {
  test('the probe commit makes enough fs calls for the seeds to land all over it', () => {
    for (const calls of callsInACommit.values()) expect(calls).toBeGreaterThan(40);
  });

  test.each(SEEDS)(
    'seed %i (even seeds: node codec): git fsck passes, the branch is at the old or the new commit, the working tree is untouched, and a retry commits cleanly',
    async (seed) => {
      const objects: ObjectPath = seed % 2 === 0 ? 'node codec' : 'isomorphic-git objects';
      const random = seededRandom(seed);
      const failAt = 1 + Math.floor(random() * (callsInACommit.get(objects) ?? 0));
      const mode: FaultMode = random() < 0.5 ? 'before' : 'after';
      const dir = copyOf(template);
      const oldHead = git(dir, 'rev-parse', 'HEAD').trim();
      editVault(dir);
      const before = worktreeSnapshot(dir);
      const faulty = faultyFs(failAt, mode);

      const outcome = await repoFor(dir, faulty.fs, objects)
        .commit({ paths: CHANGED })
        .then(
          () => 'committed',
          (err: { code?: string }) => `failed ${err.code ?? ''}`,
        );

      expect(faulty.fired()).toBe(true);
      expect(fsck(dir)).toBe('');
      const head = git(dir, 'rev-parse', 'HEAD').trim();
      if (head !== oldHead) {
        expect(git(dir, 'rev-parse', 'HEAD~1').trim()).toBe(oldHead);
        expect(git(dir, 'diff', '--name-only', 'HEAD', '--', ...CHANGED)).toBe('');
      } else {
        expect(outcome).not.toBe('committed');
      }
      expect(worktreeSnapshot(dir)).toEqual(before);
      outcomes.push(head === oldHead ? 'ref unchanged' : 'ref moved');

      const retry = await repoFor(dir, undefined, objects).commit({ paths: CHANGED });

      expect(retry.status === 'committed' || head !== oldHead).toBe(true);
      expect(porcelain(dir)).toEqual([]);
      expect(git(dir, 'rev-parse', 'HEAD~1').trim()).toBe(oldHead);
      expect(fs.existsSync(path.join(dir, '.git/vault-stack-pending'))).toBe(false);
      expect(fsck(dir)).toBe('');
    },
  );

  test('the seeds hit both sides of the commit point', () => {
    expect(new Set(outcomes)).toEqual(new Set(['ref unchanged', 'ref moved']));
  });

  test('an index that vanishes for isomorphic-git while staging abandons the commit instead of writing a near-empty index', async () => {
    const dir = copyOf(template);
    const oldHead = git(dir, 'rev-parse', 'HEAD').trim();
    const tracked = git(dir, 'ls-files').split('\n').filter(Boolean).length;
    editVault(dir);
    // The commit's one read of the index meets it missing while the file is there (a sync tool
    // replacing it): without a patch to make, isomorphic-git's add would take it for an empty index.
    const faulty = faultyFs(
      [1],
      'before',
      (method, file) => method === 'readFile' && file.endsWith('/.git/index'),
      'ENOENT',
    );

    const commit = repoFor(dir, faulty.fs).commit({ paths: CHANGED });

    await expect(commit).rejects.toMatchObject({ code: 'IO' });
    expect(git(dir, 'rev-parse', 'HEAD').trim()).toBe(oldHead);
    expect(git(dir, 'ls-files').split('\n').filter(Boolean)).toHaveLength(tracked);
    expect(fsck(dir)).toBe('');
  });
});
