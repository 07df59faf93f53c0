/**
 * Where a note's frontmatter block is, found textually without parsing any YAML. This is the one
 * locator: the index, the frontmatter editor, git history and the secret guard all use it.
 */
export type FrontmatterBlock =
  /** No opening `---` line; `eol` is the text's first line ending (`\n` when it has none), `bomLength` 1 after a BOM. */
  | { type: 'none'; eol: string; bomLength: number }
  /** The note opens with `---` but no closing `---` line follows; `yaml` is the text after the opening line. */
  | { type: 'unclosed'; yaml: string }
  /**
   * `yaml` is the text between the delimiters without its last line ending; `firstLine` is the
   * 1-based file line where it starts. `start` is the offset of the first YAML character, `end`
   * the offset where the closing line begins (so `text.slice(start, end)` keeps the last line
   * ending), and `eol` the opening line's ending.
   */
  | { type: 'block'; yaml: string; firstLine: number; start: number; end: number; eol: string };

/**
 * Finds the frontmatter block the way Obsidian does: a `---` first line (after an optional BOM),
 * closed by the next `---` line; blanks may trail either delimiter. A `...` line does not close it.
 * @example findFrontmatter('--- \nstack: task\n---\nbody') // → { type: 'block', yaml: 'stack: task', firstLine: 2, start: 5, end: 17, eol: '\n' }
 */
export function findFrontmatter(text: string): FrontmatterBlock {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const openEnd = text.startsWith('---', bomLength) ? endOfDelimiter(text, bomLength + 3) : -1;
  if (openEnd < 0) return { type: 'none', eol: firstEol(text), bomLength };
  if (openEnd >= text.length) return { type: 'unclosed', yaml: '' };
  // openEnd is the index of the newline that ends the opening line.
  const eol = text.charCodeAt(openEnd - 1) === 13 ? '\r\n' : '\n';
  const start = openEnd + 1;
  let from = openEnd;
  for (;;) {
    const close = text.indexOf('\n---', from);
    if (close < 0) return { type: 'unclosed', yaml: text.slice(start) };
    if (endOfDelimiter(text, close + 4) >= 0) {
      const end = close === openEnd ? start : close + 1;
      const yaml = close === openEnd ? '' : text.slice(start, close);
      return { type: 'block', yaml: yaml.endsWith('\r') ? yaml.slice(0, -1) : yaml, firstLine: 2, start, end, eol };
    }
    from = close + 1;
  }
}

/** After `---` at `pos`: the index of the line's newline (or text end) when only blanks follow, else -1. */
function endOfDelimiter(text: string, pos: number): number {
  let i = pos;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if (c !== 32 && c !== 9 && c !== 13) return -1;
    i++;
  }
  return i;
}

/** The text's first line ending, or `\n` when it has none. */
function firstEol(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n';
}
