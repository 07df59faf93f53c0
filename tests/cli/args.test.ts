import { describe, expect, it } from '@jest/globals';
import { parseArgs, type ArgSpec } from '../../src/cli/args';
import { CliError } from '../../src/cli/CliError';

const spec: ArgSpec = {
  positionals: ['vault'],
  flags: {
    json: { type: 'boolean', description: 'json' },
    kind: { type: 'string', placeholder: 'KIND', description: 'kind' },
    today: {
      type: 'string',
      description: 'day',
      validate: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : 'not a date'),
    },
  },
};

function usageError(argv: string[]): CliError {
  try {
    parseArgs(argv, spec, 'list');
  } catch (error) {
    if (error instanceof CliError) return error;
  }
  throw new Error('expected a usage error');
}

describe('parseArgs', () => {
  it('reads booleans, string options in both spellings, and positionals', () => {
    expect(parseArgs(['my-vault', '--json', '--kind', 'task'], spec, 'list')).toEqual({
      flags: { json: true, kind: 'task' },
      positionals: ['my-vault'],
    });
    expect(parseArgs(['--kind=habit'], spec, 'list')).toEqual({ flags: { kind: 'habit' }, positionals: [] });
  });

  it('accepts -h for --help when the command has --help', () => {
    const withHelp: ArgSpec = { ...spec, flags: { ...spec.flags, help: { type: 'boolean', description: 'help' } } };

    expect(parseArgs(['-h'], withHelp, 'list').flags).toEqual({ help: true });
  });

  it('treats everything after -- as positionals', () => {
    expect(parseArgs(['--', '--json'], spec, 'list').positionals).toEqual(['--json']);
  });

  it('rejects an unknown option with a hint naming the command help', () => {
    const error = usageError(['--jsn']);

    expect(error.code).toBe('USAGE');
    expect(error.message).toBe('unknown option --jsn for `list`; did you mean "--json"?');
    expect(error.hint).toContain('vault-stack list --help');
  });

  it('rejects a string option without a value, and a value on a boolean', () => {
    expect(usageError(['--kind']).message).toContain('needs a value (KIND)');
    expect(usageError(['--json=yes']).message).toContain('takes no value');
  });

  it('rejects a value its validator refuses, and a second positional', () => {
    expect(usageError(['--today', 'soon']).message).toBe('--today: not a date');
    expect(usageError(['a', 'b']).message).toContain('unexpected argument "b"');
  });
});

describe('parseArgs with a command after `--` (backup run)', () => {
  const runSpec: ArgSpec = {
    positionals: ['action', 'job', 'vault'],
    rest: 'command...',
    flags: { message: { type: 'string', short: 'm', description: 'm' }, json: { type: 'boolean', description: 'j' } },
  };
  it('passes everything after the first `--` through untouched: options, aliases, another `--`', () => {
    const argv = ['run', 'Job', 'vault', '--json', '--', 'restic', '-m', '--json', '--', 'x', '--help'];
    expect(parseArgs(argv, runSpec, 'backup')).toEqual({
      flags: { json: true },
      positionals: ['run', 'Job', 'vault'],
      rest: ['restic', '-m', '--json', '--', 'x', '--help'],
    });
  });
  it('gives an empty rest without `--`, and a short alias after a plain `--` stays a positional', () => {
    expect(parseArgs(['record', 'Job'], runSpec, 'backup').rest).toEqual([]);
    expect(parseArgs(['--', '-m'], { ...runSpec, rest: undefined }, 'x')).toEqual({ flags: {}, positionals: ['-m'] });
  });
});
