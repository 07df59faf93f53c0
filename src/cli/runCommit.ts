import { commitCommand } from './commands/commit';
import type { CliIo } from './io';
import { reportFailure, runCommand } from './runCommand';

/**
 * `runAsync` (src/cli/run.ts) for an `argv` that starts with `commit`, loading only what `commit` needs: git
 * hooks and cron run it most, and it then skips the rest of the CLI (formats, queries, observers,
 * http) and the node modules they load.
 */
export async function runAsync(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runCommand(commitCommand, argv.slice(1), io);
  } catch (error) {
    return reportFailure(error, io);
  }
}
