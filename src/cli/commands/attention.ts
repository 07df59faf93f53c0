import { attention } from '../../core/attention/attention';
import { resolveMoment } from '../clock';
import { formatTable, oneLine } from '../table';
import { configDirFlag, vaultSettings } from '../vault/vaultSettings';
import type { Command } from './Command';
import { CLOCK_FLAGS, VAULT_FLAGS } from './commonFlags';
import { openVault, plural } from './vaultArgs';

/**
 * `vault-stack attention`: the ranked queue of what needs the user now — the entries of the
 * dashboard's "Needs attention" section, with the horizon from the vault's plugin settings.
 * A note's problems are `check`'s (the dashboard's Problems section): only counted here.
 */
export const attentionCommand: Command = {
  name: 'attention',
  summary: 'show what needs attention now, most urgent first',
  details:
    "Expiries count within the vault's due-soon horizon (plugin settings; default 90 days). Problems in notes are listed by `check`.",
  spec: { positionals: ['vault'], flags: { ...CLOCK_FLAGS, ...configDirFlag, ...VAULT_FLAGS } },
  run(ctx) {
    const moment = resolveMoment(ctx.args.flags, () => ctx.io.now());
    const vault = openVault(ctx);
    const { horizonDays } = vaultSettings(vault.root, ctx.args.flags);
    const entries = attention(vault.index, { ...moment, horizonDays });
    const errors = vault.problems.filter((p) => p.severity === 'error').length;
    if (ctx.args.flags.json === true) {
      ctx.io.stdout(
        JSON.stringify(
          {
            today: moment.today,
            now: moment.now,
            horizonDays,
            entries,
            problems: { errors, warnings: vault.problems.length - errors },
          },
          null,
          2,
        ) + '\n',
      );
      return 0;
    }
    const rows = entries.map((e) => [e.severity, e.kind, oneLine(e.title), oneLine(e.reason)]);
    ctx.io.stdout(
      formatTable(['SEVERITY', 'KIND', 'TITLE', 'REASON'], rows, ctx.io.stdoutIsTTY ? ctx.io.columns : undefined),
    );
    const problems = errors > 0 ? `; ${plural(errors, 'error')} in notes: run \`vault-stack check\`` : '';
    ctx.io.stderr(`${plural(entries.length, 'entry', 'entries')} on ${moment.today}${problems}\n`);
    return 0;
  },
};
