/**
 * An expected failure as a value, one shape for every layer: a frontmatter edit refused, a secret
 * guard finding, a git refusal, a query error. `code` is stable (code and tests match on it, a
 * person never has to read it); `message` says what happened and the fix, in the user's words.
 */
export interface Refusal {
  readonly code: string;
  readonly message: string;
  /** The frontmatter field (or query property) at fault, when there is one. */
  readonly field?: string;
  /** 1-based line in the note, when known. */
  readonly line?: number;
}

/** Where a refusal points: a field and a line, each when known. */
export interface RefusalPlace {
  field?: string;
  line?: number;
}

/**
 * Builds a refusal, leaving out the place fields that are not known.
 * @example refusal('EDIT_REFUSED', 'its frontmatter does not parse', { line: 3 }) // → { code, message, line: 3 }
 */
export function refusal(code: string, message: string, place: RefusalPlace = {}): Refusal {
  return {
    code,
    message,
    ...(place.field === undefined ? {} : { field: place.field }),
    ...(place.line === undefined ? {} : { line: place.line }),
  };
}

/** True for a value of the refusal shape (a code and a message, both strings). */
export function isRefusal(value: unknown): value is Refusal {
  if (typeof value !== 'object' || value === null || value instanceof Error) return false;
  const v = value as { code?: unknown; message?: unknown };
  return typeof v.code === 'string' && typeof v.message === 'string';
}

/** An error that carries a refusal, for code paths that must throw (inside `Vault.process`, a queue). */
export class RefusalError extends Error {
  override readonly name = 'RefusalError';

  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}
