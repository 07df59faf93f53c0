import type { Command, Plugin } from 'obsidian';
import { versioningCommands } from '../../commands/git/versioningCommands';
import { VersioningController, type VersioningOptions } from './VersioningController';

/**
 * Brings versioning to the plugin: the commands, the status bar item, and — after layout ready,
 * in the background, never blocking onload — the change tracking and start-up scan. Whether
 * versioning is on is read live: while it is off the commands are hidden, the status bar item too,
 * and nothing is committed; turning it on starts it without a reload (see `settingsChanged`).
 * @example registerVersioning(this, { settings: () => this.settings })
 */
export function registerVersioning(plugin: Plugin, options: VersioningOptions): VersioningController {
  const controller = new VersioningController(plugin.app, plugin, options);
  const enabled = (): boolean => options.settings().git.enabled;
  for (const command of versioningCommands(controller)) plugin.addCommand(onlyWhen(enabled, command));
  controller.attachStatusBar();
  plugin.app.workspace.onLayoutReady(() => void controller.begin());
  return controller;
}

/** The command, available only while `enabled()` holds. */
function onlyWhen(enabled: () => boolean, command: Command): Command {
  const { callback, checkCallback, ...rest } = command;
  return {
    ...rest,
    checkCallback: (checking) => {
      if (!enabled()) return false;
      if (checkCallback) return checkCallback(checking);
      if (!checking) callback?.();
      return true;
    },
  };
}
