import type { Command, Plugin } from 'obsidian';
import type { PluginContext } from '../obsidian/PluginContext';
import { addLibraryKindCommand } from './addLibraryKind';
import { bootstrapChecklistCommand } from './bootstrapChecklist';
import { checkInHabitCommand } from './checkInHabit';
import { checkInHabitOnDayCommand } from './checkInHabitOnDay';
import { completeTaskCommand } from './completeTask';
import { exportCalendarCommand } from './exportCalendar';
import { exportHomepageServicesCommand } from './exportHomepageServices';
import { importBookmarksCommand } from './importBookmarks';
import { importTaskwarriorCommand } from './importTaskwarrior';
import { insertQueryBlockCommand } from './insertQueryBlock';
import { markSecretRotatedCommand } from './markSecretRotated';
import { newItemCommand } from './newItem';
import { openDashboardCommand } from './openDashboard';
import { openProblemsCommand } from './openProblems';
import { recordBackupRunCommand } from './recordBackupRun';
import { setBookmarkStatusCommand } from './setBookmarkStatus';
import { startTimerCommand } from './startTimer';
import { stopTimerCommand } from './stopTimer';
import { updateStackOverviewCommand } from './updateStackOverview';
import { verifyStackNowCommand } from './verifyStackNow';

/** Every command of the plugin, in palette order. */
export function allCommands(ctx: PluginContext): Command[] {
  return [
    openDashboardCommand(ctx),
    newItemCommand(ctx),
    checkInHabitCommand(ctx),
    checkInHabitOnDayCommand(ctx),
    completeTaskCommand(ctx),
    setBookmarkStatusCommand(ctx),
    recordBackupRunCommand(ctx),
    markSecretRotatedCommand(ctx),
    openProblemsCommand(ctx),
    insertQueryBlockCommand(),
    updateStackOverviewCommand(ctx),
    bootstrapChecklistCommand(ctx),
    addLibraryKindCommand(ctx),
    exportCalendarCommand(ctx),
    exportHomepageServicesCommand(ctx),
    importTaskwarriorCommand(ctx),
    importBookmarksCommand(ctx),
    startTimerCommand(ctx),
    stopTimerCommand(ctx),
    verifyStackNowCommand(ctx),
  ];
}

/** Adds every command to the plugin. */
export function registerCommands(plugin: Plugin, ctx: PluginContext): void {
  for (const command of allCommands(ctx)) plugin.addCommand(command);
}
