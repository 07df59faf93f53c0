import { derivedState } from '../../core/dashboard/derivedProperties';
import { isBuiltinKind } from '../../core/kinds/registry';
import { BUILTIN_KINDS } from '../../core/model/Item';
import { CliError } from '../CliError';
import { resolveMoment } from '../clock';
import { didYouMean } from '../didYouMean';
import { formatTable, oneLine } from '../table';
import type { Command } from './Command';
import { CLOCK_FLAGS, VAULT_FLAGS } from './commonFlags';
import { KIND_COLUMNS, stateSummary } from './listColumns';
import { openVault, plural } from './vaultArgs';

/** `vault-stack list`: the vault's items with their derived state on the day, optionally of one kind, as a table or JSON. */
export const listCommand: Command = {
  name: 'list',
  summary: 'list the items in the vault, with their state today',
  details:
    "With --kind, the columns that kind needs (a task's due, urgency and blocked; a habit's streak; a backup's state and next run; …). --json adds each item's derived state as `state`, under the names queries read.",
  spec: {
    positionals: ['vault'],
    flags: {
      kind: {
        type: 'string',
        placeholder: 'KIND',
        description: 'only items of this kind (task, habit, or a user kind)',
      },
      ...CLOCK_FLAGS,
      ...VAULT_FLAGS,
    },
  },
  run(ctx) {
    const moment = resolveMoment(ctx.args.flags, () => ctx.io.now());
    const vault = openVault(ctx);
    const kind = typeof ctx.args.flags.kind === 'string' ? ctx.args.flags.kind.toLowerCase() : undefined;
    if (kind !== undefined && !isBuiltinKind(kind) && !vault.index.userKinds().has(kind)) {
      const known = Object.keys(vault.index.stats().byKind).sort().join(', ') || 'none';
      throw new CliError(
        'USAGE',
        `unknown kind "${kind}"${didYouMean(kind, [...BUILTIN_KINDS, ...vault.index.userKinds().keys()])}`,
        `kinds in this vault: ${known}`,
      );
    }
    const items = kind === undefined ? vault.index.items() : vault.index.byKind(kind);
    const states = items.map((item) => derivedState(vault.index, item, moment.today, moment.now));
    if (ctx.args.flags.json === true) {
      ctx.io.stdout(
        JSON.stringify(
          items.map((item, i) => ({ ...item, state: states[i] })),
          null,
          2,
        ) + '\n',
      );
      return 0;
    }
    const width = ctx.io.stdoutIsTTY ? ctx.io.columns : undefined;
    const columns = kind === undefined ? undefined : KIND_COLUMNS[kind];
    if (columns) {
      const rows = items.map((item, i) => [
        oneLine(item.title),
        ...columns.cells(item, states[i]).map(oneLine),
        item.path,
      ]);
      ctx.io.stdout(formatTable(['TITLE', ...columns.header, 'PATH'], rows, width));
    } else {
      const rows = items.map((item, i) => [
        item.kind,
        oneLine(item.title),
        oneLine(stateSummary(item, states[i])),
        item.path,
      ]);
      ctx.io.stdout(formatTable(['KIND', 'TITLE', 'STATE', 'PATH'], rows, width));
    }
    ctx.io.stderr(`${plural(items.length, 'item')} on ${moment.today}\n`);
    return 0;
  },
};
