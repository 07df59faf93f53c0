import { buildDashboard } from '../core/dashboard/buildDashboard';
import type { DashboardActions } from '../views/DashboardActions';
import { renderDashboard } from '../views/renderDashboard';
import { renderQueryBlock } from '../views/renderQueryBlock';
import type { PluginContext } from './PluginContext';
import type { PluginActions } from './PluginActions';
import type { RenderStackBlock } from './StackBlockProcessor';

/** The view layer's actions, backed by the plugin's (each writes through the FrontmatterWriter). */
export function dashboardActionsOf(actions: PluginActions): DashboardActions {
  return {
    openNote: (path, field) => void actions.openNote(path, field),
    checkInHabit: (path, day) => void actions.checkInHabit(path, day),
    completeTask: (path) => void actions.completeTask(path),
    setBookmarkStatus: (path, status) => void actions.setBookmarkStatus(path, status),
    recordBackupRun: (path, result) => void actions.recordBackupRun(path, result),
    markSecretRotated: (path) => void actions.markSecretRotated(path),
  };
}

/** Draws the dashboard for the index as it is now. */
export function dashboardRenderer(ctx: PluginContext): (container: HTMLElement) => void {
  const actions = dashboardActionsOf(ctx.actions);
  return (container) => {
    const model = buildDashboard(ctx.source.index, { today: ctx.clock.today(), now: ctx.clock.now(), settings: ctx.settings() });
    renderDashboard(container, model, actions);
  };
}

/** Draws one ```stack block for the index as it is now. */
export function queryBlockRenderer(ctx: PluginContext): RenderStackBlock {
  const actions = dashboardActionsOf(ctx.actions);
  return (container, source, sourcePath) => {
    renderQueryBlock(container, source, { index: ctx.source.index, today: ctx.clock.today(), now: ctx.clock.now(), sourcePath, actions });
  };
}
