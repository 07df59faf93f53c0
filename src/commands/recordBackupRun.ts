import type { Command } from 'obsidian';
import { ChoiceModal } from '../obsidian/modals/ChoiceModal';
import type { PluginContext } from '../obsidian/PluginContext';
import { chooseItem, itemChoice } from './itemChoices';

/** Records a backup run now: pick the backup, then whether it succeeded or failed. */
export function recordBackupRunCommand(ctx: PluginContext): Command {
  return {
    id: 'record-backup-run',
    name: 'Record a backup run',
    callback: () => {
      const choices = ctx.source.index.byKind('backup').map((b) => itemChoice(b));
      chooseItem(ctx, choices, 'Backup that ran…', 'No backups yet: add a note with `stack: backup`.', (item) => {
        const results = [
          { value: 'ok' as const, label: 'Succeeded' },
          { value: 'failed' as const, label: 'Failed' },
        ];
        new ChoiceModal(ctx.app, results, `How did "${item.title}" go?`, (result) =>
          ctx.actions.recordBackupRun(item.path, result),
        ).open();
      });
    },
  };
}
