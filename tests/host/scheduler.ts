import { timers } from './timers';

// Captured at load so the host keeps working when a test installs Jest's fake timers.
const loadTimeTimers = timers();
const realSetTimeout = (handler: () => void, ms: number): number =>
  loadTimeTimers.setTimeout.call(loadTimeTimers, handler, ms);

/** Runs host work "later" (a macrotask, like Obsidian's worker round-trips) and tells tests when all of it is done. */
export class HostScheduler {
  private pending = 0;
  private waiters: Array<() => void> = [];

  /** Queues a task on a later macrotask; errors are reported, never thrown into the caller. */
  later(task: () => void | Promise<void>): void {
    this.pending++;
    realSetTimeout(() => {
      void (async () => {
        try {
          await task();
        } catch (error) {
          reportHandlerError(error);
        } finally {
          this.pending--;
          if (this.pending === 0) this.flushWaiters();
        }
      })();
    }, 0);
  }

  /** Resolves once no task is queued or running, including tasks queued by tasks. */
  async idle(): Promise<void> {
    while (this.pending > 0) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
      // A task may queue another right as the count reached zero; yield once and re-check.
      await new Promise<void>((resolve) => realSetTimeout(resolve, 0));
    }
  }

  private flushWaiters(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

const handlerErrors: unknown[] = [];

/** Records (and logs) an error thrown by an event handler, like Obsidian's console.error for tryTrigger. */
export function reportHandlerError(error: unknown): void {
  handlerErrors.push(error);
  console.error('[test host] event handler threw:', error);
}

/** Returns and clears the errors that event handlers threw since the last call. */
export function takeHandlerErrors(): unknown[] {
  return handlerErrors.splice(0, handlerErrors.length);
}
