/** A bug in the frontmatter editor (never bad user input): thrown with a stable `code`. */
export class FrontmatterError extends Error {
  /** Stable identifier, for tests and logs. */
  readonly code: 'render-failed';

  constructor(code: 'render-failed', message: string) {
    super(message);
    this.name = 'FrontmatterError';
    this.code = code;
  }
}
