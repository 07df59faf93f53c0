import type { CliIo } from './io';

/** Show progress only for runs this long (files) … */
const MIN_FILES = 2000;
/** … or this slow (ms). */
const MIN_MS = 1000;
const REDRAW_MS = 100;

/** A one-line progress counter on stderr, drawn only when stderr is a terminal and the run is long. */
export class Progress {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly io: CliIo,
    private readonly label: string,
    private readonly total: number,
    private readonly clock: () => number = () => Date.now(),
    /** What is counted, after the numbers. */
    private readonly unit = 'notes',
  ) {
    this.started = clock();
  }

  /** Reports `done` of `total`; cheap enough to call per file. */
  update(done: number): void {
    if (!this.io.stderrIsTTY || (done & 255) !== 0) return;
    const now = this.clock();
    if (this.total < MIN_FILES && now - this.started < MIN_MS) return;
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    this.io.stderr(
      `\r${this.label} ${done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} ${this.unit}`,
    );
  }

  /** Clears the line if anything was drawn. */
  finish(): void {
    if (this.drawn) this.io.stderr('\r\x1b[2K');
    this.drawn = false;
  }
}
