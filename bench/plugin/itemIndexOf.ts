import { ItemIndex } from '../../src/core/index/ItemIndex';
import { readNote } from '../../src/core/notes/readNote';
import { itemNoteTexts } from '../generateVault';
import { noteReadOf } from '../../src/core/notes/readNote';

/** One parsed item note, ready to upsert. */
export interface ItemInput {
  path: string;
  frontmatter: Record<string, unknown>;
  lines: Readonly<Record<string, number>>;
}

/** `count` generated item notes (every kind in turn), read as the CLI reads them. */
export function itemInputs(count: number, seed = 20261128): ItemInput[] {
  return itemNoteTexts(count, seed).map(({ path, text }) => {
    const read = readNote(path, text);
    if (read.type !== 'item') throw new Error(`generated note ${path} is not an item`);
    return { path, frontmatter: read.frontmatter, lines: read.lines };
  });
}

/** An ItemIndex holding `inputs`. */
export function indexOf(inputs: readonly ItemInput[]): ItemIndex {
  const index = new ItemIndex();
  for (const input of inputs) index.upsert(input.path, noteReadOf(input.frontmatter, input.lines));
  return index;
}

/** Frontmatter of a task flipped between two states, so every upsert is a real change. */
export function taskFlipper(inputs: readonly ItemInput[]): { input: ItemInput; next(): Record<string, unknown> } {
  const input = inputs.find((i) => i.frontmatter.stack === 'task') ?? inputs[0];
  const versions = [input.frontmatter, { ...input.frontmatter, status: 'done', done: '2026-11-28' }];
  let flip = 0;
  return { input, next: () => versions[++flip % 2] };
}
