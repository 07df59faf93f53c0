import { Notice, type Command } from 'obsidian';
import { KIND_LIBRARY, libraryKindNote, libraryKindPath, type LibraryKind } from '../core/library/kindLibrary';
import { ChoiceModal } from '../obsidian/modals/ChoiceModal';
import type { PluginContext } from '../obsidian/PluginContext';

/** Offers the library's kinds the vault does not declare yet; the chosen one's declaration note is written to `Kinds/` and opened. */
export function addLibraryKindCommand(ctx: PluginContext): Command {
  return {
    id: 'add-library-kind',
    name: 'Add a kind from the library',
    callback: () => {
      const declared = ctx.source.index.userKinds();
      const choices = KIND_LIBRARY.filter((k) => !declared.has(k.name)).map((k) => ({
        value: k,
        label: k.name,
        hint: k.description,
      }));
      if (choices.length === 0) {
        new Notice('Every kind in the library is already declared in this vault.');
        return;
      }
      new ChoiceModal(ctx.app, choices, 'Kind to add…', (kind) => addKind(ctx, kind)).open();
    },
  };
}

async function addKind(ctx: PluginContext, kind: LibraryKind): Promise<void> {
  const path = libraryKindPath(kind);
  try {
    if (ctx.app.vault.getAbstractFileByPath(path) !== null) {
      new Notice(`${path} already exists: rename it to add the ${kind.name} kind.`);
      return;
    }
    if (ctx.app.vault.getAbstractFileByPath('Kinds') === null) await ctx.app.vault.createFolder('Kinds');
    const file = await ctx.app.vault.create(path, libraryKindNote(kind));
    await ctx.app.workspace.getLeaf(false).openFile(file, { active: true });
    new Notice(`Added the ${kind.name} kind: notes with \`stack: ${kind.name}\` are now items.`);
  } catch (error) {
    new Notice(`Could not add the ${kind.name} kind: ${error instanceof Error ? error.message : String(error)}`);
  }
}
