import type { Problem } from '../../core/model/Problem';
import { oneLine } from '../table';
import { problemsWithRelations } from '../vault/relationCheckSettings';
import type { Command } from './Command';
import { resolveMoment } from '../clock';
import { vaultBlockProblems } from '../vault/blockProblems';
import { sortProblems } from '../vault/loadVault';
import { CLOCK_FLAGS, HELP_FLAG, VAULT_FLAGS } from './commonFlags';
import { openVault, plural } from './vaultArgs';

/** `path:line: field: message`, dropping the line or field when unknown; warnings are marked. */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.path : `${p.path}:${p.line}`;
  const field = p.field ? `${p.field}: ` : '';
  return `${where}: ${field}${oneLine(p.message)}${p.severity === 'warning' ? ' (warning)' : ''}`;
}

/** `vault-stack check`: prints every problem of the notes and their ```stack blocks; exit 1 on errors (or on warnings with --strict). */
export const checkCommand: Command = {
  name: 'check',
  summary: 'report every problem in the vault, ```stack blocks included (exit 1 when there are errors)',
  details:
    'Exit codes: 0 clean (warnings alone print but pass), 1 errors (or warnings with --strict), 2 usage or I/O error.',
  spec: {
    positionals: ['vault'],
    flags: {
      ...VAULT_FLAGS,
      strict: { type: 'boolean', description: 'fail on warnings too' },
      ...CLOCK_FLAGS,
      ...HELP_FLAG,
    },
  },
  run(ctx) {
    const moment = resolveMoment(ctx.args.flags, () => ctx.io.now());
    const vault = openVault(ctx);
    const problems = sortProblems([
      ...problemsWithRelations(ctx.io, vault, ctx.args.flags),
      ...vaultBlockProblems(vault.root, vault.index, moment.today, moment.now),
    ]);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const items = vault.index.stats().items;
    const failed = errors > 0 || (warnings > 0 && ctx.args.flags.strict === true);
    if (ctx.args.flags.json === true) {
      ctx.io.stdout(JSON.stringify({ notes: vault.notes, items, errors, warnings, problems }, null, 2) + '\n');
    } else {
      for (const p of problems) ctx.io.stdout(formatProblem(p) + '\n');
      const counts =
        problems.length === 0 ? 'no problems' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
      ctx.io.stderr(`${counts} in ${plural(vault.notes, 'note')} (${plural(items, 'item')})\n`);
    }
    return failed ? 1 : 0;
  },
};
