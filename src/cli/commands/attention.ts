import { attention } from '../../core/attention/attention';
import { compareEntries } from '../../core/attention/AttentionEntry';
import { resolveMoment } from '../clock';
import { formatTable, oneLine } from '../table';
import type { Command } from './Command';
import { CLOCK_FLAGS, VAULT_FLAGS } from './commonFlags';
import { readerProblemEntries } from './readerProblemEntries';
import { openVault, plural } from './vaultArgs';

/** `vault-stack attention`: the ranked queue of what needs the user now. */
export const attentionCommand: Command = {
  name: 'attention',
  summary: 'show what needs attention now, most urgent first',
  spec: { positionals: ['vault'], flags: { ...CLOCK_FLAGS, ...VAULT_FLAGS } },
  run(ctx) {
    const moment = resolveMoment(ctx.args.flags, () => ctx.io.now());
    const vault = openVault(ctx);
    const entries = [...attention(vault.index, moment), ...readerProblemEntries(vault.readerProblems)].sort(compareEntries);
    if (ctx.args.flags.json === true) {
      ctx.io.stdout(JSON.stringify({ today: moment.today, now: moment.now, entries }, null, 2) + '\n');
      return 0;
    }
    const rows = entries.map((e) => [e.severity, e.kind, oneLine(e.title), oneLine(e.reason)]);
    ctx.io.stdout(formatTable(['SEVERITY', 'KIND', 'TITLE', 'REASON'], rows, ctx.io.stdoutIsTTY ? ctx.io.columns : undefined));
    ctx.io.stderr(`${plural(entries.length, 'entry', 'entries')} on ${moment.today}\n`);
    return 0;
  },
};
