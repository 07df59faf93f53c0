import { Notice, type Command } from 'obsidian';
import type { ImportPlan } from '../core/formats/ImportPlan';
import { planCounts } from '../core/formats/ImportPlan';
import { FilePickerModal, type FilePickerOptions } from '../obsidian/modals/FilePickerModal';
import { ImportPreviewModal } from '../obsidian/modals/ImportPreviewModal';
import type { PluginContext } from '../obsidian/PluginContext';
import { reportFailure } from '../obsidian/reportFailure';
import { applyImportPlan, vaultImportInput, type VaultImportInput } from '../obsidian/vaultImport';

/** One "Import …" command: which file to ask for, which notes it makes, how a file becomes a plan. */
export interface ImportFileCommandSpec extends Omit<FilePickerOptions, 'onPick'> {
  id: string;
  name: string;
  /** The kind of the notes it creates and matches. */
  kind: string;
  /** The format's name: its last-import state is shared with `vault-stack import <format>`. */
  format: string;
  plan(text: string, vault: VaultImportInput): ImportPlan;
}

/** Picks a file, previews what it creates, updates and leaves in conflict, then applies it through the vault. */
export function importFileCommand(ctx: PluginContext, spec: ImportFileCommandSpec): Command {
  const preview = async (name: string, text: string): Promise<void> => {
    try {
      const vault = await vaultImportInput(ctx.app, ctx.source.index, spec.kind, spec.format, ctx.clock.today());
      const plan = spec.plan(text, vault);
      new ImportPreviewModal(ctx.app, {
        title: spec.title,
        source: name,
        plan,
        onApply: async () => {
          try {
            const applied = await applyImportPlan(ctx.app, plan, spec.format);
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
  };
  return {
    id: spec.id,
    name: spec.name,
    callback: () => {
      new FilePickerModal(ctx.app, {
        title: spec.title,
        description: spec.description,
        accept: spec.accept,
        onPick: (name, text) => preview(name, text),
      }).open();
    },
  };
}
