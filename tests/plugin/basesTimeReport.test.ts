/** @jest-environment jsdom */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { loadedPlugin, settled } from './support/pluginHarness';
import { BASES_VIEW_TYPES } from '../../src/obsidian/bases/registerBasesViews';
import { fixedClock } from '../../src/obsidian/clock';
import { basesViewOptions, openBase, readVaultFile, takeHandlerErrors, type HostBase } from '../host/testing';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

// Plugin tests run on Saturday 2026-11-28 at 09:30 (support/pluginHarness.ts).
const FILES = {
  'Work/Write report.md':
    '---\nstack: task\nproject: Quarterly\ntags: [work]\ntime:\n  - 2026-11-23T09:00/2026-11-23T11:00\n  - 2026-11-16T09:00/2026-11-16T10:00\n---\n',
  'Work/Evil.md':
    '---\nstack: task\ntitle: "<img src=x onerror=alert(1)>"\nproject: "<b>Secret</b>"\ntime: [2026-11-27T14:00/2026-11-27T14:30]\n---\n',
  'Work/Week.md':
    '# Week\n\n- [ ] Call the bank #admin 📅 2026-11-30\n    - ⏱ 2026-11-26T10:00/2026-11-26T10:45\n- [ ] Untimed\n',
  'Work/Reference.md': '---\ntopic: notes\n---\n',
  'Habits/Piano.md': '---\nstack: habit\ngoal: daily\ntime: [2026-11-25T18:00/2026-11-25T19:00]\n---\n',
};

function base(view: Partial<HostBase['view']> = {}): HostBase {
  return {
    view: { type: BASES_VIEW_TYPES.timeReport, name: 'Time', ...view },
    filter: (file) => file.path.startsWith('Work/'),
  };
}

function rows(el: HTMLElement): string[][] {
  return [...el.querySelectorAll('.vault-stack-time-row')].map((row) =>
    ['.vault-stack-time-label', '.vault-stack-time-total', '.vault-stack-time-percent'].map(
      (sel) => row.querySelector(sel)?.textContent ?? '',
    ),
  );
}

describe('the Time report view inside Bases', () => {
  test('is offered with its options: group by, period, rows shown', async () => {
    const { app } = await loadedPlugin(FILES);
    const options = basesViewOptions(app, base());
    expect(
      options.map((o) => ['key' in o ? o.key : '', o.displayName, 'default' in o ? o.default : undefined]),
    ).toEqual([
      ['by', 'Group by', 'item'],
      ['period', 'Period', 'all'],
      ['rows', 'Rows shown', 100],
    ]);
    expect(app.plugins.basesViews.get(BASES_VIEW_TYPES.timeReport)?.name).toBe('Time report');
  });

  test("totals the filtered notes' time and their inline tasks' ⏱ entries by item, most first, as text", async () => {
    const { app } = await loadedPlugin(FILES);
    const open = openBase(app, base());
    const el = open.containerEl;

    // Piano is outside the Base's filter; Untimed and Reference have no time.
    expect(rows(el)).toEqual([
      ['Write report', '3h', '71%'],
      ['Call the bank #admin', '45m', '18%'],
      ['<img src=x onerror=alert(1)>', '30m', '12%'],
    ]);
    expect(el.querySelector('.vault-stack-time-summary')?.textContent).toBe(
      'Total 4h 15m · by item · all time · 3 timed items',
    );
    expect(el.querySelectorAll('img, b, script')).toHaveLength(0);
    expect(el.querySelector('[data-key="Work/Week.md#L3"] .vault-stack-note-link')?.getAttribute('title')).toBe(
      'Work/Week.md#L3',
    );
    expect(el.querySelector('[data-key="Work/Write report.md"] .vault-stack-time-total')?.getAttribute('title')).toBe(
      '180 minutes in 2 intervals',
    );
    expect(el.querySelector('progress')?.getAttribute('value')).toBe('71');
    open.close();
  });

  test('groups by project, tag or week over a period ending today', async () => {
    const { app } = await loadedPlugin(FILES);
    const byProject = openBase(app, base({ by: 'project', period: 'this-week' }));
    expect(rows(byProject.containerEl)).toEqual([
      ['Quarterly', '2h', '62%'],
      ['(no project)', '45m', '23%'],
      ['<b>Secret</b>', '30m', '15%'],
    ]);
    expect(byProject.containerEl.querySelector('.vault-stack-time-summary')?.textContent).toBe(
      'Total 3h 15m · by project · this week (2026-11-23 to 2026-11-28) · 3 timed items',
    );
    const byTag = openBase(app, base({ by: 'tag', period: 'last-7-days' }));
    expect(rows(byTag.containerEl)).toEqual([
      ['#work', '2h', '62%'],
      ['#admin', '45m', '23%'],
      ['(no tag)', '30m', '15%'],
    ]);
    const byWeek = openBase(app, base({ by: 'week' }));
    expect(rows(byWeek.containerEl)).toEqual([
      ['week of 2026-11-16', '1h', '24%'],
      ['week of 2026-11-23', '3h 15m', '76%'],
    ]);
    const empty = openBase(app, { ...base(), filter: (file) => file.path === 'Work/Reference.md' });
    expect(rows(empty.containerEl)).toEqual([]);
    expect(empty.containerEl.querySelector('.vault-stack-empty')?.textContent).toBe(
      'No time tracked in these notes for this period.',
    );
    for (const o of [byProject, byTag, byWeek, empty]) o.close();
  });

  test('a timer started on an inline task shows as running, redraws only its row, and ticks with the clock', async () => {
    const { app, plugin } = await loadedPlugin(FILES);
    const open = openBase(app, base());
    const report = open.containerEl.querySelector('[data-key="Work/Write report.md"]');

    await plugin.context.actions.startTimer('Work/Week.md#L3');
    await settled(app);
    expect(readVaultFile(app, 'Work/Week.md')).toContain(
      '    - ⏱ 2026-11-26T10:00/2026-11-26T10:45\n    - ⏱ 2026-11-28T09:30/..\n',
    );
    const bank = open.containerEl.querySelector('[data-key="Work/Week.md#L3"]');
    expect(bank?.querySelector('.vault-stack-time-running')?.textContent).toBe('timer running');
    expect(open.containerEl.querySelector('[data-key="Work/Write report.md"]')).toBe(report);

    open.close();

    // An open report redraws each minute while a timer runs.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const ticking = openBase(app, base());
      plugin.context.clock = fixedClock('2026-11-28T10:30');
      jest.advanceTimersByTime(60_000);
      expect(rows(ticking.containerEl)[1]).toEqual(['Call the bank #admintimer running', '1h 45m', '33%']);
      expect(ticking.containerEl.querySelector('.vault-stack-time-summary')?.textContent).toBe(
        'Total 5h 15m · by item · all time · 3 timed items',
      );
      ticking.close();
    } finally {
      jest.useRealTimers();
    }
  });
});
