import type { Command } from 'obsidian';
import { createItemNote, newItemKinds, noteNameFor, type NewItemKind } from '../obsidian/createItemNote';
import { ChoiceModal } from '../obsidian/modals/ChoiceModal';
import { reportFailure } from '../obsidian/reportFailure';
import { TextPromptModal } from '../obsidian/modals/TextPromptModal';
import type { PluginContext } from '../obsidian/PluginContext';

/** Picks a kind (yours included), asks for a title, creates the note from the kind's template and opens it. */
export function newItemCommand(ctx: PluginContext): Command {
  return {
    id: 'new-item',
    name: 'New item',
    callback: () => {
      const choices = newItemKinds(ctx.source.index).map((kind) => ({
        value: kind,
        label: kind.name,
        hint: kind.description,
      }));
      new ChoiceModal(ctx.app, choices, 'Kind of item…', (kind) => askTitle(ctx, kind)).open();
    },
  };
}

function askTitle(ctx: PluginContext, kind: NewItemKind): void {
  new TextPromptModal(ctx.app, {
    title: `New ${kind.name}`,
    label: 'Title',
    placeholder: 'What is it called?',
    submitText: 'Create',
    validate: (value) => (noteNameFor(value) === '' ? 'Enter a title with at least one letter or digit.' : null),
    onSubmit: async (title) => {
      try {
        const file = await createItemNote(ctx.app, ctx.source.index, kind, title.trim(), ctx.clock.today());
        await ctx.app.workspace.getLeaf(false).openFile(file, { active: true });
      } catch (error) {
        reportFailure(`Could not create "${title.trim()}"`, error);
      }
    },
  }).open();
}
