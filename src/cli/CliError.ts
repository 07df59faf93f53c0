/** Stable codes for failures the CLI reports instead of a stack trace. */
export type CliErrorCode = 'USAGE' | 'VAULT_NOT_FOUND' | 'VAULT_NOT_A_FOLDER' | 'IO';

/** A failure the CLI explains in one line and exits 2 for (usage or I/O, not vault problems). */
export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    message: string,
    /** A follow-up line, such as where to find help. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
