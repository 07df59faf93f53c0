import { describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { buildDashboard, type DashboardContext } from '../../../src/core/dashboard/buildDashboard';
import { DashboardTracker } from '../../../src/core/dashboard/DashboardTracker';
import { ROW_LIMIT } from '../../../src/core/dashboard/rowLimit';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { NOW, settingsWith, TODAY } from './dashboardVault';
import { apply, step, vaultIndex } from './changeSteps';

// Lists longer than the row limit: the shown rows are a moving window over each kept list.
jest.mock('../../../src/core/dashboard/rowLimit', () => ({
  ROW_LIMIT: 2,
  firstRows: <T, R>(ranked: readonly T[], toRow: (entry: T) => R): R[] => ranked.slice(0, 2).map(toRow),
}));

describe('DashboardTracker with lists longer than the row limit', () => {
  it('keeps a model equal to a full build after any sequence of changes (adds, removes, renames, minutes, days)', () => {
    expect(ROW_LIMIT).toBe(2);
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.boolean(), (steps, hidden) => {
        const index = vaultIndex();
        const clock = { today: TODAY, now: NOW };
        // Sometimes a section is not shown: its lists are kept but not read for a while.
        const sections = hidden
          ? DEFAULT_SETTINGS.sections.filter((s) => s !== 'today')
          : [...DEFAULT_SETTINGS.sections];
        const settings = settingsWith({ sections });
        const ctx = (): DashboardContext => ({ ...clock, settings });
        const tracker = new DashboardTracker();
        expect(tracker.update(index, ctx()).model).toEqual(buildDashboard(index, ctx()));
        for (const s of steps) {
          apply(index, clock, s);
          expect(tracker.update(index, ctx()).model).toEqual(buildDashboard(index, ctx()));
        }
      }),
      { numRuns: 200, seed: 20261204 },
    );
  });
});
