import { CliError } from './CliError';
import { didYouMean } from './didYouMean';
import { COMMANDS, findCommand, PLANNED_COMMANDS } from './commands/commandTable';
import { commandHelp, mainHelp } from './help';
import type { CliIo } from './io';
import { reportFailure, runCommand, VERSION } from './runCommand';

export { VERSION };

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code:
 * 0 ok, 1 the vault has problems, 2 usage or I/O error, 3 an internal error (a bug).
 * @example run(['check', 'examples/vault'], processIo()) // → 0
 */
export function run(argv: readonly string[], io: CliIo): number {
  try {
    const code = dispatch(argv, io);
    if (typeof code !== 'number') {
      code.catch(() => undefined);
      throw new Error(`\`${argv[0]}\` works asynchronously: call runAsync`);
    }
    return code;
  } catch (error) {
    return reportFailure(error, io);
  }
}

/** Like {@link run}, but also waits for asynchronous commands (git); the process entry uses this. */
export async function runAsync(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return reportFailure(error, io);
  }
}

function dispatch(argv: readonly string[], io: CliIo): number | Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' && rest[0] ? findCommand(rest[0]) : undefined;
    io.stdout(topic ? commandHelp(topic) : mainHelp(COMMANDS, VERSION));
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = findCommand(first);
  if (!command) {
    if (first.startsWith('-'))
      throw new CliError('USAGE', `unknown option ${first}`, 'run `vault-stack --help` for usage');
    if (PLANNED_COMMANDS.includes(first))
      throw new CliError(
        'USAGE',
        `\`${first}\` is planned but not in this version (${VERSION})`,
        'run `vault-stack --help` for the commands available',
      );
    throw new CliError(
      'USAGE',
      `unknown command "${first}"${didYouMean(
        first,
        COMMANDS.map((c) => c.name),
      )}`,
      'run `vault-stack --help` for the commands available',
    );
  }
  return runCommand(command, rest, io);
}
