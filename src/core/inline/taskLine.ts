/** The parts of a checklist line, as Tasks splits it (`Task.extractTaskComponents`). */
export interface TaskLineParts {
  /** Spaces, tabs and `>` (blockquotes, callouts) before the list marker. */
  indentation: string;
  /** `-`, `*`, `+`, `1.` or `1)`. */
  listMarker: string;
  /** The one character between the brackets. */
  symbol: string;
  /** The text after the checkbox, trimmed, without the block link. */
  body: string;
  /** A trailing ` ^block-id` (with its leading space), or empty. */
  blockLink: string;
  /** Two or more trailing spaces (a Markdown hard break), kept when Tasks rewrites the line. */
  hardBreak: string;
}

// Tasks' taskRegex: indentation, list marker, one or more spaces, a checkbox of one character, the rest.
const TASK_LINE = /^([\s\t>]*)([-*+]|[0-9]+[.)]) +\[(.)\] *(.*)/u;
const BLOCK_LINK = / \^[a-zA-Z0-9-]+$/u;

/**
 * Splits a line into Tasks' components; null when it is not a checklist line.
 * @example taskLineParts('- [ ] Pay rent 📅 2026-12-01 ^rent') // { indentation: '', listMarker: '-', symbol: ' ', body: 'Pay rent 📅 2026-12-01', blockLink: ' ^rent', … }
 */
export function taskLineParts(line: string): TaskLineParts | null {
  const m = TASK_LINE.exec(line);
  if (m === null) return null;
  let body = m[4].trim();
  const link = BLOCK_LINK.exec(body);
  const blockLink = link === null ? '' : link[0];
  if (blockLink !== '') body = body.replace(BLOCK_LINK, '').trim();
  return { indentation: m[1], listMarker: m[2], symbol: m[3], body, blockLink, hardBreak: hardBreakOf(line) };
}

function hardBreakOf(line: string): string {
  if (!line.endsWith('  ')) return '';
  let n = 2;
  while (line.length > n && line.charCodeAt(line.length - n - 1) === 32) n++;
  return ' '.repeat(n);
}
