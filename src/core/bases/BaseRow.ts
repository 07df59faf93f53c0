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
  readonly item?: Item;
  /**
   * The note's frontmatter as the host holds it, when it can hand it over: a model reading many
   * rows reads `note.` properties here directly (the same values `value` gives, before `plainValue`).
   */
  readonly frontmatter?: Readonly<Record<string, unknown>>;
}

/**
 * A frontmatter value as a BaseValue (a mapping becomes its JSON text). A list of plain values is
 * returned as it is, not copied, so an unchanged note gives the same object on the next update.
 * @example plainValue(['2026-11-27', { a: 1 }]) // ['2026-11-27', '{"a":1}']
 */
export function plainValue(raw: unknown): BaseValue {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (Array.isArray(raw)) return raw.every(isPlain) ? (raw as BaseValue[]) : raw.map(plainValue);
  return JSON.stringify(raw);
}

function isPlain(v: unknown): boolean {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/**
 * The rows sharing one value of the Base's groupBy; `label` is null without groupBy or for rows
 * without a value. Rows are made on demand (`row(i)`), so a view that shows the first rows of a
 * Base of thousands reads only those.
 */
export interface BaseRowGroup {
  label: string | null;
  size: number;
  /** The row at `0 <= i < size` (made at most once). */
  row(i: number): BaseRow;
}

/**
 * A group over rows made on first use by `make`.
 * @example lazyGroup('home', entries.length, (i) => rowOf(entries[i]))
 */
export function lazyGroup(label: string | null, size: number, make: (i: number) => BaseRow): BaseRowGroup {
  const made: BaseRow[] = [];
  return {
    label,
    size,
    row: (i) => {
      let row = made[i];
      if (row === undefined) {
        row = make(i);
        made[i] = row;
      }
      return row;
    },
  };
}

/** A group over rows already made. */
export function groupOf(label: string | null, rows: readonly BaseRow[]): BaseRowGroup {
  return lazyGroup(label, rows.length, (i) => rows[i]);
}

/** Every row of a group, in order. */
export function rowsOf(group: BaseRowGroup): BaseRow[] {
  return Array.from({ length: group.size }, (_, i) => group.row(i));
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
