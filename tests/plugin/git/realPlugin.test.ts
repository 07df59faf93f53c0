/** @jest-environment jsdom */
import './support/jsdomTextCodec';
import { afterEach, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { git, porcelain } from '../../git/support/nativeGit';
import { takeHandlerErrors } from '../../host/testing';
import { loadedPlugin, run } from '../support/pluginHarness';
import { copyVaultOut, smallVault } from './support/versioningHarness';
import { waitFor } from './support/waitFor';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

describe('versioning wired into the real plugin (main.ts)', () => {
  it("commits a habit check-in made by the plugin's own action, from the status bar", async () => {
    const { app, plugin } = await loadedPlugin(smallVault(), {
      git: { autoCommitDelaySeconds: 0, autoCommitIntervalMinutes: 0 },
    });
    const status = app.plugins.statusBarItems.find((el) => el.hasClass('vault-stack-git-status'));
    await waitFor(() => status?.getText() === 'Not versioned');

    run(app, 'initialise-repository');
    await waitFor(() => status?.getText().startsWith('No changes · committed') === true);
    await plugin.context.actions.checkInHabit('Habits/Meditate.md', '2026-11-28');
    const pending = status?.getText();
    status?.click();
    await waitFor(() => status?.getText().startsWith('No changes') === true);

    expect(pending).toMatch(/^1 change · committed \d\d:\d\d$/);
    const dir = await copyVaultOut(app);
    expect(git(dir, 'log', '--format=%s').trim().split('\n')).toEqual([
      'habit: Meditate checked in 2026-11-28',
      'vault: initial import of 5 files',
    ]);
    expect(porcelain(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
