import {
  RELATION_CHECKS,
  relationWarnings,
  type RelationCheck,
  type RelationChecks,
} from '../../core/relations/relationWarnings';
import type { Problem } from '../../core/model/Problem';
import { CliError } from '../CliError';
import type { CliIo } from '../io';
import type { LoadedVault } from './loadVault';
import { sortProblems } from './loadVault';
import { vaultSettings } from './vaultSettings';

/** The environment variable that chooses the relation checks: `all`, `none`, or a comma list of check names. */
export const RELATION_CHECKS_ENV = 'VAULT_STACK_RELATION_CHECKS';

/**
 * Which relation checks the CLI runs: `VAULT_STACK_RELATION_CHECKS` when set, else the plugin's
 * settings in the vault (`relationChecks` in its data.json), else all of them.
 */
export function relationChecksFor(
  io: CliIo,
  root: string,
  flags: Readonly<Record<string, string | boolean>> = {},
): RelationChecks {
  const value = io.env[RELATION_CHECKS_ENV]?.trim();
  if (value === undefined || value === '') return vaultSettings(root, flags).relationChecks;
  const names =
    value === 'all'
      ? [...RELATION_CHECKS]
      : value === 'none'
        ? []
        : value
            .split(',')
            .map((n) => n.trim())
            .filter((n) => n !== '');
  const unknown = names.filter((n) => !(RELATION_CHECKS as readonly string[]).includes(n));
  if (unknown.length > 0)
    throw new CliError(
      'USAGE',
      `${RELATION_CHECKS_ENV}: unknown check "${unknown[0]}"`,
      `use all, none, or a comma list of: ${RELATION_CHECKS.join(', ')}`,
    );
  const on = new Set(names);
  return Object.fromEntries(RELATION_CHECKS.map((c) => [c, on.has(c)])) as Record<RelationCheck, boolean>;
}

/** The vault's problems with the relation warnings the settings switch on, sorted by path and line. */
export function problemsWithRelations(
  io: CliIo,
  vault: LoadedVault,
  flags: Readonly<Record<string, string | boolean>> = {},
): Problem[] {
  return sortProblems([...vault.problems, ...relationWarnings(vault.index, relationChecksFor(io, vault.root, flags))]);
}
