/** The host's clock for ctime/mtime: wall time, but strictly increasing so every write gets a newer mtime. */
export class HostClock {
  private last = 0;
  private fixed: number | null = null;

  /** Milliseconds since the epoch, always greater than the previous reading. */
  now(): number {
    const base = this.fixed ?? Date.now();
    this.last = Math.max(base, this.last + 1);
    return this.last;
  }

  /** Host-only: pins the clock (it still advances 1 ms per reading) so stats are reproducible. */
  set(ms: number): void {
    this.fixed = ms;
    this.last = ms - 1;
  }
}
