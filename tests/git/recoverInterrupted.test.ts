import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GitRepo } from '../../src/git/GitRepo';
import type { GitFs } from '../../src/git/GitFs';
import type { ProcessProbe } from '../../src/git/ProcessProbe';
import { fsck, git, porcelain } from './support/nativeGit';
import { steppingClock } from './support/repoFixture';
import { CONFIG_DIR, exampleVault, writeFile } from './support/vaultBuilder';

const OTHER_PID = 424242;

function probe(running: boolean): ProcessProbe {
  return { pid: process.pid, isRunning: (pid) => running && pid === OTHER_PID };
}

function repo(dir: string, processes?: ProcessProbe, fsClient: GitFs = fs): GitRepo {
  return new GitRepo({ fs: fsClient, dir, configDir: CONFIG_DIR, now: steppingClock(), processes });
}

/** A committed vault with one edit, and the commit a crashed run had written for it (object only, ref not moved). */
async function crashedBeforeRename(): Promise<{ dir: string; head: string; next: string }> {
  const dir = exampleVault().build();
  await repo(dir).init();
  const head = git(dir, 'rev-parse', 'HEAD').trim();
  writeFile(dir, 'Habits/meditate.md', '---\nstack: habit\nlog: [2026-11-28]\n---\n');
  git(dir, 'add', 'Habits/meditate.md');
  const next = git(dir, 'commit-tree', git(dir, 'write-tree').trim(), '-p', head, '-m', 'crashed commit').trim();
  return { dir, head, next };
}

function journal(dir: string, record: object): void {
  fs.writeFileSync(path.join(dir, '.git/vault-stack-pending'), JSON.stringify(record));
}

describe('recovering a ref update a crash interrupted', () => {
  test('a lock holding the new commit, the ref unmoved: the update is finished', async () => {
    const { dir, head, next } = await crashedBeforeRename();
    fs.writeFileSync(path.join(dir, '.git/refs/heads/main.lock'), `${next}\n`);
    journal(dir, { paths: ['Habits/meditate.md'], ref: 'refs/heads/main', from: head, to: next, pid: OTHER_PID });

    const result = await repo(dir, probe(false)).commit({ paths: [] });

    expect(result.status).toBe('nothing');
    expect(git(dir, 'rev-parse', 'HEAD').trim()).toBe(next);
    expect(porcelain(dir)).toEqual([]);
    expect(fs.existsSync(path.join(dir, '.git/refs/heads/main.lock'))).toBe(false);
    expect(fsck(dir)).toBe('');
  });

  test('a torn lock of a process that is gone is rolled back and the journal paths committed again', async () => {
    const { dir, head, next } = await crashedBeforeRename();
    fs.writeFileSync(path.join(dir, '.git/refs/heads/main.lock'), next.slice(0, 17));
    journal(dir, { paths: ['Habits/meditate.md'], ref: 'refs/heads/main', from: head, to: next, pid: OTHER_PID });

    const result = await repo(dir, probe(false)).commit({ paths: [] });

    expect(result.status).toBe('committed');
    expect(git(dir, 'rev-parse', 'HEAD~1').trim()).toBe(head);
    expect(porcelain(dir)).toEqual([]);
  });

  test('a torn lock of a process that still runs is not touched: INDEX_LOCKED, the lock kept', async () => {
    const { dir, head, next } = await crashedBeforeRename();
    const lock = path.join(dir, '.git/refs/heads/main.lock');
    fs.writeFileSync(lock, '');
    journal(dir, { paths: ['Habits/meditate.md'], ref: 'refs/heads/main', from: head, to: next, pid: OTHER_PID });

    await expect(repo(dir, probe(true)).commit({ paths: [] })).rejects.toMatchObject({ code: 'INDEX_LOCKED' });

    expect(fs.readFileSync(lock, 'utf8')).toBe('');
    expect(git(dir, 'rev-parse', 'HEAD').trim()).toBe(head);
  });

  test('a lock with another commit in it (native git) is never taken for ours', async () => {
    const { dir, head, next } = await crashedBeforeRename();
    const lock = path.join(dir, '.git/refs/heads/main.lock');
    fs.writeFileSync(lock, `${head}\n`);
    journal(dir, { paths: [], ref: 'refs/heads/main', from: head, to: next, pid: OTHER_PID });

    await expect(repo(dir, probe(false)).commit({ paths: ['Habits/meditate.md'] })).rejects.toMatchObject({
      code: 'INDEX_LOCKED',
    });

    expect(fs.existsSync(lock)).toBe(true);
  });

  test('an fs without rename that tore the ref itself: the start-up scan writes the new commit whole', async () => {
    const { dir, head, next } = await crashedBeforeRename();
    fs.writeFileSync(path.join(dir, '.git/refs/heads/main'), next.slice(0, 9));
    journal(dir, { paths: ['Habits/meditate.md'], ref: 'refs/heads/main', from: head, to: next });
    const { rename: _rename, ...noRename } = fs.promises;

    await repo(dir, undefined, { promises: noRename }).scan([]);

    expect(git(dir, 'rev-parse', 'HEAD').trim()).toBe(next);
  });

  test('an import that left index.lock behind: the next init clears it when its process is gone', async () => {
    const dir = exampleVault().build();
    await repo(dir).init();
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    fs.writeFileSync(path.join(dir, '.git/index.lock'), 'half an index');
    journal(dir, { paths: [], ref: 'refs/heads/main', from: null, to: head, indexLock: true, pid: OTHER_PID });

    const again = await repo(dir, probe(false)).init();

    expect(again).toEqual({ status: 'exists', head });
    expect(fs.existsSync(path.join(dir, '.git/index.lock'))).toBe(false);
    expect(fs.existsSync(path.join(dir, '.git/vault-stack-pending'))).toBe(false);
  });
});
