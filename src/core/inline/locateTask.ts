import type { InlineTask } from '../model/Item';

/**
 * The 0-based index of an inline task's line in a note's current lines, found as Tasks finds a
 * task it is about to change (`findLineNumberOfTaskToToggle`): the indexed line number when that
 * line still reads the same, else the one line in the note identical to it; -1 when neither
 * (the line changed, or identical lines make it ambiguous). So an identity survives lines added or
 * removed above the task as long as its text is unique in the note, exactly as far as Tasks' own
 * matching goes. Lines are compared without a trailing `\r`.
 * @example locateTask(['# Week', '- [ ] Pay rent'], { line: 1, text: '- [ ] Pay rent', … }) // 1
 */
export function locateTask(lines: readonly string[], task: Pick<InlineTask, 'line' | 'text'>): number {
  const at = task.line - 1;
  if (at >= 0 && at < lines.length && stripCr(lines[at]) === task.text) return at;
  let found = -1;
  for (let i = 0; i < lines.length; i++) {
    if (stripCr(lines[i]) !== task.text) continue;
    if (found !== -1) return -1;
    found = i;
  }
  return found;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
