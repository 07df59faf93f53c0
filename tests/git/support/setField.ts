import { parseDocument } from 'yaml';

/** A small frontmatter field editor for tests (the real, comment-preserving one lives in src/core/frontmatter). */
export function setField(text: string, field: string, value: unknown): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (match === null) throw new Error('no frontmatter');
  const doc = parseDocument(match[1]);
  if (value === undefined) doc.delete(field);
  else doc.set(field, value);
  return `---\n${doc.toString().trimEnd()}\n---\n${text.slice(match[0].length)}`;
}
