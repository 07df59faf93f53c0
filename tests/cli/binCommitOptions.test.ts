import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCommand } from '../../src/cli/commands/commandTable';

const BIN = join(__dirname, '..', '..', 'bin', 'vault-stack.js');

/**
 * bin/vault-stack.js finds `commit`'s vault before the bundle loads (to start the lstat thread for
 * a large index): it skips the value of each option that takes one, in a list of its own. That list
 * must be the command table's: a value-taking option missing there makes a message or glob read as
 * the vault; a boolean one listed there makes the vault read as its value.
 */

/** The options bin/vault-stack.js skips a value after: the `arg === '…'` tests on largeIndex's `i++` line. */
function binValueOptions(source: string): string[] {
  const start = source.indexOf('function largeIndex(');
  const body = source.slice(start, source.indexOf('\n}\n', start));
  const skip = body.split('\n').filter((line) => /\bi\+\+/.test(line) && line.includes('arg ==='));
  return skip.flatMap((line) => [...line.matchAll(/arg === '([^']+)'/g)].map((m) => m[1])).sort();
}

/** Every spelling of `commit`'s options that take a value: `--name` and `-short`. */
function commitValueOptions(): string[] {
  const commit = findCommand('commit');
  if (commit === undefined) throw new Error('no commit command in the command table');
  return Object.entries(commit.spec.flags)
    .filter(([, flag]) => flag.type === 'string')
    .flatMap(([name, flag]) => [`--${name}`, ...(flag.short === undefined ? [] : [`-${flag.short}`])])
    .sort();
}

describe("bin/vault-stack.js's list of commit's value-taking options", () => {
  it("is the command table's: every option of commit that takes a value, and no other", () => {
    const listed = binValueOptions(readFileSync(BIN, 'utf8'));

    expect(listed).toEqual(commitValueOptions());
  });

  it('is read from the source as bin tests it (the check itself works)', () => {
    const source = readFileSync(BIN, 'utf8');
    expect(binValueOptions(source)).toContain('--message');
    const missing = source.replace(" || arg === '--guard-allow'", '');
    expect(missing).not.toBe(source);
    expect(binValueOptions(missing)).not.toEqual(commitValueOptions());
    expect(commitValueOptions()).toEqual(expect.arrayContaining(['--message', '-m', '--guard-allow']));
  });
});
