import { run } from '../../../src/cli/run';
import { MemoryIo } from './MemoryIo';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
  lines: string[];
}

/** Runs the CLI's `run(argv, io)` in-process with a private cache folder. */
export function runCli(argv: string[], options: { cwd?: string; cacheHome: string; tty?: boolean }): CliRun {
  const io = new MemoryIo(options.cwd ?? process.cwd(), { cacheHome: options.cacheHome, tty: options.tty });
  const code = run(argv, io);
  return { code, out: io.out, err: io.err, lines: io.lines() };
}
