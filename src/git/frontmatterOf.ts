import { findFrontmatter } from '../core/notes/findFrontmatter';
import { parseFrontmatter } from '../core/notes/parseFrontmatter';

/**
 * The frontmatter of a note version as plain data, read by the index's own reader (the same
 * block, the same YAML schema and limits), or `null` when it has none or it does not parse (a
 * broken version is skipped by field history rather than reported as a change).
 */
export function frontmatterOf(text: string): Record<string, unknown> | null {
  const block = findFrontmatter(text);
  if (block.type !== 'block') return null;
  if (block.yaml.trim() === '') return {};
  const parsed = parseFrontmatter(block.yaml, block.firstLine);
  return parsed.ok ? parsed.frontmatter : null;
}
