import { describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { ROW_LIMIT } from '../../../src/core/dashboard/rowLimit';
import { batch } from './changeSteps';
import { runBatches } from './dashboardBatches';

// Lists longer than the row limit: "+N more", and rows entering and leaving the shown window.
jest.mock('../../../src/core/dashboard/rowLimit', () => ({
  ROW_LIMIT: 2,
  firstRows: <T, R>(ranked: readonly T[], toRow: (entry: T) => R): R[] => ranked.slice(0, 2).map(toRow),
}));

describe('DashboardTracker over batches of changes, lists longer than the row limit', () => {
  it('keeps a model equal to a full build', () => {
    expect(ROW_LIMIT).toBe(2);
    fc.assert(
      fc.property(fc.array(batch, { maxLength: 20 }), fc.boolean(), fc.boolean(), (batches, impact, hidden) => {
        runBatches(batches, impact, hidden);
      }),
      { numRuns: 200, seed: 20261205 },
    );
  });
});
