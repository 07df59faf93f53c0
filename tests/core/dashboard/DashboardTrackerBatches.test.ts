import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { batch } from './changeSteps';
import { runBatches } from './dashboardBatches';

describe('DashboardTracker over batches of changes', () => {
  it('keeps a model equal to a full build when several changes (and clock moves, observations) come between updates', () => {
    let local = 0;
    let updates = 0;
    fc.assert(
      fc.property(fc.array(batch, { maxLength: 20 }), fc.boolean(), (batches, impact) => {
        const r = runBatches(batches, impact);
        local += r.local;
        updates += r.updates;
      }),
      { numRuns: 200, seed: 20261204 },
    );
    expect(local / updates).toBeGreaterThan(0.5);
  });
});
