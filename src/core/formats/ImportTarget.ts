import type { FrontmatterValue } from '../frontmatter/FrontmatterEdit';
import type { FieldSpec } from '../kinds/KindSpec';

/** The frontmatter an incoming record maps to; `undefined` means the source has no value for the field. */
export type ImportFields = Readonly<Record<string, FrontmatterValue | undefined>>;

/** An existing note as the merge sees it: its path and frontmatter (as parsed, `item.frontmatter`). */
export interface ImportNote {
  path: string;
  frontmatter: Readonly<Record<string, unknown>>;
}

/** Links from one incoming record to the notes of other records (existing or about to be created). */
export interface ImportLinks {
  /** `"[[Note]]"` for the note of the record keyed `key`, or undefined when there is none in the vault or the import. */
  linkTo(key: string): string | undefined;
}

/**
 * How one format's records become notes of one kind, for `planImport`: which kind, which field
 * holds the identity, how a record maps to a title and fields. One per import format
 * (`TASKWARRIOR_TARGET`: kind `task`, key field `uuid`).
 */
export interface ImportTarget<R> {
  /** The kind of the notes (`stack:`), e.g. `task`. */
  kind: string;
  /** The kind's fields, for the template new notes start from (`KIND_SPECS.task.fields`). */
  templateFields: Readonly<Record<string, FieldSpec>>;
  /** The frontmatter field that keeps the identity in the note (`uuid`, `url`). */
  keyField: string;
  /** A record's identity (a Taskwarrior uuid, a normalized URL). */
  keyOf(record: R): string;
  /**
   * An existing note's identity, or undefined when it has none: by default its key field as text.
   * A target may normalize (a URL) or derive one for notes without the field (a task's stable uuid).
   */
  noteKey?(note: ImportNote): string | undefined;
  /** The title of a new note (its file name follows it), also written to `title`. */
  titleOf(record: R): string;
  /** The fields to write (besides `title` and the key field, which the merge adds). */
  fieldsOf(record: R, links: ImportLinks): ImportFields;
  /** Whether the vault's value and an incoming one mean the same (default: the same data). */
  same?(field: string, vault: unknown, incoming: FrontmatterValue | undefined): boolean;
}
