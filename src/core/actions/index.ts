/** Pure edit plans behind the plugin's commands: the public surface of this folder. */
export { type ActionPlan } from './ActionPlan';
export { checkInHabit, type CheckInHabitArgs } from './checkInHabit';
export { completeTask, type CompleteTaskArgs } from './completeTask';
export { setBookmarkStatus, type SetBookmarkStatusArgs } from './setBookmarkStatus';
export { recordBackupRun, type RecordBackupRunArgs } from './recordBackupRun';
export { markSecretRotated, type MarkSecretRotatedArgs } from './markSecretRotated';
export { newItemTemplate } from './newItemTemplate';
export { fieldSpecsOfUserKind } from './fieldSpecsOfUserKind';
