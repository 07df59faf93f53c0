import { resolve } from 'node:path';
import { CliError } from '../CliError';
import { installPreCommitHook } from '../hook/preCommitHook';
import { reportStaged, stagedNotes, stagedProblems } from '../hook/stagedProblems';
import type { Command } from './Command';
import { HELP_FLAG } from './commonFlags';
import { openVault } from './vaultArgs';

/** `vault-stack hook install [vault]` writes a pre-commit hook; `hook run [vault]` is what it runs. */
export const hookCommand: Command = {
  name: 'hook',
  summary: 'install a git pre-commit hook that checks the staged notes (hook install), or run that check (hook run)',
  details: [
    'hook install writes .git/hooks/pre-commit (or into core.hooksPath) to run `vault-stack hook run` with this node and CLI;',
    'it never replaces a hook it did not write. hook run checks the staged notes as staged: errors block the commit, warnings pass unless --strict.',
    'Exit codes: 0 installed or clean, 1 the staged notes have errors, 2 usage or I/O error (no git, not a repository, a foreign hook).',
  ].join('\n'),
  spec: {
    positionals: ['action', 'vault'],
    flags: {
      strict: { type: 'boolean', description: 'block the commit on warnings too (install: written into the hook)' },
      'no-cache': { type: 'boolean', description: 'read every note; do not use or write the cache' },
      ...HELP_FLAG,
    },
  },
  run(ctx) {
    const [action, vaultArg] = ctx.args.positionals;
    const strict = ctx.args.flags.strict === true;
    const root = resolve(ctx.io.cwd, vaultArg ?? '.');
    if (action === 'install') {
      const done = installPreCommitHook(
        root,
        { node: process.execPath, script: resolve(process.argv[1] ?? '') },
        strict,
      );
      ctx.io.stderr(
        `${done.replaced ? 'updated' : 'installed'} ${done.path}: commits now check the staged notes${strict ? ' (warnings block too)' : ''}\n`,
      );
      return 0;
    }
    if (action === 'run') {
      const staged = stagedNotes(root);
      if (staged.length === 0) return 0;
      const vault = openVault(ctx, root);
      return reportStaged(ctx.io, stagedProblems(ctx.io, vault, staged), staged.length, strict);
    }
    throw new CliError(
      'USAGE',
      action === undefined
        ? 'hook needs an action: install or run'
        : `unknown hook action "${action}" (expected install or run)`,
      'run `vault-stack hook --help` for usage',
    );
  },
};
