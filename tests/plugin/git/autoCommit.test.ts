/** @jest-environment jsdom */
import './support/jsdomTextCodec';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Edits } from '../../../src/core/frontmatter/FrontmatterEdit';
import { initialiseVault } from '../../../src/obsidian/git/initialiseVault';
import { FrontmatterWriter } from '../../../src/obsidian/FrontmatterWriter';
import { clearNotices, takeHandlerErrors } from '../../host/testing';
import { smallVault, versioningHarness } from './support/versioningHarness';

const FAKE = { doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] as const };

beforeEach(() => clearNotices());
afterEach(() => {
  jest.useRealTimers();
  expect(takeHandlerErrors()).toEqual([]);
});

/** How many commits HEAD has, read through the controller's own history of a note every commit here touches. */
async function commitsOf(v: Awaited<ReturnType<typeof versioningHarness>>['v'], path: string): Promise<string[]> {
  return (await v.repo.history(path)).map((e) => e.message);
}

describe('auto-commit', () => {
  it('commits once edits have settled for the configured delay, and not before', async () => {
    const { app, v } = await versioningHarness(smallVault(), {
      autoCommitDelaySeconds: 30,
      autoCommitIntervalMinutes: 0,
    });
    await initialiseVault(v);
    const writer = new FrontmatterWriter(app);
    jest.useFakeTimers({ doNotFake: [...FAKE.doNotFake] });

    await writer.apply('Habits/Meditate.md', [Edits.append('log', '2026-11-28', true)], 'Meditate');
    jest.advanceTimersByTime(20_000);
    await writer.apply('Tasks/Renew passport.md', [Edits.set('status', 'done')], 'Renew passport');
    jest.advanceTimersByTime(29_000);
    await v.whenIdle();
    const beforeSettled = v.tracker.size;
    jest.advanceTimersByTime(1_000);
    await v.whenIdle();

    expect(beforeSettled).toBe(2);
    expect(v.tracker.size).toBe(0);
    expect(await commitsOf(v, 'Habits/Meditate.md')).toEqual([
      'habit: Meditate checked in 2026-11-28; task: Renew passport done',
      'vault: initial import of 5 files',
    ]);
  });

  it('does not commit after edits when the delay is 0', async () => {
    const { app, v } = await versioningHarness(smallVault(), {
      autoCommitDelaySeconds: 0,
      autoCommitIntervalMinutes: 0,
    });
    await initialiseVault(v);
    jest.useFakeTimers({ doNotFake: [...FAKE.doNotFake] });

    await new FrontmatterWriter(app).apply('Habits/Meditate.md', [Edits.append('log', '2026-11-28', true)], 'Meditate');
    jest.advanceTimersByTime(24 * 3600_000);
    await v.whenIdle();

    expect(v.tracker.pending()).toEqual(['Habits/Meditate.md']);
  });

  it('commits pending changes on the interval', async () => {
    const { app, v } = await versioningHarness(smallVault(), {
      autoCommitDelaySeconds: 0,
      autoCommitIntervalMinutes: 10,
    });
    jest.useFakeTimers({ doNotFake: [...FAKE.doNotFake] });
    await initialiseVault(v);

    await new FrontmatterWriter(app).apply(
      'Tasks/Renew passport.md',
      [Edits.set('status', 'waiting')],
      'Renew passport',
    );
    jest.advanceTimersByTime(9 * 60_000);
    await v.whenIdle();
    const early = v.tracker.size;
    jest.advanceTimersByTime(60_000);
    await v.whenIdle();

    expect(early).toBe(1);
    expect(v.tracker.size).toBe(0);
    expect((await commitsOf(v, 'Tasks/Renew passport.md'))[0]).toBe('task: Renew passport waiting');
  });
});

describe('the status bar item', () => {
  it('shows the pending count and the last commit time, updated on every change, and commits when clicked', async () => {
    const { app, plugin, v } = await versioningHarness(smallVault(), {
      autoCommitDelaySeconds: 0,
      autoCommitIntervalMinutes: 0,
    });
    const item = app.plugins.statusBarItems.find((el) => el.hasClass('vault-stack-git-status'));
    const before = item?.getText();
    await initialiseVault(v);
    const afterInit = item?.getText();
    const writer = new FrontmatterWriter(app);

    await writer.apply('Habits/Meditate.md', [Edits.append('log', '2026-11-28', true)], 'Meditate');
    const one = item?.getText();
    await writer.apply('Tasks/Renew passport.md', [Edits.set('status', 'done')], 'Renew passport');
    const two = item?.getText();
    plugin.now = new Date(2026, 10, 28, 15, 30);
    item?.click();
    await v.whenIdle();

    expect([before, afterInit, one, two]).toEqual([
      'Not versioned',
      'No changes · committed 14:02',
      '1 change · committed 14:02',
      '2 changes · committed 14:02',
    ]);
    expect(item?.getText()).toBe('No changes · committed 15:30');
    expect(v.tracker.size).toBe(0);
  });
});
