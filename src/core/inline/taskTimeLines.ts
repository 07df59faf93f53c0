import type { TaskLineRef } from './TaskLineRef';

/**
 * Time on an inline task lives in sub-items of its checklist line, one per interval:
 *
 * ```md
 * - [ ] Write report 📅 2026-12-04
 *     - ⏱ 2026-12-03T09:00/2026-12-03T10:15
 *     - ⏱ 2026-12-03T14:00/..
 * ```
 *
 * Why there: Tasks reads only the task line, so the description (and every Tasks field) stays as
 * Tasks parses it; the entries are plain Markdown a reader sees without the plugin (Obsidian and
 * Dataview show them as the task's sub-items) and versioned with the note; and they move with the
 * task when lines are added above it or the task is cut and pasted, and stay under the completed
 * line when Tasks inserts a recurring task's next occurrence above it (its default).
 */
export const TIMER_MARK = '⏱';

/** A `⏱` sub-item: prefix (indentation, `>`), list marker, the mark (with or without U+FE0F) and the interval. */
const TIME_ITEM = /^([ \t>]*)[-*+] +\u23F1\uFE0F? *(\S(?:.*\S)?)\s*$/u;
const LIST_ITEM = /^[ \t>]*(?:[-*+]|[0-9]+[.)])(?: |$)/;
const PREFIX = /^[ \t>]*/;

/** One `⏱` entry of a task: its 0-based line index and the interval as written. */
export interface TaskTimeLine {
  index: number;
  entry: string;
}

/** A task's time entries in the note's lines, and where and how a new one is written. */
export interface TaskTimeBlock {
  /** The task's own entries (not those of a sub-task or another sub-item), in note order. */
  lines: TaskTimeLine[];
  /** The 0-based line index a new entry is inserted at: after the last entry, else right below the task line. */
  insertAt: number;
  /** What a new entry line starts with before `- ⏱`: the last entry's prefix, else the first sub-item's, else the task's plus four spaces. */
  prefix: string;
}

/**
 * The columns a line's leading spaces, tabs and `>` take (a tab to the next multiple of 4, as
 * CommonMark counts it).
 */
function widthOf(prefix: string): number {
  let w = 0;
  for (let i = 0; i < prefix.length; i++) w = prefix.charCodeAt(i) === 9 ? w + 4 - (w % 4) : w + 1;
  return w;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * The `⏱` entries of the task on line `at` (0-based) of a note's lines: the sub-items below it,
 * more indented than it, whose nearest list-item parent is the task itself (an entry under a
 * sub-task belongs to that sub-task). The block ends at the first non-blank line not indented
 * past the task.
 * @example taskTimeBlock(['- [ ] Write', '    - ⏱ 2026-12-03T09:00/..'], 0).lines // [{ index: 1, entry: '2026-12-03T09:00/..' }]
 */
export function taskTimeBlock(lines: readonly string[], at: number): TaskTimeBlock {
  const taskPrefix = PREFIX.exec(stripCr(lines[at] ?? ''))?.[0] ?? '';
  const taskWidth = widthOf(taskPrefix);
  const own: TaskTimeLine[] = [];
  let prefix: string | undefined;
  let lastOwnPrefix: string | undefined;
  // Widths of the list items open between the task and the current line.
  const open: number[] = [];
  for (let j = at + 1; j < lines.length; j++) {
    const line = stripCr(lines[j]);
    const lead = PREFIX.exec(line)?.[0] ?? '';
    if (lead.length === line.length) continue; // blank (or only quote marks): the list may go on
    const width = widthOf(lead);
    if (width <= taskWidth) break;
    if (!LIST_ITEM.test(line)) continue; // a paragraph inside some item
    prefix ??= lead;
    while (open.length > 0 && (open[open.length - 1] ?? 0) >= width) open.pop();
    const m = open.length === 0 ? TIME_ITEM.exec(line) : null;
    if (m !== null) {
      own.push({ index: j, entry: m[2] ?? '' });
      lastOwnPrefix = m[1];
    }
    open.push(width);
  }
  const last = own[own.length - 1];
  return {
    lines: own,
    insertAt: last === undefined ? at + 1 : last.index + 1,
    prefix: lastOwnPrefix ?? prefix ?? `${taskPrefix}    `,
  };
}

/**
 * The task lines with their `⏱` entries added (`TaskLineRef.time`), from the note's text; the
 * same array when the note has no `⏱` at all (the one test most notes pay).
 * @example withTimeEntries('- [ ] Write\n\t- ⏱ 2026-12-03T09:00/..', [{ line: 1, text: '- [ ] Write' }])[0].time // ['2026-12-03T09:00/..']
 */
export function withTimeEntries(text: string, refs: readonly TaskLineRef[]): readonly TaskLineRef[] {
  if (refs.length === 0 || !text.includes(TIMER_MARK)) return refs;
  const lines = text.split('\n');
  return refs.map((ref) => {
    const block = taskTimeBlock(lines, ref.line - 1);
    return block.lines.length === 0 ? ref : { ...ref, time: block.lines.map((l) => l.entry) };
  });
}
