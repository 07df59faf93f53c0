/** A scalar a frontmatter edit can write: dates and wikilinks are strings (`'2026-11-28'`, `'[[Note]]'`). */
export type FrontmatterScalar = string | number | boolean | null;

/** A value a frontmatter edit can write: a scalar or a list of scalars. */
export type FrontmatterValue = FrontmatterScalar | FrontmatterScalar[];

/**
 * One change to a note's top-level frontmatter. `set` adds or replaces a key, `delete` removes it,
 * `append` adds an item to a list (creating the list when absent; with `unique`, only when the item
 * is not already there), `removeItem` removes every equal item from a list.
 */
export type FrontmatterEdit =
  | { op: 'set'; key: string; value: FrontmatterValue }
  | { op: 'delete'; key: string }
  | { op: 'append'; key: string; value: FrontmatterScalar; unique: boolean }
  | { op: 'removeItem'; key: string; value: FrontmatterScalar };

/** Constructors for frontmatter edits. */
export const Edits = {
  /** Sets `key` to `value`, keeping the key's position when it exists, appending it when not. */
  set: (key: string, value: FrontmatterValue): FrontmatterEdit => ({ op: 'set', key, value }),
  /** Removes `key` and its value (comment lines above it stay). */
  delete: (key: string): FrontmatterEdit => ({ op: 'delete', key }),
  /** Appends `value` to the list at `key`; with `unique`, does nothing when it is already there. */
  append: (key: string, value: FrontmatterScalar, unique = false): FrontmatterEdit => ({
    op: 'append',
    key,
    value,
    unique,
  }),
  /** Removes every item equal to `value` from the list at `key`. */
  removeItem: (key: string, value: FrontmatterScalar): FrontmatterEdit => ({ op: 'removeItem', key, value }),
};

/** Writes a wikilink as a frontmatter string: `wikilink('Note')` → `'[[Note]]'`. */
export function wikilink(target: string, alias?: string): string {
  return alias === undefined ? `[[${target}]]` : `[[${target}|${alias}]]`;
}
