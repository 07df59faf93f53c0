/**
 * What a host knows of a note's file beyond its frontmatter, for `file.ctime`, `file.mtime`,
 * `file.size`, `file.backlinks` and `file.embeds`. Each part is optional: a host that does not know
 * one leaves it out, and the property reads as null (an empty list for the link lists).
 */
export interface FileInfo {
  /** Creation time, in minutes since 1970-01-01T00:00 local time. */
  ctime?: number;
  /** Last modification time, in minutes since 1970-01-01T00:00 local time. */
  mtime?: number;
  /** Size in bytes. */
  size?: number;
  /** Paths of the notes linking to this one. */
  backlinks?: readonly string[];
  /** Targets of the note's embeds (`![[…]]`), as written. */
  embeds?: readonly string[];
}
