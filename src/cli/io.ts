import { readFileSync } from 'node:fs';
/** Everything the CLI touches outside its arguments: streams, terminal facts, environment, clock. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Terminal width when stdout is a terminal. */
  columns?: number;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The local clock; the CLI is the host, so it reads time here and passes it to the core. */
  now(): Date;
  /** Reads all of standard input as UTF-8 (`vault-stack query -`); absent where there is none. */
  readStdin?(): string;
}

/** The real process as CLI I/O. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns,
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
    readStdin: () => readFileSync(0, 'utf8'),
  };
}
