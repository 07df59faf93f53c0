// Stands in for `async-lock` in main.js: isomorphic-git calls only `acquire(key, fn)`, to run index
// updates on one key one at a time. Each key keeps the promise of its last holder; the next waits
// for it, whether it resolved or failed. async-lock's options, timeouts and domains: 3 KiB unused.
'use strict';

class AsyncLock {
  constructor() {
    this.tails = new Map();
  }

  acquire(key, fn) {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const run = previous.then(() => fn());
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return run;
  }
}

module.exports = AsyncLock;
