/** Thrown when a host passes `runQuery` a malformed clock (a bug in the caller, not user input). */
export class QueryContextError extends Error {
  /** Stable error code for callers and tests. */
  readonly code = 'INVALID_QUERY_CONTEXT';

  constructor(message: string) {
    super(message);
    this.name = 'QueryContextError';
  }
}
