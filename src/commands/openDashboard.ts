import type { Command } from 'obsidian';
import type { PluginContext } from '../obsidian/PluginContext';

/** Opens the dashboard pane, reusing it when it is already open. */
export function openDashboardCommand(ctx: PluginContext): Command {
  return { id: 'open-dashboard', name: 'Open dashboard', callback: () => ctx.openDashboard() };
}
