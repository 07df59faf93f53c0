import type { TaskLineRef } from './TaskLineRef';

// A list item with a one-character checkbox at the start of some line (blockquote `>` allowed), as Tasks' taskRegex.
const CHECKBOX_LINE = /^(?:[^\S\r\n]|>)*(?:[-*+]|[0-9]+[.)]) +\[[^\r\n]\]/mu;
const CHECKBOX_AT_START = /^(?:[^\S\r\n]|>)*(?:[-*+]|[0-9]+[.)]) +\[[^\r\n]\]/u;
const FENCE = /^(?:[^\S\r\n]|>)*(`{3,}|~{3,})/;
// The lines opening and closing the frontmatter (a `\r` kept by the split at `\n` allowed).
const OPENS = /^---\r?$/;
const CLOSES = /^(?:---|\.\.\.)\r?$/;

/**
 * Whether a note's text has a checklist line at all: the one test every note pays, so notes
 * without tasks never reach the line scanner.
 * @example mayHoldTasks('# Notes\nplain text') // false
 */
export function mayHoldTasks(text: string): boolean {
  return firstCheckboxLine(text) !== -1;
}

/** Where the first checklist line starts (its indentation), or -1 when the text has none. */
function firstCheckboxLine(text: string): number {
  if (!hasCheckbox(text)) return -1;
  return CHECKBOX_LINE.exec(text)?.index ?? -1;
}

/** Whether the text has ` [c]` (one character, a surrogate pair counting as one, between brackets after a space): a scan far cheaper than the line pattern over a note full of `[[links]]`. */
function hasCheckbox(text: string): boolean {
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) {
    if (i === 0 || text.charCodeAt(i - 1) !== 32) continue;
    const c = text.charCodeAt(i + 1);
    const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    if (text.charCodeAt(i + 1 + width) === 93) return true;
  }
  return false;
}

/**
 * The checklist lines of a note, as Obsidian's metadata cache lists task items: outside the
 * frontmatter and outside fenced code blocks. Lines keep no `\r`.
 * @example findTaskLines('---\na: 1\n---\n- [ ] Pay rent') // [{ line: 4, text: '- [ ] Pay rent' }]
 */
export function findTaskLines(text: string): TaskLineRef[] {
  const first = firstCheckboxLine(text);
  if (first === -1) return [];
  // Most notes have no frontmatter and no code fence: find the lines without splitting the note.
  if (!text.startsWith('---') && !text.includes('```') && !text.includes('~~~')) return matchTaskLines(text, first);
  const out: TaskLineRef[] = [];
  const lines = text.split('\n');
  let i = 0;
  if (OPENS.test(lines[0])) {
    for (let j = 1; j < lines.length; j++) {
      if (CLOSES.test(lines[j])) {
        i = j + 1;
        break;
      }
    }
  }
  let fence = '';
  for (; i < lines.length; i++) {
    const raw = lines[i];
    const fenceMatch = raw.includes('```') || raw.includes('~~~') ? FENCE.exec(raw) : null;
    if (fenceMatch !== null) {
      const mark = fenceMatch[1];
      if (fence === '') fence = mark;
      else if (mark[0] === fence[0] && mark.length >= fence.length) fence = '';
      continue;
    }
    if (fence !== '' || !raw.includes('[') || !CHECKBOX_AT_START.test(raw)) continue;
    out.push({ line: i + 1, text: lineText(raw) });
  }
  return out;
}

const CHECKBOX_LINES = /^(?:[^\S\r\n]|>)*(?:[-*+]|[0-9]+[.)]) +\[[^\r\n]\][^\n]*/gmu;

/**
 * The checklist lines of a note that has neither frontmatter nor fences, found by one pass of a
 * global pattern from the first one (`first`: the pattern matches where `CHECKBOX_LINE` does).
 */
function matchTaskLines(text: string, first: number): TaskLineRef[] {
  const out: TaskLineRef[] = [];
  let line = 1;
  let counted = 0;
  CHECKBOX_LINES.lastIndex = first;
  for (let m = CHECKBOX_LINES.exec(text); m !== null; m = CHECKBOX_LINES.exec(text)) {
    // The pattern's `^` also matches after \r, U+2028 and U+2029, which end no line here (the split reading's `\n` only).
    if (m.index > 0 && text.charCodeAt(m.index - 1) !== 10) continue;
    for (let i = text.indexOf('\n', counted); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    counted = m.index;
    out.push({ line, text: lineText(m[0]) });
  }
  return out;
}

/**
 * A line without its `\r`, as a copy: a slice of the note would keep the whole note's text alive
 * for as long as the index holds the task (V8's sliced strings keep their parent).
 */
function lineText(raw: string): string {
  return (' ' + raw).slice(1, raw.endsWith('\r') ? -1 : undefined);
}
