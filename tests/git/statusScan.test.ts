import { describe, test, expect } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exampleVault, writeFile } from './support/vaultBuilder';
import { git, porcelain } from './support/nativeGit';
import { repoFor } from './support/repoFixture';
import { nodeCodec as cliCodec } from '../../src/cli/git/nodeCodec';
import { GitRepo } from '../../src/git/GitRepo';
import type { StatusScanResult } from '../../src/git/statusScan';
import { fileStatsOf } from '../../src/git/listWorkingFiles';
import { CONFIG_DIR } from './support/vaultBuilder';

/** What `git status --porcelain -uall` says, in the scan's terms (worktree against the index). */
function nativeStatus(dir: string): Pick<StatusScanResult, 'added' | 'modified' | 'deleted'> {
  const lines = porcelain(dir);
  const pick = (code: RegExp) =>
    lines
      .filter((l) => code.test(l.slice(0, 2)))
      .map((l) => l.slice(3))
      .sort();
  return { added: pick(/^\?\?$/), modified: pick(/^.M$/), deleted: pick(/^.D$/) };
}

/** Backdates every file so none is "racily clean" against the index written by init. */
function backdateAll(dir: string): void {
  const old = new Date(Date.UTC(2026, 0, 1));
  const walk = (folder: string): void => {
    for (const name of fs.readdirSync(folder)) {
      if (name === '.git') continue;
      const full = path.join(folder, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else fs.utimesSync(full, old, old);
    }
  };
  walk(dir);
}

async function vaultWithRepo(): Promise<{ dir: string; repo: ReturnType<typeof repoFor> }> {
  const dir = exampleVault().build();
  backdateAll(dir);
  const repo = repoFor(dir);
  await repo.init();
  return { dir, repo };
}

describe('the start-up status scan', () => {
  test('a clean vault reports nothing and hashes no file', async () => {
    const { repo } = await vaultWithRepo();

    const result = await repo.scan(await repo.listFiles());

    expect(result).toEqual({ added: [], modified: [], deleted: [], conflicted: [], staged: [], hashed: 0 });
  });

  test('plain fs writes while closed are found, agreeing with git status, and only changed-stat files are hashed', async () => {
    const { dir, repo } = await vaultWithRepo();
    writeFile(dir, 'Habits/meditate.md', '---\nstack: habit\ngoal: daily\nlog: [2026-11-28]\n---\n');
    writeFile(dir, 'Inbox/new idea.md', 'an idea\n');
    fs.rmSync(path.join(dir, 'Infra/Devices/nas.md'));
    fs.utimesSync(path.join(dir, 'Daily/2026-11-28.md'), new Date(), new Date(Date.UTC(2026, 5, 1)));
    writeFile(dir, `${CONFIG_DIR}/workspace.json`, '{"ignored":true}\n');

    const result = await repo.scan(await repo.listFiles());

    expect(result).toMatchObject(nativeStatus(dir));
    expect(result).toMatchObject({
      added: ['Inbox/new idea.md'],
      modified: ['Habits/meditate.md'],
      deleted: ['Infra/Devices/nas.md'],
    });
    expect(result.hashed).toBe(2);
  });

  test('same-size edits with a new mtime are caught by hashing the candidate', async () => {
    const { dir, repo } = await vaultWithRepo();
    const file = path.join(dir, 'Tasks/renew passport.md');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('todo', 'done'));

    const result = await repo.scan(await repo.listFiles());

    expect(result.modified).toEqual(['Tasks/renew passport.md']);
    expect(result).toMatchObject(nativeStatus(dir));
  });

  test('changes made by native git (checkout of an old version, git rm --cached, a new native commit) are reported like git status', async () => {
    const { dir, repo } = await vaultWithRepo();
    writeFile(dir, 'Infra/Services/jellyfin.md', '---\nstack: service\nport: 1\n---\n');
    await repo.commit({ paths: ['Infra/Services/jellyfin.md'] });
    git(dir, 'checkout', 'HEAD~1', '--', 'Infra/Services/jellyfin.md');
    git(dir, 'reset', '-q', 'Infra/Services/jellyfin.md');
    git(dir, 'rm', '-q', '--cached', 'Reading/Bookmarks/isomorphic-git.md');
    writeFile(dir, 'native.md', 'native\n');
    git(dir, 'add', 'native.md');
    git(dir, 'commit', '-q', '-m', 'native commit');

    const result = await repo.scan(await repo.listFiles());

    expect(result).toMatchObject(nativeStatus(dir));
    expect(result.modified).toEqual(['Infra/Services/jellyfin.md']);
    expect(result.added).toEqual(['Reading/Bookmarks/isomorphic-git.md']);
  });

  test('the scan reads index version 4 as written by native git', async () => {
    const { dir, repo } = await vaultWithRepo();
    git(dir, 'update-index', '--index-version', '4');
    writeFile(dir, 'Notes/Ünïcode – café ☕.md', 'changed with a longer body\n');

    const result = await repo.scan(await repo.listFiles());

    expect(result).toMatchObject({ added: [], modified: ['Notes/Ünïcode – café ☕.md'], deleted: [] });
  });

  test('tracked files the host does not list are not deletions when outside what it covers', async () => {
    const { repo } = await vaultWithRepo();
    const notesOnly = fileStatsOf(await repo.listFiles()).filter((f) => !f.path.startsWith('.'));

    const result = await repo.scan(notesOnly, { covers: (p) => !p.startsWith('.') });

    expect(result.deleted).toEqual([]);
  });

  test('a same-size edit that kept its mtime is still caught when the entry is racily clean (not older than the index)', async () => {
    const { dir, repo } = await vaultWithRepo();
    const file = path.join(dir, 'Tasks/renew passport.md');
    const stamp = fs.statSync(file).mtime;
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('todo', 'done'));
    fs.utimesSync(file, stamp, stamp);
    fs.utimesSync(path.join(dir, '.git/index'), stamp, stamp);

    const result = await repo.scan(await repo.listFiles());

    expect(result.modified).toEqual(['Tasks/renew passport.md']);
  });

  test('a host listing in any order (the plugin) finds the same changes as the walk in index order (the CLI)', async () => {
    const { dir, repo } = await vaultWithRepo();
    writeFile(dir, 'Inbox/new idea.md', 'an idea\n');
    writeFile(dir, 'Daily-new.md', 'a file sorting between a folder and its contents\n');
    fs.appendFileSync(path.join(dir, 'Tasks/renew passport.md'), 'more\n');
    fs.rmSync(path.join(dir, 'Infra/Devices/nas.md'));
    const listed = await repo.listFiles();
    const shuffled = fileStatsOf(listed).reverse();

    const inOrder = await repo.scan(listed);
    const anyOrder = await repo.scan(shuffled);

    expect(inOrder).toEqual(anyOrder);
    expect(inOrder).toMatchObject({ ...nativeStatus(dir), modified: ['Tasks/renew passport.md'] });
  });

  test('mtimes from a host that rounds to whole milliseconds still match', async () => {
    const { repo } = await vaultWithRepo();
    const rounded = fileStatsOf(await repo.listFiles()).map((f) => ({ ...f, mtime: Math.round(f.mtime) }));

    const result = await repo.scan(rounded);

    expect(result.hashed).toBe(0);
  });

  test('after our own commit (the cache-tree kept only off its paths), what native git staged anywhere is found, as git diff --cached lists it', async () => {
    const dir = exampleVault().build();
    backdateAll(dir);
    const repo = new GitRepo({
      fs,
      dir,
      configDir: CONFIG_DIR,
      author: { name: 'T', email: 't@e.org' },
      codec: cliCodec,
    });
    await repo.init();
    git(dir, 'write-tree');
    fs.appendFileSync(path.join(dir, 'Tasks/renew passport.md'), 'committed by us\n');
    await repo.commit({ paths: ['Tasks/renew passport.md'], message: 'ours' });
    writeFile(dir, 'New folder/deep/added.md', 'staged in a folder HEAD lacks\n');
    writeFile(dir, 'Tasks/staged too.md', 'staged beside our commit\n');
    // Sorts just after the untouched folder Reading/ and its files.
    writeFile(dir, 'Reading0.md', 'staged next to a folder HEAD and the index agree on\n');
    fs.appendFileSync(path.join(dir, 'Infra/Devices/nas.md'), 'staged far from it\n');
    git(dir, 'add', 'New folder/deep/added.md', 'Tasks/staged too.md', 'Reading0.md', 'Infra/Devices/nas.md');
    git(dir, 'rm', '-q', '--cached', 'Daily/2026-11-28.md');

    const result = await repo.scan(await repo.listFiles());

    const native = git(dir, '-c', 'core.quotePath=false', 'diff', '--cached', '--name-only').trim().split('\n').sort();
    expect(native).toHaveLength(5);
    expect(result.staged).toEqual(native);
  });

  test.each(['loose', 'packed by native git gc'])(
    "reads HEAD (%s) through the CLI's codec: a clean vault has nothing staged, a native git add is staged",
    async (layout) => {
      const dir = exampleVault().build();
      backdateAll(dir);
      const repo = new GitRepo({
        fs,
        dir,
        configDir: CONFIG_DIR,
        author: { name: 'T', email: 't@e.org' },
        codec: cliCodec,
      });
      await repo.init();
      if (layout !== 'loose') git(dir, 'gc', '-q');
      const clean = await repo.scan(await repo.listFiles());
      const note = (await repo.listFiles()).paths.find((p) => p.endsWith('.md')) ?? '';
      fs.appendFileSync(path.join(dir, note), 'staged by native git\n');
      git(dir, 'add', note);

      const staged = await repo.scan(await repo.listFiles());

      expect(clean.staged).toEqual([]);
      expect(staged.staged).toEqual([note]);
      expect(fs.readdirSync(path.join(dir, '.git/objects/pack')).some((f) => f.endsWith('.pack'))).toBe(
        layout !== 'loose',
      );
    },
  );
});
