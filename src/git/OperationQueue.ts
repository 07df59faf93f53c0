/**
 * Runs git operations one at a time, in the order they were queued. A failing operation rejects
 * its own promise only; the next one still runs.
 */
export class OperationQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** Operations queued or running. */
  get size(): number {
    return this.waiting;
  }

  /** Queues `operation`; resolves or rejects with its outcome once every earlier operation has settled. */
  run<T>(operation: () => Promise<T>): Promise<T> {
    this.waiting++;
    const settle = () => {
      this.waiting--;
    };
    const result = this.tail.then(operation);
    result.then(settle, settle);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when everything queued so far has settled. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
