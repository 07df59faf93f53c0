/**
 * The kind a note's frontmatter declares, as the index reads it: its `stack:` value trimmed and
 * lower-cased (`stack: Secret` is a secret); undefined when `stack:` is missing or not text.
 * @example declaredKind({ stack: ' Secret ' }) // → 'secret'
 */
export function declaredKind(frontmatter: unknown): string | undefined {
  if (frontmatter === null || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) return undefined;
  const stack: unknown = Object.prototype.hasOwnProperty.call(frontmatter, 'stack')
    ? (frontmatter as Record<string, unknown>).stack
    : undefined;
  return typeof stack === 'string' ? stack.trim().toLowerCase() : undefined;
}
