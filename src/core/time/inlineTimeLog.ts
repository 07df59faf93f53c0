import type { TimeInterval } from '../model/Item';
import { problem, type Problem } from '../model/Problem';
import { parseTimeInterval } from './timeInterval';

/**
 * Reads an inline task's `⏱` entries (`core/inline/taskTimeLines`) as its `time` list, as a task
 * note's `time` is read: a bad entry, or a second running one, is a warning on the task's line
 * (field `time[i]`) and is left out.
 * @example readInlineTimeLog('Week.md', 3, ['2026-12-03T09:00/..'], problems) // [{ start: '2026-12-03T09:00', text: '2026-12-03T09:00/..' }]
 */
export function readInlineTimeLog(
  note: string,
  line: number,
  entries: readonly string[],
  problems: Problem[],
): TimeInterval[] {
  const out: TimeInterval[] = [];
  let running: TimeInterval | undefined;
  entries.forEach((entry, i) => {
    const report = (message: string): void => {
      const p = problem(note, `time[${i}]`, message, 'warning');
      p.line = line;
      problems.push(p);
    };
    const parsed = parseTimeInterval(entry);
    if (!parsed.ok) return report(parsed.message);
    if (parsed.value.end === undefined) {
      if (running !== undefined)
        return report(
          `is a second running timer (one has run since ${running.start}): give one of them an end (start/end)`,
        );
      running = parsed.value;
    }
    out.push(parsed.value);
  });
  return out;
}
