/** @jest-environment jsdom */
import './support/jsdomTextCodec';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { Edits } from '../../../src/core/frontmatter/FrontmatterEdit';
import { initialiseVault } from '../../../src/obsidian/git/initialiseVault';
import { FrontmatterWriter } from '../../../src/obsidian/FrontmatterWriter';
import { fsck, git, porcelain } from '../../git/support/nativeGit';
import { clearNotices, fileAt, noticeMessages, takeHandlerErrors } from '../../host/testing';
import { copyVaultOut, note, smallVault, versioningHarness } from './support/versioningHarness';

const copies: string[] = [];
async function nativeCopy(app: Parameters<typeof copyVaultOut>[0]): Promise<string> {
  const dir = await copyVaultOut(app);
  copies.push(dir);
  return dir;
}

beforeEach(() => clearNotices());
afterEach(() => {
  expect(takeHandlerErrors()).toEqual([]);
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('versioning in the plugin', () => {
  it('initialises the vault with a .gitignore and one commit that native git reads as sound and clean', async () => {
    const { app, v } = await versioningHarness(smallVault());

    const result = await initialiseVault(v);

    expect(result).toMatchObject({ status: 'created', files: 5 });
    expect(noticeMessages()).toContain('Repository created: 5 files committed.');
    const dir = await nativeCopy(app);
    expect(fsck(dir)).toBe('');
    expect(git(dir, 'log', '--format=%s').trim()).toBe('vault: initial import of 5 files');
    expect(porcelain(dir)).toEqual([]);
    expect(v.statusLine()).toBe('No changes · committed 14:02');
  });

  it('records an action’s Vault.process edit and commits exactly that note with an item-aware message', async () => {
    const { app, v } = await versioningHarness(smallVault(), { autoCommitDelaySeconds: 0 });
    await initialiseVault(v);
    const writer = new FrontmatterWriter(app);

    await writer.apply('Habits/Meditate.md', [Edits.append('log', '2026-11-28', true)], 'Meditate');
    await writer.apply(
      'Tasks/Renew passport.md',
      [Edits.set('status', 'done'), Edits.set('done', '2026-11-28')],
      'Renew passport',
    );

    expect(v.tracker.pending()).toEqual(['Habits/Meditate.md', 'Tasks/Renew passport.md']);
    expect(v.statusLine()).toBe('2 changes · committed 14:02');
    const result = await v.commitNow('manual');
    expect(result.status).toBe('committed');
    const dir = await nativeCopy(app);
    expect(git(dir, 'log', '-1', '--format=%s').trim()).toBe(
      'habit: Meditate checked in 2026-11-28; task: Renew passport done',
    );
    expect(git(dir, 'show', '--format=', '--name-status', 'HEAD').trim().split('\n')).toEqual([
      'M\tHabits/Meditate.md',
      'M\tTasks/Renew passport.md',
    ]);
    expect(fsck(dir)).toBe('');
    expect(porcelain(dir)).toEqual([]);
    expect(v.statusLine()).toBe('No changes · committed 14:02');
  });

  it('commits creates, deletes and renames from vault events, and native git sees a clean tree', async () => {
    const { app, v } = await versioningHarness(smallVault(), { autoCommitDelaySeconds: 0 });
    await initialiseVault(v);

    await app.vault.createFolder('Bookmarks');
    await app.vault.create('Bookmarks/Obsidian.md', note(['stack: bookmark', 'url: https://obsidian.md']));
    await app.fileManager.renameFile(fileAt(app, 'Services/Jellyfin.md'), 'Services/Media server.md');
    await app.fileManager.trashFile(fileAt(app, 'Journal/2026-11-28.md'));
    const result = await v.commitNow('manual');

    expect(result.status).toBe('committed');
    const dir = await nativeCopy(app);
    expect(git(dir, 'show', '--format=', '--name-status', '--no-renames', 'HEAD').trim().split('\n').sort()).toEqual([
      'A\tBookmarks/Obsidian.md',
      'A\tServices/Media server.md',
      'D\tJournal/2026-11-28.md',
      'D\tServices/Jellyfin.md',
    ]);
    expect(git(dir, 'log', '-1', '--format=%s').trim()).toBe('items changed: 1 bookmark, 1 service; 1 note');
    expect(fsck(dir)).toBe('');
    expect(porcelain(dir)).toEqual([]);
  });

  it('names a renamed item in the message from both sides of the vault rename event', async () => {
    const { app, v } = await versioningHarness(smallVault(), { autoCommitDelaySeconds: 0 });
    await initialiseVault(v);

    await app.fileManager.renameFile(fileAt(app, 'Services/Jellyfin.md'), 'Services/Media server.md');
    expect(v.tracker.pending()).toEqual(['Services/Jellyfin.md', 'Services/Media server.md']);
    await v.commitNow('manual');

    const dir = await nativeCopy(app);
    expect(git(dir, 'log', '-1', '--format=%s').trim()).toBe('service: Jellyfin renamed to Media server');
    expect(
      git(dir, 'log', '--follow', '--format=%s', '--', 'Services/Media server.md').trim().split('\n'),
    ).toHaveLength(2);
  });

  it('finds changes made while Obsidian was closed with the start-up scan', async () => {
    const first = await versioningHarness(smallVault(), { autoCommitDelaySeconds: 0 });
    await initialiseVault(first.v);
    const files: Record<string, Uint8Array> = {};
    for (const path of first.app.store.paths()) {
      if (first.app.store.get(path)?.kind === 'file')
        files[path] = new Uint8Array(await first.app.vault.adapter.readBinary(path));
    }
    files['Tasks/Renew passport.md'] = new TextEncoder().encode(
      note(['stack: task', 'status: doing', 'due: 2026-12-15']),
    );
    delete files['Journal/2026-11-28.md'];
    files['.gitignore'] = new TextEncoder().encode(new TextDecoder().decode(files['.gitignore']) + 'Private/\n');

    const { app, v } = await versioningHarness(files, { autoCommitDelaySeconds: 0 });

    expect(v.tracker.pending()).toEqual(['.gitignore', 'Journal/2026-11-28.md', 'Tasks/Renew passport.md']);
    expect(v.statusLine()).toBe('3 changes · committed 14:02');
    await v.commitNow('manual');
    const dir = await nativeCopy(app);
    expect(git(dir, 'log', '-1', '--format=%s').trim()).toBe('task: Renew passport started; 2 notes');
    expect(porcelain(dir)).toEqual([]);
  });

  it('says "Not versioned" and commits nothing before the repository exists', async () => {
    const { v } = await versioningHarness(smallVault());

    const result = await v.commitNow('manual');

    expect(result.status).toBe('not-versioned');
    expect(v.statusLine()).toBe('Not versioned');
    expect(noticeMessages()).toEqual(['This vault is not versioned yet: run the initialise repository command first.']);
  });
});

describe('a failing commit', () => {
  it('keeps every pending change, changes nothing and says why when native git holds the index lock', async () => {
    const { app, v } = await versioningHarness(smallVault(), {
      autoCommitDelaySeconds: 0,
      autoCommitIntervalMinutes: 0,
    });
    await initialiseVault(v);
    const head = (await v.repo.history('Habits/Meditate.md'))[0].commit;
    await new FrontmatterWriter(app).apply('Habits/Meditate.md', [Edits.append('log', '2026-11-28', true)], 'Meditate');
    await app.vault.adapter.write('.git/index.lock', '');
    clearNotices();

    const failed = await v.commitNow('manual');

    expect(failed.status).toBe('failed');
    expect(noticeMessages()).toHaveLength(1);
    expect(noticeMessages()[0]).toMatch(
      /^Commit failed, nothing was committed and your changes are kept: .*index\.lock/,
    );
    expect(v.tracker.pending()).toEqual(['Habits/Meditate.md']);
    expect((await v.repo.history('Habits/Meditate.md'))[0].commit).toBe(head);

    await app.vault.adapter.remove('.git/index.lock');
    const retried = await v.commitNow('manual');

    expect(retried.status).toBe('committed');
    const dir = await nativeCopy(app);
    expect(git(dir, 'log', '--format=%s').trim().split('\n')).toEqual([
      'habit: Meditate checked in 2026-11-28',
      'vault: initial import of 5 files',
    ]);
    expect(porcelain(dir)).toEqual([]);
  });
});

describe('folder events', () => {
  it('records every file of a renamed folder on both sides and of a deleted folder', async () => {
    const { app, v } = await versioningHarness(
      {
        ...smallVault(),
        'Habits/Run.md': note(['stack: habit', 'goal: 3/week']),
        'Old/A.md': '# A\n',
        'Old/Deeper/B.md': '# B\n',
      },
      { autoCommitDelaySeconds: 0 },
    );
    await initialiseVault(v);

    await app.fileManager.renameFile(app.vault.getFolderByPath('Habits')!, 'Routines');
    await app.fileManager.trashFile(app.vault.getFolderByPath('Old')!);
    const result = await v.commitNow('manual');

    expect(result.status).toBe('committed');
    const dir = await nativeCopy(app);
    expect(git(dir, 'show', '--format=', '--name-status', '--no-renames', 'HEAD').trim().split('\n').sort()).toEqual([
      'A\tRoutines/Meditate.md',
      'A\tRoutines/Run.md',
      'D\tHabits/Meditate.md',
      'D\tHabits/Run.md',
      'D\tOld/A.md',
      'D\tOld/Deeper/B.md',
    ]);
    expect(porcelain(dir)).toEqual([]);
  });
});
