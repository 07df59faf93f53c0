import type { Item } from '../model/Item';

/** A property value as the host reads it from a Base entry: text, a number, a boolean, a list of them; undefined when missing. */
export type BaseValue = string | number | boolean | null | undefined | readonly BaseValue[];

/** One entry of a Base's result as the Vault Stack views read it: plain values, and the item when the note is one. */
export interface BaseRow {
  /** The note's vault path: the row's key. */
  path: string;
  /** The item's title, else the file's basename. */
  title: string;
  /** Reads a property by id (`note.log`, `file.name`, `formula.x`); undefined when the entry has none. */
  value(property: string): BaseValue;
  /** The Vault Stack item the note declares, when it is one. */
  item?: Item;
}

/** The rows sharing one value of the Base's groupBy; `label` is null without groupBy or for rows without a value. */
export interface BaseRowGroup {
  label: string | null;
  rows: readonly BaseRow[];
}

/** A property shown on a card: its id and the name the Base gives it. */
export interface BaseProperty {
  id: string;
  name: string;
}

/**
 * The frontmatter field behind a `note.` property, or null for `file.` and `formula.` ones.
 * @example noteField('note.tls-expires') // 'tls-expires'
 */
export function noteField(property: string): string | null {
  return property.startsWith('note.') ? property.slice(5) : null;
}
