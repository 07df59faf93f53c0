import { chainText } from '../../core/relations/chainText';
import { impact, type ImpactReach } from '../../core/relations/impact';
import { CliError } from '../CliError';
import { oneLine } from '../table';
import { itemNamed } from '../vault/itemNamed';
import type { Command } from './Command';
import { VAULT_FLAGS } from './commonFlags';
import { openVault, plural } from './vaultArgs';

/** `vault-stack impact <note> [vault]`: what depends on an item, transitively, and what it depends on. */
export const impactCommand: Command = {
  name: 'impact',
  summary: 'what depends on an item and what it depends on, with the links between',
  details: [
    'NOTE is a note name or a path relative to the vault. Relations read from dependent to what it needs:',
    'a service "runs on" its device and "uses" its secrets, a backup "covers" a service, a domain "points at" one,',
    'a task "depends on" another; any other link field "links to" its target. Exit codes: 0 ok, 2 usage or I/O error.',
  ].join('\n'),
  spec: { positionals: ['note', 'vault'], flags: VAULT_FLAGS },
  run(ctx) {
    const [name, vaultArg] = ctx.args.positionals;
    if (name === undefined)
      throw new CliError('USAGE', 'impact needs a note', 'run `vault-stack impact --help` for usage');
    const vault = openVault(ctx, vaultArg ?? '.');
    const item = itemNamed(vault, name, 'impact');
    const result = impact(vault.index, item.path);
    if (!result) return 3;
    if (ctx.args.flags.json === true) {
      ctx.io.stdout(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    const titleOf = (path: string): string => oneLine(vault.index.get(path)?.title ?? path);
    const section = (heading: string, list: readonly ImpactReach[]): string[] =>
      list.length === 0
        ? [`${heading}: nothing`]
        : [
            `${heading} (${list.length}):`,
            ...list.map((r) => `  ${oneLine(r.title)} (${r.kind}): ${chainText(r.chain, titleOf)}`),
          ];
    const lines = [
      `${oneLine(result.title)} (${result.kind}, ${result.path})`,
      '',
      ...section('Depends on it', result.dependents),
      '',
      ...section('It depends on', result.dependencies),
      ...(result.cycles.length === 0
        ? []
        : [
            '',
            `Cycles (${result.cycles.length}):`,
            ...result.cycles.map((c) => `  ${[...c, c[0]].map(titleOf).join(' → ')}`),
          ]),
    ];
    ctx.io.stdout(lines.join('\n') + '\n');
    ctx.io.stderr(
      `${plural(result.dependents.length, 'dependent')}, ${plural(result.dependencies.length, 'dependency', 'dependencies')}\n`,
    );
    return 0;
  },
};
