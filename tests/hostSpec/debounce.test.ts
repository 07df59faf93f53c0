import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { debounce } from 'obsidian';

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

describe('debounce', () => {
  test('a burst of calls runs the callback once with the latest arguments', () => {
    const calls: number[] = [];
    const d = debounce((n: number) => calls.push(n), 100);

    d(1);
    d(2);
    d(3);
    jest.advanceTimersByTime(100);

    expect(calls).toEqual([3]);
  });

  test('without resetTimer the wait counts from the first call of the burst', () => {
    const calls: number[] = [];
    const d = debounce((n: number) => calls.push(n), 100);

    d(1);
    jest.advanceTimersByTime(60);
    d(2);
    jest.advanceTimersByTime(40);

    expect(calls).toEqual([2]);
  });

  test('with resetTimer every call restarts the wait', () => {
    const calls: number[] = [];
    const d = debounce((n: number) => calls.push(n), 100, true);

    d(1);
    jest.advanceTimersByTime(60);
    d(2);
    jest.advanceTimersByTime(40);
    const afterFirstWindow = [...calls];
    jest.advanceTimersByTime(60);

    expect(afterFirstWindow).toEqual([]);
    expect(calls).toEqual([2]);
  });

  test('cancel drops the pending call', () => {
    const calls: number[] = [];
    const d = debounce((n: number) => calls.push(n), 100);

    d(1).cancel();
    jest.advanceTimersByTime(200);

    expect(calls).toEqual([]);
  });

  test('run performs the pending call now and returns its result; with nothing pending it does nothing', () => {
    const d = debounce((n: number) => n * 2, 100);

    d(21);
    const result = d.run();
    const again = d.run();
    jest.advanceTimersByTime(200);

    expect(result).toBe(42);
    expect(again).toBeUndefined();
  });
});
