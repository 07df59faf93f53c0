import type { Command } from 'obsidian';
import { planTaskwarriorImport } from '../core/formats/planTaskwarriorImport';
import { planCounts } from '../core/formats/ImportPlan';
import { Notice } from 'obsidian';
import { FilePickerModal } from '../obsidian/modals/FilePickerModal';
import { ImportPreviewModal } from '../obsidian/modals/ImportPreviewModal';
import type { PluginContext } from '../obsidian/PluginContext';
import { reportFailure } from '../obsidian/reportFailure';
import { applyImportPlan, vaultImportInput } from '../obsidian/vaultImport';
import { systemTimeZone } from '../node/systemTimeZone';

const FORMAT = 'taskwarrior';

/** Picks a `task export` JSON file, previews what it creates, updates and leaves in conflict, then applies it. */
export function importTaskwarriorCommand(ctx: PluginContext): Command {
  return {
    id: 'import-taskwarrior',
    name: 'Import Taskwarrior tasks…',
    callback: () => {
      new FilePickerModal(ctx.app, {
        title: 'Import Taskwarrior tasks',
        description: 'Choose the JSON file that `task export` wrote. Nothing changes before you confirm.',
        accept: '.json,application/json',
        onPick: (name, text) => preview(ctx, name, text),
      }).open();
    },
  };
}

/** Plans the import of one file and opens its preview. */
async function preview(ctx: PluginContext, name: string, text: string): Promise<void> {
  try {
    const vault = await vaultImportInput(ctx.app, ctx.source.index, 'task', FORMAT, ctx.clock.today());
    const plan = planTaskwarriorImport(text, vault, systemTimeZone);
    new ImportPreviewModal(ctx.app, {
      title: 'Import Taskwarrior tasks',
      source: name,
      plan,
      onApply: async () => {
        try {
          const applied = await applyImportPlan(ctx.app, plan, FORMAT);
          const conflicts = planCounts(plan).conflict;
          new Notice(
            `Imported ${name}: ${applied.created} created, ${applied.updated} updated${conflicts > 0 ? `, ${conflicts} conflict${conflicts === 1 ? '' : 's'} left as they are` : ''}.`,
          );
        } catch (error) {
          reportFailure(`Could not import ${name}`, error);
        }
      },
    }).open();
  } catch (error) {
    reportFailure(`Could not read ${name}`, error);
  }
}
