/** Stable codes of remote failures; callers and tests match on these, never on messages. */
export type RemoteErrorCode =
  /** The remote refused the credentials (HTTP 401/403), or none were given. */
  | 'AUTH_FAILED'
  /** The repository URL answered 404. */
  | 'REMOTE_NOT_FOUND'
  /** The server could not be reached (connection refused, DNS, offline). */
  | 'REMOTE_UNREACHABLE'
  /** The server answered, but not as a git smart-HTTP server, or with another HTTP error. */
  | 'REMOTE_HTTP_ERROR'
  /** The named remote is not configured in the repository. */
  | 'NO_REMOTE'
  /** A remote URL carries credentials; they belong in secret storage, not in `.git/config`. */
  | 'CREDENTIALS_IN_URL'
  /** A remote URL is not http(s) (a local path, `file://`, `ssh://`): isomorphic-git has no other transport. */
  | 'UNSUPPORTED_URL'
  /** HEAD is not on a branch, so there is nothing to pull into or push from. */
  | 'DETACHED_HEAD'
  /** The branch to push has no commits yet. */
  | 'NOTHING_TO_PUSH'
  /** Pull was asked for a branch other than the checked-out one, whose working tree it would not match. */
  | 'BRANCH_NOT_CHECKED_OUT'
  /** The histories have several merge bases (criss-cross), which isomorphic-git cannot merge. */
  | 'MERGE_NOT_SUPPORTED';

/** A remote operation failed for a reason the user can act on; `code` is stable. */
export class RemoteError extends Error {
  override readonly name = 'RemoteError';

  constructor(
    readonly code: RemoteErrorCode,
    message: string,
    /** The operation that failed: `pull`, `push`, `clone`. */
    readonly caller: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}
