/** Stable codes of the git layer's errors; tests and callers match on these, never on messages. */
export type GitErrorCode =
  | 'INDEX_LOCKED'
  | 'REF_MOVED'
  | 'NOT_A_REPOSITORY'
  | 'INVALID_PATH'
  | 'INDEX_CORRUPT'
  | 'NOT_FOUND'
  | 'IO';

/** A bug or I/O failure in the git layer, with a stable `code` and the operation that raised it. */
export class GitLayerError extends Error {
  override readonly name = 'GitLayerError';

  constructor(
    readonly code: GitErrorCode,
    message: string,
    readonly caller: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** True when an fs error means "no such file" (node's ENOENT/ENOTDIR, or an adapter saying so). */
export function isMissingFileError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'NotFoundError';
}

/** The `code` of an fs error (`EACCES`), or its text when it has none. */
export function errnoOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(err);
}
