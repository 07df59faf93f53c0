/**
 * @jest-environment jsdom
 */
import 'obsidian';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { ROW_LIMIT } from '../../src/core/dashboard/rowLimit';
import { batch } from '../core/dashboard/changeSteps';
import { runPatchBatches } from './support/patchBatches';

// Lists longer than the row limit: rows enter and leave the shown window, "N more … not shown" changes.
jest.mock('../../src/core/dashboard/rowLimit', () => ({
  ROW_LIMIT: 2,
  firstRows: <T, R>(ranked: readonly T[], toRow: (entry: T) => R): R[] => ranked.slice(0, 2).map(toRow),
}));

afterEach(() => document.body.empty());

describe('DashboardPatcher over batches of changes, lists longer than the row limit', () => {
  it('draws what a fresh render draws', () => {
    expect(ROW_LIMIT).toBe(2);
    fc.assert(
      fc.property(fc.array(fc.tuple(batch, fc.option(fc.nat())), { maxLength: 12 }), fc.boolean(), (batches, impact) =>
        runPatchBatches(batches, impact),
      ),
      { numRuns: 60, seed: 20261207 },
    );
  });
});
