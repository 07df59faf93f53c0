/** Thrown when core date code is handed a value that should have been validated first (a bug, not user input). */
export class DateError extends Error {
  /** Stable error code for callers and tests. */
  readonly code = 'INVALID_DATE_ARGUMENT';

  constructor(message: string) {
    super(message);
    this.name = 'DateError';
  }
}
