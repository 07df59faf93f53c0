import { describe, test, expect } from '@jest/globals';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exampleVault, writeFile } from './support/vaultBuilder';
import { hookedFs } from './support/faultyFs';
import { fsck, git, porcelain } from './support/nativeGit';
import { steppingClock } from './support/repoFixture';
import { GitRepo } from '../../src/git/GitRepo';
import type { GitFs } from '../../src/git/GitFs';
import { CONFIG_DIR } from './support/vaultBuilder';

function repo(
  dir: string,
  extra: Partial<ConstructorParameters<typeof GitRepo>[0]> = {},
  fsClient: GitFs = fs,
): GitRepo {
  return new GitRepo({ fs: fsClient, dir, configDir: CONFIG_DIR, now: steppingClock(), ...extra });
}

async function vault(): Promise<string> {
  const dir = exampleVault().build();
  await repo(dir).init();
  writeFile(dir, 'Habits/meditate.md', '---\nstack: habit\nlog: [2026-11-28]\n---\n');
  return dir;
}

describe('living beside native git', () => {
  test('a held .git/index.lock stops the commit with INDEX_LOCKED when the host gives no timer to wait with', async () => {
    const dir = await vault();
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    fs.writeFileSync(path.join(dir, '.git/index.lock'), '');

    await expect(repo(dir).commit({ paths: ['Habits/meditate.md'] })).rejects.toMatchObject({ code: 'INDEX_LOCKED' });
    expect(git(dir, 'rev-parse', 'HEAD').trim()).toBe(head);
  });

  test('the commit waits while native git holds the lock and proceeds once it is released', async () => {
    const dir = await vault();
    const lock = path.join(dir, '.git/index.lock');
    fs.writeFileSync(lock, '');
    let waits = 0;
    const sleep = () => {
      waits++;
      if (waits === 3) fs.rmSync(lock);
      return Promise.resolve();
    };

    const result = await repo(dir, { sleep, indexLockWaitMs: 1000 }).commit({ paths: ['Habits/meditate.md'] });

    expect(result.status).toBe('committed');
    expect(waits).toBe(3);
    expect(porcelain(dir)).toEqual([]);
  });

  test('a lock that outlasts the wait gives INDEX_LOCKED with a message naming the lock file', async () => {
    const dir = await vault();
    fs.writeFileSync(path.join(dir, '.git/index.lock'), '');

    const commit = repo(dir, { sleep: () => Promise.resolve(), indexLockWaitMs: 300 }).commit({
      paths: ['Habits/meditate.md'],
    });

    await expect(commit).rejects.toMatchObject({
      code: 'INDEX_LOCKED',
      message: expect.stringContaining('index.lock'),
    });
  });

  test('init into a repository native git is writing waits for the lock like a commit does', async () => {
    const dir = exampleVault().build();
    git(dir, 'init', '-q', '-b', 'main');
    fs.writeFileSync(path.join(dir, '.git/index.lock'), '');

    await expect(repo(dir).init()).rejects.toMatchObject({ code: 'INDEX_LOCKED' });
    expect(fs.existsSync(path.join(dir, '.gitignore'))).toBe(false);
  });

  test('a native commit landing mid-commit is detected: REF_MOVED, the native commit kept, the index as native git left it', async () => {
    const dir = await vault();
    let interleaved = false;
    const racing = hookedFs((method, file) => {
      if (!interleaved && method === 'writeFile' && /\/\.git\/index(\.vault-stack\.tmp)?$/.test(file)) {
        interleaved = true;
        git(dir, 'commit', '-q', '--allow-empty', '-m', 'native commit meanwhile');
      }
    });
    const nativeHeadAfter = () => git(dir, 'log', '-1', '--format=%s').trim();

    await expect(repo(dir, {}, racing).commit({ paths: ['Habits/meditate.md'] })).rejects.toMatchObject({
      code: 'REF_MOVED',
    });

    expect(nativeHeadAfter()).toBe('native commit meanwhile');
    expect(porcelain(dir)).toEqual([' M Habits/meditate.md']);
    expect(fsck(dir)).toBe('');
  });

  test('after REF_MOVED the same paths commit on top of the native commit', async () => {
    const dir = await vault();
    let interleaved = false;
    const racing = hookedFs((method, file) => {
      if (!interleaved && method === 'writeFile' && /\/\.git\/index(\.vault-stack\.tmp)?$/.test(file)) {
        interleaved = true;
        git(dir, 'commit', '-q', '--allow-empty', '-m', 'native commit meanwhile');
      }
    });
    const shared = repo(dir, {}, racing);
    await shared.commit({ paths: ['Habits/meditate.md'] }).catch(() => undefined);

    const retry = await shared.commit({ paths: ['Habits/meditate.md'] });

    expect(retry.status).toBe('committed');
    expect(git(dir, 'log', '-2', '--format=%s').trim().split('\n')[1]).toBe('native commit meanwhile');
    expect(porcelain(dir)).toEqual([]);
  });
});
