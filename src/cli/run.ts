import packageJson from '../../package.json';
import { parseArgs } from './args';
import { CliError } from './CliError';
import { didYouMean } from './didYouMean';
import { isSystemError } from './errnoCode';
import { COMMANDS, findCommand, PLANNED_COMMANDS } from './commands/commandTable';
import { commandHelp, mainHelp } from './help';
import type { CliIo } from './io';

/** The CLI's version, from package.json. */
export const VERSION: string = packageJson.version;

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
    return report(error, io);
  }
}

/** Like {@link run}, but also waits for asynchronous commands (git); the process entry uses this. */
export async function runAsync(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return report(error, io);
  }
}

/** Prints a failure and gives its exit code: 2 for usage and I/O, 3 for a bug. */
function report(error: unknown, io: CliIo): number {
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
