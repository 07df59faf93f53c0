/** Stable codes for the errors the test host throws. */
export type HostErrorCode =
  | 'ENOENT'
  | 'EEXIST'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'ENOTEMPTY'
  | 'EINVAL'
  | 'NO_DOM'
  | 'NO_REQUEST_HANDLER'
  | 'NOT_IMPLEMENTED';

/** An error thrown by the in-memory Obsidian host, carrying a stable `code` like Node's fs errors. */
export class HostError extends Error {
  override readonly name = 'HostError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

/** Builds the error Obsidian's desktop adapter raises for a missing path. */
export function enoent(op: string, path: string): HostError {
  return new HostError('ENOENT', `ENOENT: no such file or directory, ${op} '${path}'`, path);
}

/** Builds the error for a member of the Obsidian API that this host does not emulate. */
export function notImplemented(member: string): HostError {
  return new HostError('NOT_IMPLEMENTED', `${member} is not implemented by the test host (tests/host)`);
}

/** Throws a clear error when a DOM is required but the test runs in the node environment. */
export function requireDocument(what: string): Document {
  if (typeof document === 'undefined') {
    throw new HostError(
      'NO_DOM',
      `${what} needs a DOM: add the /** @jest-environment jsdom */ docblock to the test file`,
    );
  }
  return document;
}
