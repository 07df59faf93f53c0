import type { Plugin } from 'obsidian';
import { registerVersioningCommands } from '../../commands/git/versioningCommands';
import { VersioningController, type VersioningOptions } from './VersioningController';

/**
 * Brings versioning to the plugin: the commands, the status bar item, and — after layout ready,
 * in the background, never blocking onload — the change tracking and start-up scan. Does nothing
 * when versioning is turned off in settings.
 * @example registerVersioning(this, { settings: () => this.settings })
 */
export function registerVersioning(plugin: Plugin, options: VersioningOptions): VersioningController {
  const controller = new VersioningController(plugin.app, plugin, options);
  if (!options.settings().git.enabled) return controller;
  registerVersioningCommands(plugin, controller);
  controller.attachStatusBar();
  plugin.app.workspace.onLayoutReady(() => void controller.begin());
  return controller;
}
