import type { Plugin } from 'obsidian';
import { registerVersioningCommands } from '../../commands/git/versioningCommands';
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
  registerVersioningCommands(plugin, controller);
  controller.attachStatusBar();
  plugin.app.workspace.onLayoutReady(() => void controller.begin());
  return controller;
}
