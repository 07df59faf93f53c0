import type { TaskLineRef } from './TaskLineRef';

// A list item with a one-character checkbox at the start of some line (blockquote `>` allowed), as Tasks' taskRegex.
const CHECKBOX_LINE = /^(?:[^\S\r\n]|>)*(?:[-*+]|[0-9]+[.)]) +\[[^\r\n]\]/mu;
const CHECKBOX_AT_START = /^(?:[^\S\r\n]|>)*(?:[-*+]|[0-9]+[.)]) +\[[^\r\n]\]/u;
const FENCE = /^(?:[^\S\r\n]|>)*(`{3,}|~{3,})/;

/**
 * Whether a note's text has a checklist line at all: the one test every note pays, so notes
 * without tasks never reach the line scanner.
 * @example mayHoldTasks('# Notes\nplain text') // false
 */
export function mayHoldTasks(text: string): boolean {
  return text.includes('[') && CHECKBOX_LINE.test(text);
}

/**
 * The checklist lines of a note, as Obsidian's metadata cache lists task items: outside the
 * frontmatter and outside fenced code blocks. Lines keep no `\r`.
 * @example findTaskLines('---\na: 1\n---\n- [ ] Pay rent') // [{ line: 4, text: '- [ ] Pay rent' }]
 */
export function findTaskLines(text: string): TaskLineRef[] {
  if (!mayHoldTasks(text)) return [];
  const out: TaskLineRef[] = [];
  const lines = text.split('\n');
  let i = 0;
  if (lines[0]?.replace(/\r$/, '') === '---') {
    for (let j = 1; j < lines.length; j++) {
      const l = lines[j].replace(/\r$/, '');
      if (l === '---' || l === '...') {
        i = j + 1;
        break;
      }
    }
  }
  let fence = '';
  for (; i < lines.length; i++) {
    const raw = lines[i];
    const fenceMatch = FENCE.exec(raw);
    if (fenceMatch !== null) {
      const mark = fenceMatch[1];
      if (fence === '') fence = mark;
      else if (mark[0] === fence[0] && mark.length >= fence.length) fence = '';
      continue;
    }
    if (fence !== '' || !CHECKBOX_AT_START.test(raw)) continue;
    out.push({ line: i + 1, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
  }
  return out;
}
