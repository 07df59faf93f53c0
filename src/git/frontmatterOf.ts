import { parse } from 'yaml';

/**
 * The frontmatter of a note version as plain data, or `null` when it has none or it is not valid
 * YAML (a broken version is skipped by field history rather than reported as a change).
 */
export function frontmatterOf(text: string): Record<string, unknown> | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text) ?? /^\uFEFF?---\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (match === null) return null;
  try {
    const data: unknown = parse(match[1] ?? '');
    if (data === null || data === undefined) return {};
    return typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
