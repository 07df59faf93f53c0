import type * as O from 'obsidian';
import { timers } from './timers';

/**
 * Obsidian's debounce: calls `cb` once, `timeout` ms after the first call of a burst, with the latest
 * arguments; with `resetTimer` every call restarts the wait. `cancel()` drops the pending call and
 * `run()` performs it now (returning its result). Uses the global timers, so Jest fake timers apply.
 */
export function debounce<T extends unknown[], V>(
  cb: (...args: [...T]) => V,
  timeout = 0,
  resetTimer = false,
): O.Debouncer<T, V> {
  let timer: number | null = null;
  let pendingArgs: [...T] | null = null;

  const fire = (): V | void => {
    if (timer !== null) timers().clearTimeout(timer);
    timer = null;
    if (pendingArgs === null) return;
    const args = pendingArgs;
    pendingArgs = null;
    return cb(...args);
  };

  const debouncer = function (this: unknown, ...args: [...T]) {
    pendingArgs = args;
    if (timer !== null && resetTimer) {
      timers().clearTimeout(timer);
      timer = null;
    }
    if (timer === null) timer = timers().setTimeout(fire, timeout);
    return debouncer;
  } as O.Debouncer<T, V>;
  debouncer.cancel = () => {
    if (timer !== null) timers().clearTimeout(timer);
    timer = null;
    pendingArgs = null;
    return debouncer;
  };
  debouncer.run = () => fire();
  return debouncer;
}
