import type { App, WorkspaceLeaf } from 'obsidian';
import { DASHBOARD_VIEW_TYPE, DashboardView } from './DashboardView';

/** Shows the dashboard pane: the open one when there is one, else a new one in the right sidebar (or the main area). */
export async function openDashboard(app: App, section?: string): Promise<WorkspaceLeaf> {
  let leaf = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
  if (leaf === undefined) {
    leaf = app.workspace.getRightLeaf(false) ?? app.workspace.getLeaf('tab');
    await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
  }
  await app.workspace.revealLeaf(leaf);
  if (section !== undefined && leaf.view instanceof DashboardView) leaf.view.scrollToSection(section);
  return leaf;
}
