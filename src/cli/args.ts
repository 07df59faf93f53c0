import { CliError } from './CliError';
import { didYouMean } from './didYouMean';

/** One option a command accepts. */
export interface FlagSpec {
  type: 'boolean' | 'string';
  /** Shown in help for string options: `--today YYYY-MM-DD`. */
  placeholder?: string;
  description: string;
  /** Checks a string value; returns an error sentence when it is wrong. */
  validate?: (value: string) => string | null;
  /** A one-letter alias: `-m MSG` for `--message MSG`. */
  short?: string;
}

/** What a command accepts: named options and how many positionals. */
export interface ArgSpec {
  flags: Readonly<Record<string, FlagSpec>>;
  /** Names of positionals, in order, for help: `['vault']`. */
  positionals: readonly string[];
  /** When set, everything after `--` is kept apart, untouched, as `rest` (a command to run); this names it in help: `command...`. */
  rest?: string;
}

/** Arguments after parsing: option values by name and the positionals in order. */
export interface ParsedArgs {
  flags: Record<string, string | boolean>;
  positionals: string[];
  /** What followed `--`, for a spec with `rest` (an empty list when there was no `--`). */
  rest?: string[];
}

/**
 * Parses `--flag`, `--flag value`, `--flag=value` and positionals; throws a USAGE CliError on anything
 * unknown. After `--` everything is a positional, or, for a spec with `rest`, passed through as `rest`.
 */
export function parseArgs(all: readonly string[], spec: ArgSpec, command: string): ParsedArgs {
  const hint = `run \`vault-stack ${command} --help\` for usage`;
  const flags: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  let onlyPositionals = false;
  const dashes = spec.rest === undefined ? -1 : all.indexOf('--');
  const rest = dashes < 0 ? [] : all.slice(dashes + 1);
  const argv = dashes < 0 ? all : all.slice(0, dashes);
  for (let i = 0; i < argv.length; i++) {
    if (onlyPositionals) {
      positionals.push(argv[i]);
      continue;
    }
    const alias = /^-([A-Za-z])$/.exec(argv[i])?.[1];
    const aliased =
      alias === undefined ? undefined : Object.keys(spec.flags).find((n) => spec.flags[n].short === alias);
    const arg = aliased === undefined ? argv[i] : `--${aliased}`;
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '-h' && spec.flags.help) {
      flags.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq < 0 ? arg : arg.slice(0, eq)).replace(/^--?/, '');
    const flag = spec.flags[name];
    if (!flag || !arg.startsWith('--'))
      throw new CliError(
        'USAGE',
        `unknown option ${eq < 0 ? arg : arg.slice(0, eq)} for \`${command}\`${didYouMean(name, Object.keys(spec.flags), '--')}`,
        hint,
      );
    if (flag.type === 'boolean') {
      if (eq >= 0) throw new CliError('USAGE', `option --${name} takes no value`, hint);
      flags[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined || value === '')
      throw new CliError(
        'USAGE',
        `option --${name} needs a value${flag.placeholder ? ` (${flag.placeholder})` : ''}`,
        hint,
      );
    const wrong = flag.validate?.(value);
    if (wrong) throw new CliError('USAGE', `--${name}: ${wrong}`, hint);
    flags[name] = value;
  }
  if (positionals.length > spec.positionals.length) {
    throw new CliError(
      'USAGE',
      `unexpected argument "${positionals[spec.positionals.length]}" for \`${command}\``,
      hint,
    );
  }
  return spec.rest === undefined ? { flags, positionals } : { flags, positionals, rest };
}
