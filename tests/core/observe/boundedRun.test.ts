import { describe, expect, it } from '@jest/globals';
import { boundedRun } from '../../../src/core/observe/boundedRun';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('boundedRun', () => {
  it('returns results in task order, and a host with a long queue does not hold up another', async () => {
    const started: string[] = [];
    const tasks = [...Array.from({ length: 50 }, (_, i) => `slow:${i}`), 'quick:0', 'quick:1'];
    const results = await boundedRun(
      tasks,
      (t) => t.split(':')[0],
      async (t) => {
        started.push(t);
        await tick();
        return t.toUpperCase();
      },
      { overall: 4, perHost: 2 },
    );
    expect(results).toEqual(tasks.map((t) => t.toUpperCase()));
    expect(started.slice(0, 4).sort()).toEqual(['quick:0', 'quick:1', 'slow:0', 'slow:1']);
  });

  it('rejects with the first error a task throws', async () => {
    await expect(
      boundedRun(
        [1, 2, 3],
        () => 'h',
        (n) => (n === 2 ? Promise.reject(new Error('boom')) : Promise.resolve(n)),
        {
          overall: 2,
          perHost: 2,
        },
      ),
    ).rejects.toThrow('boom');
  });
});
