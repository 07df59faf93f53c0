import { findFrontmatter } from '../notes/findFrontmatter';

/** Where a note's frontmatter block sits in its text. Offsets index the full text. */
export interface FrontmatterBlock {
  kind: 'block';
  /** Offset of the first character of the YAML source (just after the opening `---` line). */
  start: number;
  /** Offset just past the YAML source: where the closing `---` line begins. */
  end: number;
  /** The line ending of the opening line: `\n` or `\r\n`. */
  eol: string;
}

/** What `locateFrontmatter` finds: a block, no block, or an opening `---` that never closes. */
export type FrontmatterLocation =
  FrontmatterBlock | { kind: 'none'; eol: string; bomLength: number } | { kind: 'unclosed' };

/**
 * The editor's view of the one locator, `notes/findFrontmatter` (so an edit touches exactly the
 * block the index reads): the offsets of the YAML source, which keeps its last line ending.
 * @example locateFrontmatter('---\na: 1\n---\nbody') // { kind: 'block', start: 4, end: 9, eol: '\n' }
 */
export function locateFrontmatter(text: string): FrontmatterLocation {
  const found = findFrontmatter(text);
  if (found.type === 'block') return { kind: 'block', start: found.start, end: found.end, eol: found.eol };
  if (found.type === 'none') return { kind: 'none', eol: found.eol, bomLength: found.bomLength };
  return { kind: 'unclosed' };
}
