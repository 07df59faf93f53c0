import type { BookmarkStatus } from '../core/model/Item';

/** What the dashboard and query blocks ask the host to do when the user clicks. The CLI's static page passes inert ones. */
export interface DashboardActions {
  /** Opens the note, scrolled to a frontmatter field when given. */
  openNote(path: string, field?: string): void;
  /** Adds `day` to the habit's log. */
  checkInHabit(path: string, day: string): void;
  /** Marks the task done (a recurring task moves to its next date). */
  completeTask(path: string): void;
  setBookmarkStatus(path: string, status: BookmarkStatus): void;
  /** Records a backup run now; the buttons are shown only when the host provides it. */
  recordBackupRun?(path: string, result: 'ok' | 'failed'): void;
  /** Sets the secret's `rotated` to today; the button is shown only when the host provides it. */
  markSecretRotated?(path: string): void;
}

/** Actions that do nothing, for the static page the CLI writes. */
export const INERT_ACTIONS: DashboardActions = {
  openNote: () => undefined,
  checkInHabit: () => undefined,
  completeTask: () => undefined,
  setBookmarkStatus: () => undefined,
};
