import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { nodeCodec as cliCodec } from '../../src/cli/git/nodeCodec';
import { syncFs } from '../../src/cli/git/syncFs';
import { GitRepo } from '../../src/git/GitRepo';
import { refreshIndexStats } from '../../src/git/refreshIndexStats';
import { fsck, git, porcelain } from './support/nativeGit';
import { CONFIG_DIR, exampleVault } from './support/vaultBuilder';

const OLD = new Date(Date.UTC(2026, 0, 1));
const LATER = new Date(Date.UTC(2026, 1, 1));

/** A committed example vault whose files are all older than its index, and its notes. */
async function committedVault(): Promise<{ dir: string; repo: GitRepo; notes: string[] }> {
  const dir = exampleVault().build();
  const repo = new GitRepo({
    fs: syncFs,
    dir,
    configDir: CONFIG_DIR,
    author: { name: 'T', email: 't@e.org' },
    codec: cliCodec,
  });
  for (const file of (await repo.listFiles()).paths) fs.utimesSync(path.join(dir, file), OLD, OLD);
  await repo.init();
  const tracked = git(dir, 'ls-files', '-z').split('\0').filter(Boolean);
  // init writes `.gitignore` shortly before the index: on a busy machine both may get the same
  // coarse timestamp, which makes it racily clean and hashed by the first scan. Age every tracked
  // file and let native git record that, so only what a test touches is hashed.
  for (const file of tracked) fs.utimesSync(path.join(dir, file), OLD, OLD);
  git(dir, 'update-index', '--refresh');
  return { dir, repo, notes: tracked.filter((p) => p.endsWith('.md')) };
}

const scan = async (repo: GitRepo, refreshIndex = true) =>
  repo.scan(await repo.listFiles(), refreshIndex ? { refreshIndex: refreshIndexStats } : {});

describe('refreshing the index stat data after a scan', () => {
  test('files touched without a change are hashed once; then git diff-files is clean, git status agrees and the next scan hashes nothing', async () => {
    const { dir, repo, notes } = await committedVault();
    const touched = notes.slice(0, 3);
    for (const note of touched) fs.utimesSync(path.join(dir, note), LATER, LATER);
    expect(git(dir, 'diff-files', '--name-only').trim().split('\n').sort()).toEqual([...touched].sort());

    const first = await scan(repo);
    const second = await scan(repo);

    expect(first).toMatchObject({ modified: [], added: [], deleted: [], hashed: 3 });
    expect(second).toMatchObject({ modified: [], added: [], deleted: [], hashed: 0 });
    expect(git(dir, 'diff-files', '--name-only')).toBe('');
    expect(porcelain(dir)).toEqual([]);
    expect(fsck(dir)).toBe('');
    expect(fs.existsSync(path.join(dir, '.git/index.lock'))).toBe(false);
  });

  test('a file touched after the index was written (but before the scan) is refreshed too', async () => {
    const { dir, repo, notes } = await committedVault();
    const index = fs.statSync(path.join(dir, '.git/index')).mtime;
    const touched = new Date(index.getTime() + 1000);
    fs.utimesSync(path.join(dir, notes[0]), touched, touched);
    await sleep(1100); // until the touch is in the past

    const first = await scan(repo);
    const second = await scan(repo);

    expect([first.hashed, second.hashed]).toEqual([1, 0]);
    expect(git(dir, 'diff-files', '--name-only')).toBe('');
  });

  test('without the option, or while another process holds index.lock, the index is left as it was', async () => {
    const { dir, repo, notes } = await committedVault();
    fs.utimesSync(path.join(dir, notes[0]), LATER, LATER);
    const index = fs.readFileSync(path.join(dir, '.git/index'));

    await scan(repo, false);
    fs.writeFileSync(path.join(dir, '.git/index.lock'), '');
    const locked = await scan(repo);

    expect(locked.hashed).toBe(1);
    expect(fs.readFileSync(path.join(dir, '.git/index')).equals(index)).toBe(true);
    expect(fs.readFileSync(path.join(dir, '.git/index.lock'), 'utf8')).toBe('');
  });

  test('a file not older than the new index is racily clean: a same-size edit that keeps its mtime is still found', async () => {
    const { dir, repo, notes } = await committedVault();
    const note = path.join(dir, notes[0]);
    const future = new Date(Date.now() + 3_600_000);
    fs.utimesSync(note, future, future);

    const first = await scan(repo);
    const text = fs.readFileSync(note, 'utf8');
    fs.writeFileSync(
      note,
      text.replace(/[a-z]/, (c) => (c === 'a' ? 'b' : 'a')),
    );
    fs.utimesSync(note, future, future);
    const second = await scan(repo);

    expect(first).toMatchObject({ modified: [], hashed: 1 });
    expect(second).toMatchObject({ modified: [notes[0]], hashed: 1 });
  });
});
