import { isBuiltinKind } from '../../core/kinds/registry';
import { BUILTIN_KINDS } from '../../core/model/Item';
import { CliError } from '../CliError';
import { didYouMean } from '../didYouMean';
import { formatTable, oneLine } from '../table';
import type { Command } from './Command';
import { VAULT_FLAGS } from './commonFlags';
import { openVault, plural } from './vaultArgs';

/** `vault-stack list`: the vault's items, optionally of one kind, as a table or JSON. */
export const listCommand: Command = {
  name: 'list',
  summary: 'list the items in the vault',
  spec: {
    positionals: ['vault'],
    flags: { kind: { type: 'string', placeholder: 'KIND', description: 'only items of this kind (task, habit, or a user kind)' }, ...VAULT_FLAGS },
  },
  run(ctx) {
    const vault = openVault(ctx);
    const kind = typeof ctx.args.flags.kind === 'string' ? ctx.args.flags.kind.toLowerCase() : undefined;
    if (kind !== undefined && !isBuiltinKind(kind) && !vault.index.userKinds().has(kind)) {
      const known = Object.keys(vault.index.stats().byKind).sort().join(', ') || 'none';
      throw new CliError('USAGE', `unknown kind "${kind}"${didYouMean(kind, [...BUILTIN_KINDS, ...vault.index.userKinds().keys()])}`, `kinds in this vault: ${known}`);
    }
    const items = kind === undefined ? vault.index.items() : vault.index.byKind(kind);
    if (ctx.args.flags.json === true) {
      ctx.io.stdout(JSON.stringify(items, null, 2) + '\n');
      return 0;
    }
    const rows = items.map((item) => [item.kind, oneLine(item.title), item.path]);
    ctx.io.stdout(formatTable(['KIND', 'TITLE', 'PATH'], rows, ctx.io.stdoutIsTTY ? ctx.io.columns : undefined));
    ctx.io.stderr(`${plural(items.length, 'item')}\n`);
    return 0;
  },
};
