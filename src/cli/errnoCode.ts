/** The `code` of a Node system error (`ENOENT`, `EACCES`), or the error's text when it has none. */
export function errnoCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(error);
}

/** True for a Node system error (`ENOENT`, `EACCES`, …): an I/O failure, not a bug. */
export function isSystemError(error: unknown): error is Error {
  return error instanceof Error && /^E[A-Z]+$/.test(errnoCode(error));
}
