/** @jest-environment jsdom */
import './support/textCodec';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../src/obsidian/DashboardView';
import { clearNotices, noticeMessages, readVaultFile, takeHandlerErrors, type App } from '../host/testing';
import { fixedClock } from '../../src/obsidian/clock';
import { note, smallVault } from './support/fixtures';
import { loadedPlugin, run, settled, topChoices } from './support/pluginHarness';

beforeEach(() => clearNotices());
afterEach(() => expect(takeHandlerErrors()).toEqual([]));

/** A vault whose Meditate habit has a timer left running (as after a restart). */
function vaultWithRunningTimer(): ReturnType<typeof smallVault> {
  return {
    ...smallVault(),
    'Habits/Meditate.md': note(
      'stack: habit',
      'goal: daily',
      'log: [2026-11-26, 2026-11-27]',
      'time:',
      '  - 2026-11-28T09:10/..',
    ),
  };
}

/** The element once the view shows it (polled for up to two seconds). */
async function shown(root: HTMLElement, selector: string): Promise<HTMLElement> {
  for (let i = 0; i < 100; i++) {
    const el = root.querySelector<HTMLElement>(selector);
    if (el) return el;
    await new Promise((r) => window.setTimeout(r, 20));
  }
  throw new Error(`${selector} never shown`);
}

function statusBar(app: App): HTMLElement {
  const el = app.plugins.statusBarItems.find((e) => e.classList.contains('vault-stack-timer-status'));
  if (!el) throw new Error('no timer status bar item');
  return el;
}

describe('timers in the plugin', () => {
  test('a timer left running in a note is shown in the status bar after a restart, with its elapsed time', async () => {
    const { app } = await loadedPlugin(vaultWithRunningTimer());
    await settled(app);
    const el = statusBar(app);
    expect(el.textContent).toBe('Timer: Meditate 20m');
    expect(el.getAttribute('aria-label')).toBe('Timer on Meditate since 09:10: click to stop');
    expect(el.classList.contains('is-hidden')).toBe(false);
  });

  test('the status bar has no timer item while no timer has run (it is made when one starts)', async () => {
    const { app } = await loadedPlugin(smallVault());
    await settled(app);
    expect(app.plugins.statusBarItems.filter((e) => e.classList.contains('vault-stack-timer-status'))).toEqual([]);
  });

  test('in a vault where no timer ran, starting one shows the timer item and stopping hides it', async () => {
    const { app, plugin } = await loadedPlugin(smallVault());
    await settled(app);
    run(app, 'start-timer');
    (await topChoices()).choose('Renew passport');
    await settled(app);
    expect(statusBar(app).textContent).toBe('Timer: Renew passport 0m');
    expect(statusBar(app).classList.contains('is-hidden')).toBe(false);

    plugin.context.clock = fixedClock('2026-11-28T10:45');
    run(app, 'stop-timer');
    await settled(app);
    expect(statusBar(app).classList.contains('is-hidden')).toBe(true);
    expect(statusBar(app).textContent).toBe('');
    expect(statusBar(app).getAttribute('aria-label')).toBeNull();
  });

  test('the start command times the chosen task, stopping the running timer and saying so; stop closes it', async () => {
    const { app, plugin } = await loadedPlugin(vaultWithRunningTimer());
    run(app, 'start-timer');
    const shown = await topChoices();
    expect([...shown.labels].sort()).toEqual(['Pay rent', 'Renew passport', 'Run']);
    expect(shown.hints[shown.labels.indexOf('Run')]).toBe('habit · Habits');
    shown.choose('Renew passport');
    await settled(app);

    expect(readVaultFile(app, 'Habits/Meditate.md')).toBe(
      note(
        'stack: habit',
        'goal: daily',
        'log: [2026-11-26, 2026-11-27]',
        'time:',
        '  - 2026-11-28T09:10/2026-11-28T09:30',
      ),
    );
    expect(readVaultFile(app, 'Tasks/Renew passport.md')).toContain(
      'priority: high\ntime:\n  - 2026-11-28T09:30/..\n---',
    );
    expect(noticeMessages()).toEqual(['Renew passport: timer started 2026-11-28T09:30 (stopped Meditate)']);
    expect(statusBar(app).textContent).toBe('Timer: Renew passport 0m');

    plugin.context.clock = fixedClock('2026-11-28T10:45');
    run(app, 'stop-timer');
    await settled(app);
    expect(readVaultFile(app, 'Tasks/Renew passport.md')).toContain('  - 2026-11-28T09:30/2026-11-28T10:45\n---');
    expect(noticeMessages()).toContain('Renew passport: timer stopped 2026-11-28T10:45 (1h 15m)');
    expect(statusBar(app).classList.contains('is-hidden')).toBe(true);

    run(app, 'stop-timer');
    expect(noticeMessages()).toContain('No timer is running.');
  });

  test('with concurrent timers allowed, starting one leaves the other running', async () => {
    const { app } = await loadedPlugin(vaultWithRunningTimer(), { concurrentTimers: true });
    run(app, 'start-timer');
    (await topChoices()).choose('Pay rent');
    await settled(app);
    expect(readVaultFile(app, 'Habits/Meditate.md')).toContain('  - 2026-11-28T09:10/..');
    expect(readVaultFile(app, 'Tasks/Pay rent.md')).toContain('time:\n  - 2026-11-28T09:30/..');
    expect(statusBar(app).textContent).toMatch(/^Timer: .* \+1$/);
  });

  test('clicking the status bar stops the running timer', async () => {
    const { app } = await loadedPlugin(vaultWithRunningTimer());
    statusBar(app).click();
    await settled(app);
    expect(readVaultFile(app, 'Habits/Meditate.md')).toContain('  - 2026-11-28T09:10/2026-11-28T09:30');
    expect(statusBar(app).classList.contains('is-hidden')).toBe(true);
  });

  test('with several timers running, stopping asks which', async () => {
    const { app } = await loadedPlugin(
      { ...vaultWithRunningTimer(), 'Tasks/Pay rent.md': note('stack: task', 'time: [2026-11-28T09:00/..]') },
      { concurrentTimers: true },
    );
    run(app, 'stop-timer');
    const shown = await topChoices();
    expect([...shown.labels].sort()).toEqual(['Meditate', 'Pay rent']);
    shown.choose('Pay rent');
    await settled(app);
    expect(readVaultFile(app, 'Tasks/Pay rent.md')).toBe(
      note('stack: task', 'time: [2026-11-28T09:00/2026-11-28T09:30]'),
    );
    expect(readVaultFile(app, 'Habits/Meditate.md')).toContain('  - 2026-11-28T09:10/..');
  });

  test("the dashboard's timer buttons start and stop timers on today's tasks and habits", async () => {
    const { app, plugin } = await loadedPlugin(vaultWithRunningTimer());
    await plugin.context.openDashboard();
    const view = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view;
    if (!(view instanceof DashboardView)) throw new Error('no dashboard');
    const content = view.contentEl;
    expect(content.querySelector('.vault-stack-timer-since')?.textContent).toBe('timer since 09:10');
    content.querySelector<HTMLElement>('[aria-label="Stop the timer on Meditate"]')?.click();
    await settled(app);
    expect(readVaultFile(app, 'Habits/Meditate.md')).toContain('  - 2026-11-28T09:10/2026-11-28T09:30');
    content.querySelector<HTMLElement>('[aria-label="Start a timer on Renew passport"]')?.click();
    await settled(app);
    expect(readVaultFile(app, 'Tasks/Renew passport.md')).toContain('time:\n  - 2026-11-28T09:30/..');
  });
  describe('on Obsidian Tasks inline tasks (time on ⏱ sub-items)', () => {
    const WEEK = [
      '# Week',
      '- [ ] Call the bank 📅 2026-11-28',
      '    - ⏱ 2026-11-28T09:00/..',
      '- [ ] Water plants 🔁 every week 📅 2026-11-27',
      '',
    ].join('\n');

    test('a running inline timer shows after a restart; the dashboard starts and stops timers in the note, as does the status bar', async () => {
      const { app, plugin } = await loadedPlugin({ ...smallVault(), 'Week.md': WEEK });
      await settled(app);
      expect(statusBar(app).textContent).toBe('Timer: Call the bank 30m');
      await plugin.context.openDashboard();
      const view = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view;
      if (!(view instanceof DashboardView)) throw new Error('no dashboard');
      const content = view.contentEl;
      content.querySelector<HTMLElement>('[aria-label="Start a timer on Water plants"]')?.click();
      await settled(app);
      expect(readVaultFile(app, 'Week.md')).toBe(
        [
          '# Week',
          '- [ ] Call the bank 📅 2026-11-28',
          '    - ⏱ 2026-11-28T09:00/2026-11-28T09:30',
          '- [ ] Water plants 🔁 every week 📅 2026-11-27',
          '    - ⏱ 2026-11-28T09:30/..',
          '',
        ].join('\n'),
      );
      expect(noticeMessages()).toEqual(['Water plants: timer started 2026-11-28T09:30 (stopped Call the bank)']);
      expect(statusBar(app).textContent).toBe('Timer: Water plants 0m');
      plugin.context.clock = fixedClock('2026-11-28T09:50');
      // The Today row now offers to stop it (the dashboard patches itself a moment after the index changed).
      (await shown(content, '[aria-label="Stop the timer on Water plants"]')).click();
      await settled(app);
      expect(readVaultFile(app, 'Week.md')).toContain('    - ⏱ 2026-11-28T09:30/2026-11-28T09:50\n');
      expect(noticeMessages()).toContain('Water plants: timer stopped 2026-11-28T09:50 (20m)');
      expect(statusBar(app).classList.contains('is-hidden')).toBe(true);
      (await shown(content, '[aria-label="Start a timer on Call the bank"]')).click();
      await settled(app);
      plugin.context.clock = fixedClock('2026-11-28T10:00');
      statusBar(app).click();
      await settled(app);
      expect(readVaultFile(app, 'Week.md')).toContain(
        '    - ⏱ 2026-11-28T09:00/2026-11-28T09:30\n    - ⏱ 2026-11-28T09:50/2026-11-28T10:00\n',
      );
    });

    test('the palette offers open inline tasks; completing a recurring one stops its timer first', async () => {
      const { app, plugin } = await loadedPlugin({ ...smallVault(), 'Week.md': WEEK });
      await settled(app);
      run(app, 'start-timer');
      const shown = await topChoices();
      expect(shown.labels).toContain('Water plants');
      expect(shown.labels).not.toContain('Call the bank'); // already timed
      shown.choose('Water plants');
      await settled(app);
      expect(readVaultFile(app, 'Week.md')).toContain(
        '- [ ] Water plants 🔁 every week 📅 2026-11-27\n    - ⏱ 2026-11-28T09:30/..',
      );
      clearNotices();
      plugin.context.clock = fixedClock('2026-11-28T10:00');
      await plugin.context.actions.completeTask('Week.md#L4');
      await settled(app);
      expect(readVaultFile(app, 'Week.md')).toBe(
        [
          '# Week',
          '- [ ] Call the bank 📅 2026-11-28',
          '    - ⏱ 2026-11-28T09:00/2026-11-28T09:30',
          '- [ ] Water plants 🔁 every week 📅 2026-12-04',
          '- [x] Water plants 🔁 every week 📅 2026-11-27 ✅ 2026-11-28',
          '    - ⏱ 2026-11-28T09:30/2026-11-28T10:00',
          '',
        ].join('\n'),
      );
      expect(noticeMessages()).toEqual([
        'Water plants: timer stopped 2026-11-28T10:00 (30m), done 2026-11-28, next 2026-12-04',
      ]);
      expect(statusBar(app).classList.contains('is-hidden')).toBe(true);
    });
  });
});
