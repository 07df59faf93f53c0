import { Notice, type Command } from 'obsidian';
import { planCounts } from '../core/formats/ImportPlan';
import { parseNetscape } from '../core/formats/netscape';
import { planBookmarkImport } from '../core/formats/planBookmarkImport';
import { FilePickerModal } from '../obsidian/modals/FilePickerModal';
import { ImportPreviewModal } from '../obsidian/modals/ImportPreviewModal';
import type { PluginContext } from '../obsidian/PluginContext';
import { reportFailure } from '../obsidian/reportFailure';
import { applyImportPlan, vaultImportInput } from '../obsidian/vaultImport';

const FORMAT = 'netscape';

/**
 * Picks a Netscape bookmark file (the HTML export of a browser, Linkding, Pinboard or Raindrop),
 * previews what it creates, updates and leaves in conflict, then applies it. The last-import state
 * is shared with `vault-stack import netscape`. Raindrop's CSV is read by the CLI only
 * (`vault-stack import raindrop`), keeping the plugin bundle within its budget.
 */
export function importBookmarksCommand(ctx: PluginContext): Command {
  return {
    id: 'import-bookmarks',
    name: 'Import bookmarks…',
    callback: () => {
      new FilePickerModal(ctx.app, {
        title: 'Import bookmarks',
        description:
          'Choose the bookmark file (HTML) that a browser, Linkding, Pinboard or Raindrop exported. Nothing changes before you confirm.',
        accept: '.html,.htm,text/html',
        onPick: (name, text) => preview(ctx, name, text),
      }).open();
    },
  };
}

async function preview(ctx: PluginContext, name: string, text: string): Promise<void> {
  try {
    const vault = await vaultImportInput(ctx.app, ctx.source.index, 'bookmark', FORMAT, ctx.clock.today());
    const plan = planBookmarkImport(parseNetscape(text), vault, { foldersAsTags: false });
    new ImportPreviewModal(ctx.app, {
      title: 'Import bookmarks',
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
