import { describe, test, expect } from '@jest/globals';
import { OperationQueue } from '../../src/git/OperationQueue';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the git operation queue', () => {
  test('operations run one at a time, in the order they were queued', async () => {
    const queue = new OperationQueue();
    const log: string[] = [];
    const gate = deferred<void>();

    const first = queue.run(async () => {
      log.push('first start');
      await gate.promise;
      log.push('first end');
      return 1;
    });
    const second = queue.run(async () => {
      log.push('second');
      return 2;
    });
    await Promise.resolve();
    expect(log).toEqual(['first start']);
    expect(queue.size).toBe(2);
    gate.resolve();

    await expect(Promise.all([first, second])).resolves.toEqual([1, 2]);
    expect(log).toEqual(['first start', 'first end', 'second']);
    expect(queue.size).toBe(0);
  });

  test('a failing operation rejects only itself and the next one still runs', async () => {
    const queue = new OperationQueue();

    const failing = queue.run(() => Promise.reject(new Error('boom')));
    const next = queue.run(() => Promise.resolve('still runs'));

    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('still runs');
  });

  test('idle resolves after everything queued has settled, failures included', async () => {
    const queue = new OperationQueue();
    const done: number[] = [];
    void queue.run(async () => {
      done.push(1);
    });
    queue.run(() => Promise.reject(new Error('x'))).catch(() => done.push(2));

    await queue.idle();
    await Promise.resolve();

    expect(done).toEqual([1, 2]);
  });
});
