/** How serious a problem is: an `error` makes the note (or field) unusable, a `warning` does not. */
export type Severity = 'error' | 'warning';

/**
 * One thing wrong with a note, as a value: shown in the dashboard's Problems section and by
 * `vault-stack check` as `path:line: field: message`.
 */
export interface Problem {
  /** Vault-relative path of the note, with `/` separators. */
  path: string;
  /** The frontmatter field at fault (`due`, `stack`, `depends[1]`), or `''` for the whole note. */
  field: string;
  /** A sentence a person understands: `due: "2026-13-45" is not a date (expected YYYY-MM-DD)`. */
  message: string;
  severity: Severity;
  /** 1-based line of the field in the file, when the host knows it. */
  line?: number;
}

/** Builds a problem value. */
export function problem(path: string, field: string, message: string, severity: Severity = 'error'): Problem {
  return { path, field, message, severity };
}
