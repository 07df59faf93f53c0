import type { BookmarkStatus, TaskStatus } from '../model/Item';
import { KIND_SPECS } from '../kinds/registry';

/** What a task moving to each status is called (`task: Renew passport done`, `… started`). */
export const TASK_STATUS_PHRASE: Readonly<Record<TaskStatus, string>> = {
  done: 'done',
  cancelled: 'cancelled',
  doing: 'started',
  waiting: 'waiting',
  todo: 'reopened',
};

/** What a bookmark moving to each status is called (`bookmark: Obsidian read`, `… back to inbox`). */
export const BOOKMARK_STATUS_PHRASE: Readonly<Record<BookmarkStatus, string>> = {
  read: 'read',
  archived: 'archived',
  reading: 'reading',
  inbox: 'back to inbox',
};

/**
 * The words for changes to items, one vocabulary for the actions' summaries (what a Notice says
 * after a button) and git's commit messages (what the history says), so the two never drift.
 * @example CHANGE_PHRASES.checkedIn('2026-11-28') // 'checked in 2026-11-28'
 */
export const CHANGE_PHRASES = {
  checkedIn: (days: string): string => `checked in ${days}`,
  checkInRemoved: (days: string): string => `check-in ${days} removed`,
  taskStatus: (status: string): string => (TASK_STATUS_PHRASE as Record<string, string>)[status] ?? `status ${status}`,
  bookmarkStatus: (status: string): string =>
    (BOOKMARK_STATUS_PHRASE as Record<string, string>)[status] ?? `status ${status}`,
  linkDead: 'link dead',
  runRecorded: 'run recorded',
  run: (result: string): string => `run ${result}`,
  rotated: 'rotated',
  fieldsChanged: (fields: readonly string[]): string =>
    fields.length > 3 ? `${fields.length} fields changed` : `${fields.join(', ')} changed`,
  edited: 'edited',
  added: 'added',
  deleted: 'deleted',
  moved: 'moved',
  renamedTo: (title: string): string => `renamed to ${title}`,
} as const;

/** A builtin enum field's default value, from the kind registry (`task` status → `todo`). */
export function defaultStatus(kind: 'task' | 'bookmark'): string {
  return KIND_SPECS[kind].fields.status?.default ?? '';
}
