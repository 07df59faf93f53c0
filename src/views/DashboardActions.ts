import type { BookmarkStatus } from '../core/model/Item';

/**
 * What an action reports: nothing (inert), or a promise of whether the note changed. When it did
 * not (the edit was refused, or there was nothing to change) no redraw will come, so the
 * clicked control enables itself again.
 */
export type ActionOutcome = void | Promise<boolean>;

/**
 * What the dashboard and query blocks ask the host to do when the user clicks. Each is optional:
 * a control is drawn only when the host provides its action, so the CLI's static page (which
 * provides none) has no button that cannot act.
 */
export interface DashboardActions {
  /** Opens the note, scrolled to a frontmatter field when given; without it titles are plain text. */
  openNote?(path: string, field?: string): void;
  /** Adds `day` to the habit's log. */
  checkInHabit?(path: string, day: string): ActionOutcome;
  /** Marks the task done (a recurring task moves to its next date). */
  completeTask?(path: string): ActionOutcome;
  /** Sets a bookmark's status; without it the status shows as text. */
  setBookmarkStatus?(path: string, status: BookmarkStatus): ActionOutcome;
  /** Records a backup run now; the buttons are shown only when the host provides it. */
  recordBackupRun?(path: string, result: 'ok' | 'failed'): ActionOutcome;
  /** Sets the secret's `rotated` to today; the button is shown only when the host provides it. */
  markSecretRotated?(path: string): ActionOutcome;
  /** Starts a timer on a task or habit (stopping another unless concurrent timers are allowed). */
  startTimer?(path: string): ActionOutcome;
  /** Stops the timer running on a task or habit. */
  stopTimer?(path: string): ActionOutcome;
  /** Writes an observed value into the note's field (a drift row's "Update the note"); shown only when provided. */
  updateNote?(path: string, field: string, value: string | number | boolean): ActionOutcome;
}

/** No actions, for the static page the CLI writes: titles are text and no button is drawn. */
export const INERT_ACTIONS: DashboardActions = {};
