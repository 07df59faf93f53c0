/** What a finished (or failed to start, or timed out) process gave back. */
export interface ProcessResult {
  /** The exit status; null when it did not start, timed out or was killed by a signal. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Why there is no exit status, for people: `not found`, `timed out after 60 s`, `killed by SIGTERM`. */
  failure?: string;
}

/** How to run one process: environment changes (added to the host's; `undefined` removes a variable) and a time limit. */
export interface RunOptions {
  env?: Readonly<Record<string, string | undefined>>;
  timeoutMs?: number;
  /** Called with the output as it comes (a backup run shows its tool's progress). */
  echo?(stream: 'stdout' | 'stderr', text: string): void;
  /** Give the program this process's stdin (otherwise it reads nothing and cannot prompt). */
  inheritStdin?: boolean;
}

/**
 * The host capabilities process-based observers need (DESIGN.md §5: CLI and desktop only): run a
 * program without a shell, probe files, and turn an instant into local time. The core never touches
 * processes, files or the clock itself.
 */
export interface ProcessHost {
  run(command: string, args: readonly string[], options?: RunOptions): Promise<ProcessResult>;
  /** Whether something exists at an absolute path. */
  exists(path: string): Promise<boolean>;
  /** A file's text, or null when it cannot be read. */
  readText(path: string): Promise<string | null>;
  /** The local `YYYY-MM-DDTHH:mm:ss` of an instant in milliseconds since the epoch. */
  localTime(epochMs: number): string;
}
