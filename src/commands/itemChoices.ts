import { Notice } from 'obsidian';
import type { Item } from '../core/model/Item';
import { ChoiceModal, type Choice } from '../obsidian/modals/ChoiceModal';
import type { PluginContext } from '../obsidian/PluginContext';

/** An item as a choice: its title, with its folder (and an optional note) as the hint. */
export function itemChoice(item: Item, note?: string): Choice<Item> {
  const folder = item.path.includes('/') ? item.path.slice(0, item.path.lastIndexOf('/')) : '';
  const hint = [note, folder].filter((s): s is string => s !== undefined && s !== '').join(' · ');
  return hint === '' ? { value: item, label: item.title } : { value: item, label: item.title, hint };
}

/** Opens a chooser of items, or says there is nothing to choose. */
export function chooseItem(
  ctx: PluginContext,
  choices: Choice<Item>[],
  placeholder: string,
  empty: string,
  onChoose: (item: Item) => unknown,
): void {
  if (choices.length === 0) {
    new Notice(empty);
    return;
  }
  new ChoiceModal(ctx.app, choices, placeholder, onChoose).open();
}
