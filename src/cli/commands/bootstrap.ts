import { BOOTSTRAP_REGION, bootstrapChecklist, bootstrapNotePath } from '../../core/bootstrap/bootstrapChecklist';
import { CliError } from '../CliError';
import { itemNamed } from '../vault/itemNamed';
import { writeGeneratedNote } from '../vault/writeGeneratedNote';
import type { Command } from './Command';
import { HELP_FLAG } from './commonFlags';
import { GENERATED_NOTE_FLAGS } from './generatedNoteFlags';
import { openVault } from './vaultArgs';

/** `vault-stack bootstrap <device> [vault] [--write]`: the checklist to rebuild one device. */
export const bootstrapCommand: Command = {
  name: 'bootstrap',
  summary: 'the checklist to rebuild a device: its steps, services, secrets (references only), backups, domains',
  details: [
    'DEVICE is a device note\'s name or path. --write puts the checklist into "<device> bootstrap.md" beside the device note;',
    'ticks of steps that are still there are kept, nothing is written when nothing changed, and a region edited by hand is left alone (exit 1) unless --force.',
    'Exit codes: 0 printed, written or up to date, 1 the region was edited by hand, 2 usage or I/O error.',
  ].join('\n'),
  spec: { positionals: ['device', 'vault'], flags: { ...GENERATED_NOTE_FLAGS, ...HELP_FLAG } },
  run(ctx) {
    const [name, vaultArg] = ctx.args.positionals;
    if (name === undefined)
      throw new CliError('USAGE', 'bootstrap needs a device', 'run `vault-stack bootstrap --help` for usage');
    const vault = openVault(ctx, vaultArg ?? '.');
    const device = itemNamed(vault, name, 'bootstrap');
    const content = bootstrapChecklist(vault.index, device.path);
    if (content === null)
      throw new CliError(
        'USAGE',
        `${device.path} is a ${device.kind}, not a device`,
        'name a note with `stack: device`',
      );
    if (ctx.args.flags.write !== true) {
      ctx.io.stdout(content + '\n');
      return 0;
    }
    const path = bootstrapNotePath(device.path);
    return writeGeneratedNote(ctx.io, {
      root: vault.root,
      path,
      region: BOOTSTRAP_REGION,
      content,
      heading: `Bootstrap ${device.title}`,
      force: ctx.args.flags.force === true,
    });
  },
};
