import type { Command } from 'obsidian';
import { isKind } from '../core/model/Item';
import type { PluginContext } from '../obsidian/PluginContext';
import { chooseItem, itemChoice } from './itemChoices';

/** Records today as the day a secret was rotated. */
export function markSecretRotatedCommand(ctx: PluginContext): Command {
  return {
    id: 'mark-secret-rotated',
    name: 'Mark a secret rotated',
    callback: () => {
      const choices = ctx.source.index
        .byKind('secret')
        .map((s) =>
          itemChoice(s, isKind(s, 'secret') && s.data.rotated !== undefined ? `rotated ${s.data.rotated}` : undefined),
        );
      chooseItem(ctx, choices, 'Secret you rotated…', 'No secrets yet: add a note with `stack: secret`.', (item) =>
        ctx.actions.markSecretRotated(item.path),
      );
    },
  };
}
