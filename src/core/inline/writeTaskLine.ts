import type { TaskFields } from './taskFields';
import type { TaskLineParts } from './taskLine';

/** A task line's fields as Tasks writes them: dates as `YYYY-MM-DD`, the rule in Tasks' own words. */
export interface TaskToWrite {
  parts: TaskLineParts;
  fields: TaskFields;
  /** The rule as Tasks writes it back (`TasksRule.text`); required when `fields.recurrence` is set. */
  rule?: string;
}

const EMOJI_PRIORITY: Readonly<Record<string, string>> = {
  highest: '🔺',
  high: '⏫',
  medium: '🔼',
  low: '🔽',
  lowest: '⏬',
};

/**
 * Writes a task line the way Tasks serializes a task after a change: indentation, list marker,
 * `[status]`, the description, then every field in Tasks' fixed order (id, depends on, priority,
 * recurrence, on completion, created, start, scheduled, due, cancelled, done), the block link,
 * and the line's hard break. Emoji fields are ` <emoji> <value>`; Dataview fields are
 * `  [<key>:: <value>]` (two spaces: Tasks' workaround for a Dataview rendering issue).
 * @example writeTaskLine({ parts, fields, }, 'emoji') // '- [x] Pay rent 📅 2026-12-01 ✅ 2026-12-03'
 */
export function writeTaskLine(task: TaskToWrite, format: 'emoji' | 'dataview'): string {
  const { parts, fields } = task;
  const pieces: [emoji: string, key: string, value: string | undefined][] = [
    ['🆔', 'id', fields.id || undefined],
    ['⛔', 'dependsOn', fields.dependsOn.length > 0 ? fields.dependsOn.join(',') : undefined],
    ['', 'priority', fields.priority === 'none' ? undefined : fields.priority],
    ['🔁', 'repeat', fields.recurrence === undefined ? undefined : task.rule],
    ['🏁', 'onCompletion', fields.onCompletion || undefined],
    ['➕', 'created', fields.created?.text],
    ['🛫', 'start', fields.start?.text],
    ['⏳', 'scheduled', fields.scheduled?.text],
    ['📅', 'due', fields.due?.text],
    ['❌', 'cancelled', fields.cancelled?.text],
    ['✅', 'completion', fields.done?.text],
  ];
  let out = fields.description;
  for (const [emoji, key, value] of pieces) {
    if (value === undefined) continue;
    if (format === 'dataview') out += `  [${key}:: ${value}]`;
    else if (key === 'priority') out += ` ${EMOJI_PRIORITY[value]}`;
    else out += ` ${emoji} ${value}`;
  }
  return `${parts.indentation}${parts.listMarker} [${parts.symbol}] ${out}${parts.blockLink}${parts.hardBreak}`;
}
