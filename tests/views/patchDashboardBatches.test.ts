/**
 * @jest-environment jsdom
 */
import 'obsidian';
import { afterEach, describe, it } from '@jest/globals';
import fc from 'fast-check';
import { batch } from '../core/dashboard/changeSteps';
import { runPatchBatches } from './support/patchBatches';

afterEach(() => document.body.empty());

describe('DashboardPatcher over batches of changes', () => {
  it('draws what a fresh render draws after batches of changes, clock moves, observations and used controls', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(batch, fc.option(fc.nat())), { maxLength: 12 }), fc.boolean(), (batches, impact) =>
        runPatchBatches(batches, impact),
      ),
      { numRuns: 40, seed: 20261206 },
    );
  });
});
