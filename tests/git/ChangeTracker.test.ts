import { describe, test, expect } from '@jest/globals';
import { ChangeTracker } from '../../src/git/ChangeTracker';

describe('the changed-path tracker', () => {
  test('create, modify, delete and rename record every path git will see change, once each', () => {
    const tracker = new ChangeTracker();

    tracker.created('a.md');
    tracker.modified('a.md');
    tracker.deleted('b.md');
    tracker.renamed('c.md', 'd/c.md');

    expect(tracker.pending()).toEqual(['a.md', 'b.md', 'c.md', 'd/c.md']);
  });

  test('take clears the tracker and hands over renames as new path → original path, even across two renames', () => {
    const tracker = new ChangeTracker();
    tracker.renamed('a.md', 'b.md');
    tracker.renamed('b.md', 'c.md');

    const taken = tracker.take();

    expect(taken.paths).toEqual(['a.md', 'b.md', 'c.md']);
    expect([...taken.renames]).toEqual([['c.md', 'a.md']]);
    expect(tracker.size).toBe(0);
  });

  test('restore puts back what a failed commit took, keeping paths recorded meanwhile', () => {
    const tracker = new ChangeTracker();
    tracker.modified('a.md');
    const taken = tracker.take();
    tracker.modified('b.md');

    tracker.restore(taken);

    expect(tracker.pending()).toEqual(['a.md', 'b.md']);
  });
});
