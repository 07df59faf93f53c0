import { readTaskFields, type TaskFields } from './taskFields';
import { taskLineParts, type TaskLineParts } from './taskLine';
import type { TasksSettings } from './TasksSettings';

/** A line Tasks reads as a task: its parts, its fields, and the format they were read in. */
export interface ReadTaskLine {
  parts: TaskLineParts;
  fields: TaskFields;
  format: 'emoji' | 'dataview';
}

/**
 * Reads one line as Tasks does (`Task.fromLine`): a checklist line whose body contains the global
 * filter, its fields in the vault's task format. Without Tasks settings both formats are read: the
 * emoji format, else the Dataview format when it finds fields there. Null when it is not a task.
 * @example readTaskLine('- [ ] Pay rent [due:: 2026-12-01]', DEFAULT_TASKS_SETTINGS)?.fields.due?.date // '2026-12-01'
 */
export function readTaskLine(line: string, settings: TasksSettings): ReadTaskLine | null {
  const parts = taskLineParts(line);
  if (parts === null || !parts.body.includes(settings.globalFilter)) return null;
  if (settings.taskFormat === 'dataview')
    return { parts, fields: readTaskFields(parts.body, 'dataview'), format: 'dataview' };
  const emoji = readTaskFields(parts.body, 'emoji');
  if (settings.taskFormat === 'tasksPluginEmoji' || emoji.matched || !parts.body.includes('::'))
    return { parts, fields: emoji, format: 'emoji' };
  const dataview = readTaskFields(parts.body, 'dataview');
  return dataview.matched ? { parts, fields: dataview, format: 'dataview' } : { parts, fields: emoji, format: 'emoji' };
}
