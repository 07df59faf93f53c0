import type { ItemOf, ParseResult } from '../model/Item';
import type { NoteRead } from '../notes/readNote';

/** What the index hands the parser for one note (the shape of `kinds/parseItem`'s input). */
export interface IndexParseInput {
  path: string;
  frontmatter: Record<string, unknown> | null | undefined;
  lines?: Readonly<Record<string, number>>;
}

/** One note for `ItemIndex.upsertMany`: the arguments of one `upsert`. */
export interface IndexNoteInput {
  path: string;
  read: NoteRead;
  /**
   * What the parser returned for this very input with the user kinds the load ends with (for
   * example from a cache); a bulk load into an empty index uses it instead of parsing.
   */
  parsed?: ParseResult;
}

/** User-defined kinds by name, as the parser takes them. */
export type IndexUserKinds = ReadonlyMap<string, ItemOf<'kind'>>;

/** A note parser: `kinds/parseItem` by default; tests may wrap it to count calls. */
export type ParseFn = (input: IndexParseInput, userKinds: IndexUserKinds) => ParseResult;

/** One resolved relation: `from`'s field `field` links (as `target`) to the note at `to`. */
export interface LinkEdge {
  from: string;
  to: string;
  field: string;
  /** The target as written in the note. */
  target: string;
}

/** Counts for the dashboard header and `vault-stack check`. */
export interface IndexStats {
  notes: number;
  items: number;
  errors: number;
  warnings: number;
  byKind: Record<string, number>;
  byGroup: Record<string, number>;
}

/** Work counters, for tests that prove a change costs the same at any vault size. */
export interface IndexWork {
  /** Calls to the parser. */
  parses: number;
  /** Notes whose relations were re-checked (dangling or wrong-kind links). */
  linkChecks: number;
}
