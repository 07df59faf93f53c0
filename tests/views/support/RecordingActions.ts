import type { BookmarkStatus } from '../../../src/core/model/Item';
import type { DashboardActions } from '../../../src/views/DashboardActions';

/** Dashboard actions that record each call as `name(args…)`, for asserting what a click asked for. */
export class RecordingActions implements DashboardActions {
  readonly calls: string[] = [];

  openNote(path: string, field?: string): void {
    this.calls.push(field === undefined ? `openNote(${path})` : `openNote(${path}, ${field})`);
  }

  checkInHabit(path: string, day: string): void {
    this.calls.push(`checkInHabit(${path}, ${day})`);
  }

  completeTask(path: string): void {
    this.calls.push(`completeTask(${path})`);
  }

  setBookmarkStatus(path: string, status: BookmarkStatus): void {
    this.calls.push(`setBookmarkStatus(${path}, ${status})`);
  }

  recordBackupRun(path: string, result: 'ok' | 'failed'): void {
    this.calls.push(`recordBackupRun(${path}, ${result})`);
  }

  markSecretRotated(path: string): void {
    this.calls.push(`markSecretRotated(${path})`);
  }
}
