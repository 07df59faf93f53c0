import packageJson from '../../package.json';
import { parseArgs } from './args';
import { CliError } from './CliError';
import type { Command } from './commands/Command';
import { isSystemError } from './errnoCode';
import { commandHelp } from './help';
import type { CliIo } from './io';

/** The CLI's version, from package.json. */
export const VERSION: string = packageJson.version;

/**
 * Runs one command on the arguments after its name: `--version` and `--help` anywhere before
 * `--`, else the command on its parsed arguments. Throws what the command throws.
 */
export function runCommand(command: Command, rest: readonly string[], io: CliIo): number | Promise<number> {
  const dashes = rest.indexOf('--');
  if ((dashes < 0 ? rest : rest.slice(0, dashes)).includes('--version')) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const args = parseArgs(rest, command.spec, command.name);
  if (args.flags.help === true) {
    io.stdout(commandHelp(command));
    return 0;
  }
  return command.run({ io, args, version: VERSION });
}

/** Prints a failure and gives its exit code: 2 for usage and I/O, 3 for a bug. */
export function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof CliError) {
    io.stderr(`vault-stack: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
    return 2;
  }
  if (isSystemError(error)) {
    io.stderr(`vault-stack: ${error.message}\n`);
    return 2;
  }
  io.stderr(
    `vault-stack: internal error: ${error instanceof Error ? error.message : String(error)}\nplease report this with the command you ran\n`,
  );
  if (io.env.VAULT_STACK_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
  return 3;
}
