import type { Command, Plugin } from 'obsidian';
import type { VersioningController } from '../../obsidian/git/VersioningController';
import { commitNowCommand } from './commitNow';
import { initialiseRepositoryCommand } from './initialiseRepository';
import { pullCommand } from './pull';
import { pushCommand } from './push';
import { restoreFieldValueCommand } from './restoreFieldValue';
import { showFieldHistoryCommand } from './showFieldHistory';
import { showNoteHistoryCommand } from './showNoteHistory';

/** The versioning commands, in palette order. */
export function versioningCommands(v: VersioningController): Command[] {
  return [
    initialiseRepositoryCommand(v),
    commitNowCommand(v),
    pullCommand(v),
    pushCommand(v),
    showNoteHistoryCommand(v),
    showFieldHistoryCommand(v),
    restoreFieldValueCommand(v),
  ];
}

/** Adds the versioning commands to the plugin (only `src/commands` adds palette commands). */
export function registerVersioningCommands(plugin: Plugin, v: VersioningController): void {
  for (const command of versioningCommands(v)) plugin.addCommand(command);
}
