import type { DashboardActions } from '../../src/views/DashboardActions';

/** View actions that do nothing: rendering only attaches them. */
export const noActions: DashboardActions = {
  openNote: () => undefined,
  checkInHabit: () => undefined,
  completeTask: () => undefined,
  setBookmarkStatus: () => undefined,
  recordBackupRun: () => undefined,
  markSecretRotated: () => undefined,
};

/** The fixed day every view benchmark renders for. */
export const TODAY = '2026-11-28';
/** The fixed time every view benchmark renders at. */
export const NOW = '2026-11-28T09:00';
