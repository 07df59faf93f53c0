import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { ParseInput } from '../../src/core/kinds/parseItem';

/**
 * Turns a Markdown note into the ParseInput a host would give parseItem: the `---` frontmatter
 * parsed with the real `yaml` package (YAML 1.2 core schema) and the 1-based file line of each
 * top-level key. A note without frontmatter gives `frontmatter: null`.
 */
export function markdownNote(path: string, markdown: string): ParseInput {
  const text = markdown.replace(/^\uFEFF/, '');
  const m = /^---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/.exec(text);
  if (!m) return { path, frontmatter: null };
  const lineCounter = new LineCounter();
  const doc = parseDocument(m[1] ?? '', { schema: 'core', lineCounter, uniqueKeys: false });
  const lines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range)
        lines[String(pair.key.value)] = lineCounter.linePos(pair.key.range[0]).line + 1;
    }
  }
  const js: unknown = doc.errors.length > 0 ? null : doc.toJS({ maxAliasCount: 100 });
  const frontmatter =
    typeof js === 'object' && js !== null && !Array.isArray(js) ? (js as Record<string, unknown>) : null;
  return { path, frontmatter, lines };
}

/** Frontmatter text → a note: `yamlNote('Tasks/Pay rent.md', 'stack: task\ndue: 2026-12-01')`. */
export function yamlNote(path: string, frontmatterYaml: string): ParseInput {
  return markdownNote(path, `---\n${frontmatterYaml}\n---\n`);
}
