import type { GitProgressEvent } from 'isomorphic-git';
import type { CliIo } from '../io';

const REDRAW_MS = 100;

/** A one-line progress display for git transfers and imports; silent unless stderr is a terminal. */
export interface GitProgress {
  /** Shows a phase (`Receiving objects`, `staging files`) with how far it is; a new phase always draws. */
  report(event: GitProgressEvent): void;
  /** Clears the line if anything was drawn. */
  finish(): void;
}

/**
 * Progress on stderr for `push`, `pull` and `init`: `\r<command>: <phase> <loaded>/<total>`,
 * redrawn at most every 100 ms within a phase, cleared at the end; nothing when stderr is not a TTY.
 * @example const progress = gitProgress(io, 'pull'); await repo.pull({ http, onProgress: (e) => progress.report(e) }); progress.finish();
 */
export function gitProgress(io: CliIo, command: string, clock: () => number = () => Date.now()): GitProgress {
  let phase = '';
  let lastDraw = 0;
  let drawn = false;
  return {
    report(event) {
      if (!io.stderrIsTTY) return;
      const now = clock();
      if (event.phase === phase && now - lastDraw < REDRAW_MS) return;
      phase = event.phase;
      lastDraw = now;
      drawn = true;
      const amount = event.total > 0 ? ` ${event.loaded}/${event.total}` : event.loaded > 0 ? ` ${event.loaded}` : '';
      io.stderr(`\r\x1b[2K${command}: ${event.phase}${amount}`);
    },
    finish() {
      if (drawn) io.stderr('\r\x1b[2K');
      drawn = false;
    },
  };
}
