import type { ArgSpec } from './args';
import type { Command } from './commands/Command';

/** `vault-stack --help`. */
export function mainHelp(commands: readonly Command[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `vault-stack ${version}: check, list and rank the items declared in an Obsidian vault`,
    '',
    'Usage: vault-stack <command> [vault] [options]   (the vault defaults to the current folder)',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Options: --help, --version. Run `vault-stack <command> --help` for a command's options.",
    "Exit codes: 0 ok, 1 problems found or the operation was refused (each command's --help says when), 2 usage, input or I/O error (with the fix),",
    '3 internal error (a bug: please report it; VAULT_STACK_DEBUG=1 prints the stack trace).',
    '',
  ].join('\n');
}

/** `vault-stack <command> --help`. */
export function commandHelp(command: Command): string {
  return [
    `Usage: vault-stack ${command.name}${usagePositionals(command.spec)} [options]${command.spec.rest ? ` -- ${command.spec.rest}` : ''}`,
    '',
    `${command.summary[0].toUpperCase()}${command.summary.slice(1)}.`,
    '',
    'Options:',
    ...flagLines(command.spec),
    ...(command.details ? ['', command.details] : []),
    '',
  ].join('\n');
}

function usagePositionals(spec: ArgSpec): string {
  return spec.positionals.map((p) => ` [${p}]`).join('');
}

function flagLines(spec: ArgSpec): string[] {
  const names = Object.entries(spec.flags).map(([name, f]) => [
    `${f.short ? `-${f.short}, ` : ''}--${name}${f.placeholder ? ` ${f.placeholder}` : ''}`,
    f.description,
  ]);
  const width = Math.max(...names.map(([n]) => n.length));
  return names.map(([n, d]) => `  ${n.padEnd(width)}  ${d}`);
}
