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
export type FrontmatterLocation = FrontmatterBlock | { kind: 'none'; eol: string; bomLength: number } | { kind: 'unclosed' };

const BOM = '\uFEFF';
const DELIMITER_LINE = /^---[ \t]*$/;

/**
 * Finds the frontmatter block: a first line `---` (after an optional BOM) and the next line that is
 * `---`, trailing blanks allowed on both. Everything after the closing line is the body.
 * @example locateFrontmatter('---\na: 1\n---\nbody') // { kind: 'block', start: 4, end: 9, eol: '\n' }
 */
export function locateFrontmatter(text: string): FrontmatterLocation {
  const bomLength = text.startsWith(BOM) ? 1 : 0;
  const firstEnd = lineEndAt(text, bomLength);
  if (!DELIMITER_LINE.test(text.slice(bomLength, firstEnd))) return { kind: 'none', eol: detectEol(text), bomLength };
  if (firstEnd >= text.length) return { kind: 'unclosed' };
  const eol = text.startsWith('\r\n', firstEnd) ? '\r\n' : '\n';
  const start = firstEnd + eol.length;
  let lineStart = start;
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, nl === -1 ? text.length : nl).replace(/\r$/, '');
    if (DELIMITER_LINE.test(line)) return { kind: 'block', start, end: lineStart, eol };
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return { kind: 'unclosed' };
}

/** The offset of the next `\n` at or after `from` (minus a preceding `\r`), or the text length. */
function lineEndAt(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  if (nl === -1) return text.length;
  return nl > from && text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** The text's first line ending, or `\n` when it has none. */
export function detectEol(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}
