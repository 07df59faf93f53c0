import type { CliIo } from '../../../src/cli/io';

/** CLI I/O that records what the CLI prints, with a fixed clock and chosen terminal facts. */
export class MemoryIo implements CliIo {
  out = '';
  err = '';
  stdoutIsTTY = false;
  stderrIsTTY = false;
  columns?: number;
  env: Record<string, string | undefined>;

  constructor(
    readonly cwd: string,
    options: { cacheHome?: string; clock?: string; tty?: boolean } = {},
  ) {
    this.env = { XDG_CACHE_HOME: options.cacheHome, HOME: options.cacheHome };
    this.clockText = options.clock ?? '2026-11-28T09:30:00';
    if (options.tty) {
      this.stdoutIsTTY = true;
      this.stderrIsTTY = true;
      this.columns = 80;
    }
  }

  private readonly clockText: string;

  stdout(text: string): void {
    this.out += text;
  }

  stderr(text: string): void {
    this.err += text;
  }

  now(): Date {
    return new Date(this.clockText);
  }

  /** Printed stdout lines without the trailing empty one. */
  lines(): string[] {
    return this.out.split('\n').filter((l) => l !== '');
  }
}
