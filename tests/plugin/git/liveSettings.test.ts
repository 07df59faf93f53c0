/** @jest-environment jsdom */
import './support/jsdomTextCodec';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Edits } from '../../../src/core/frontmatter/FrontmatterEdit';
import { initialiseVault } from '../../../src/obsidian/git/initialiseVault';
import { FrontmatterWriter } from '../../../src/obsidian/FrontmatterWriter';
import { clearNotices, takeHandlerErrors } from '../../host/testing';
import { loadedPlugin, run } from '../support/pluginHarness';
import { smallVault, versioningHarness } from './support/versioningHarness';
import { waitFor } from './support/waitFor';

const REAL_TICKS = { doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] as const };

beforeEach(() => clearNotices());
afterEach(() => {
  jest.useRealTimers();
  expect(takeHandlerErrors()).toEqual([]);
});

describe('versioning settings apply without a reload', () => {
  it('signs the next commit with the author the settings hold at that moment', async () => {
    const { app, plugin, v } = await versioningHarness(smallVault(), {
      autoCommitDelaySeconds: 0,
      autoCommitIntervalMinutes: 0,
    });
    await initialiseVault(v);

    plugin.settings.git = { ...plugin.settings.git, authorName: 'Ada Lovelace', authorEmail: 'ada@example.org' };
    await new FrontmatterWriter(app).apply('Tasks/Renew passport.md', [Edits.set('status', 'done')], 'Renew passport');
    await v.commitNow('manual');

    const [latest, first] = await v.repo.history('Tasks/Renew passport.md');
    expect(latest.author).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.org' });
    expect(first.author.name).toBe('Vault Stack');
  });

  it('commits on an interval turned on after start-up', async () => {
    const { app, plugin, v } = await versioningHarness(smallVault(), {
      autoCommitDelaySeconds: 0,
      autoCommitIntervalMinutes: 0,
    });
    jest.useFakeTimers({ doNotFake: [...REAL_TICKS.doNotFake] });
    await initialiseVault(v);
    await new FrontmatterWriter(app).apply(
      'Tasks/Renew passport.md',
      [Edits.set('status', 'waiting')],
      'Renew passport',
    );
    jest.advanceTimersByTime(30 * 60_000);
    await v.whenIdle();
    const whileOff = v.tracker.size;

    plugin.settings.git = { ...plugin.settings.git, autoCommitIntervalMinutes: 5 };
    jest.advanceTimersByTime(5 * 60_000);
    await v.whenIdle();

    expect(whileOff).toBe(1);
    expect(v.tracker.size).toBe(0);
  });

  it('uses a settle delay changed after start-up, and stops auto-committing when versioning is turned off', async () => {
    const { app, plugin, v } = await versioningHarness(smallVault(), {
      autoCommitDelaySeconds: 0,
      autoCommitIntervalMinutes: 0,
    });
    jest.useFakeTimers({ doNotFake: [...REAL_TICKS.doNotFake] });
    await initialiseVault(v);
    const writer = new FrontmatterWriter(app);

    plugin.settings.git = { ...plugin.settings.git, autoCommitDelaySeconds: 20 };
    await writer.apply('Tasks/Renew passport.md', [Edits.set('status', 'waiting')], 'Renew passport');
    jest.advanceTimersByTime(20_000);
    await v.whenIdle();
    const afterDelay = v.tracker.size;
    plugin.settings.git = { ...plugin.settings.git, enabled: false, autoCommitIntervalMinutes: 1 };
    await writer.apply('Tasks/Renew passport.md', [Edits.set('status', 'done')], 'Renew passport');
    jest.advanceTimersByTime(10 * 60_000);
    await v.whenIdle();

    expect(afterDelay).toBe(0);
    expect(v.tracker.size).toBe(1);
  });

  it('hides the commands and the status bar item while off, and starts when turned on in the real plugin', async () => {
    const { app, plugin } = await loadedPlugin(smallVault(), {
      git: { enabled: false, autoCommitDelaySeconds: 0, autoCommitIntervalMinutes: 0 },
    });
    const status = app.plugins.statusBarItems.find((el) => el.hasClass('vault-stack-git-status'));
    const hiddenWhileOff = status?.isShown();
    const commandWhileOff = app.plugins.isCommandAvailable('vault-stack:initialise-repository');

    plugin.settings.git.enabled = true;
    await plugin.context.saveSettings();
    run(app, 'initialise-repository');
    await waitFor(() => status?.getText().startsWith('No changes · committed') === true);

    expect([hiddenWhileOff, commandWhileOff]).toEqual([false, false]);
    expect(status?.isShown()).toBe(true);
    expect(app.plugins.isCommandAvailable('vault-stack:commit-now')).toBe(true);
  });
});
