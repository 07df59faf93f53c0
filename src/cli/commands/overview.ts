import { buildOverview, OVERVIEW_NOTE, OVERVIEW_REGION } from '../../core/overview/buildOverview';
import { resolveMoment } from '../clock';
import { configDirFlag, vaultSettings } from '../vault/vaultSettings';
import { writeGeneratedNote } from '../vault/writeGeneratedNote';
import type { Command } from './Command';
import { CLOCK_FLAGS, HELP_FLAG } from './commonFlags';
import { GENERATED_NOTE_FLAGS } from './generatedNoteFlags';
import { openVault } from './vaultArgs';

/** `vault-stack overview [vault] [--write]`: the stack overview as Markdown, printed or written to `Stack overview.md`. */
export const overviewCommand: Command = {
  name: 'overview',
  summary: 'the stack overview (tables, what is unhealthy, a Mermaid graph); --write updates "Stack overview.md"',
  details: [
    `--write puts the overview between the markers of its region in "${OVERVIEW_NOTE}" at the vault root (created when missing);`,
    'text around the region is kept, nothing is written when nothing changed, and a region edited by hand is left alone (exit 1) unless --force.',
    'Exit codes: 0 printed, written or up to date, 1 the region was edited by hand, 2 usage or I/O error (or broken markers).',
  ].join('\n'),
  spec: { positionals: ['vault'], flags: { ...GENERATED_NOTE_FLAGS, ...configDirFlag, ...CLOCK_FLAGS, ...HELP_FLAG } },
  run(ctx) {
    const flags = ctx.args.flags;
    const vault = openVault(ctx);
    const settings = vaultSettings(vault.root, flags);
    const content = buildOverview(vault.index, {
      ...resolveMoment(flags, () => ctx.io.now()),
      horizonDays: settings.horizonDays,
    });
    if (flags.write !== true) {
      ctx.io.stdout(content + '\n');
      return 0;
    }
    return writeGeneratedNote(ctx.io, {
      root: vault.root,
      path: OVERVIEW_NOTE,
      region: OVERVIEW_REGION,
      content,
      heading: 'Stack overview',
      force: flags.force === true,
    });
  },
};
