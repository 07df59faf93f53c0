/** Where a note's frontmatter block is, found textually without parsing any YAML. */
export type FrontmatterBlock =
  | { type: 'none' }
  /** The note opens with `---` but no closing `---` line follows; `yaml` is the text after the opening line. */
  | { type: 'unclosed'; yaml: string }
  /** `yaml` is the text between the delimiters; `firstLine` is the 1-based file line where it starts. */
  | { type: 'block'; yaml: string; firstLine: number };

/** Finds the frontmatter block the way Obsidian does: a `---` first line, closed by the next `---` line. */
export function findFrontmatter(text: string): FrontmatterBlock {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', start)) return { type: 'none' };
  const openEnd = endOfDelimiter(text, start + 3);
  if (openEnd < 0) return { type: 'none' };
  if (openEnd >= text.length) return { type: 'unclosed', yaml: '' };
  // openEnd is the index of the newline that ends the opening line.
  let from = openEnd;
  for (;;) {
    const close = text.indexOf('\n---', from);
    if (close < 0) return { type: 'unclosed', yaml: text.slice(openEnd + 1) };
    if (endOfDelimiter(text, close + 4) >= 0) {
      const yaml = close === openEnd ? '' : text.slice(openEnd + 1, close);
      return { type: 'block', yaml: yaml.endsWith('\r') ? yaml.slice(0, -1) : yaml, firstLine: 2 };
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
