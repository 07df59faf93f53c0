import { DashboardTracker } from '../core/dashboard/DashboardTracker';
import { DashboardPatcher } from '../views/dashboard/DashboardPatcher';
import { SignedRows } from '../views/query/SignedRows';
import type { DashboardActions } from '../views/DashboardActions';
import { renderQueryBlock } from '../views/renderQueryBlock';
import type { PluginContext } from './PluginContext';
import type { PluginActions } from './PluginActions';
import type { WriteOutcome } from './FrontmatterWriter';
import type { RenderStackBlock } from './StackBlockProcessor';

/** The view layer's actions, backed by the plugin's (each writes through the FrontmatterWriter). */
export function dashboardActionsOf(actions: PluginActions): DashboardActions {
  return {
    openNote: (path, field) => void actions.openNote(path, field),
    checkInHabit: (path, day) => changedNote(actions.checkInHabit(path, day)),
    completeTask: (path) => changedNote(actions.completeTask(path)),
    setBookmarkStatus: (path, status) => changedNote(actions.setBookmarkStatus(path, status)),
    recordBackupRun: (path, result) => changedNote(actions.recordBackupRun(path, result)),
    markSecretRotated: (path) => changedNote(actions.markSecretRotated(path)),
    startTimer: (path) => changedNote(actions.startTimer(path)),
    stopTimer: (path) => changedNote(actions.stopTimer(path)),
    updateNote: (path, field, value) => changedNote(actions.updateNote(path, field, value)),
  };
}

/** Whether a write changed its note (a refused or empty edit did not; the writer already told the user why). */
function changedNote(outcome: Promise<WriteOutcome>): Promise<boolean> {
  return outcome.then((o) => o.ok && o.changed);
}

/**
 * Draws the dashboard for the index as it is now: the model updated from the index's changes
 * since the last draw (`DashboardTracker`), and the container's previous drawing patched by key
 * (`DashboardPatcher`, one per container), so one changed note costs about one row.
 */
export function dashboardRenderer(ctx: PluginContext): (container: HTMLElement) => void {
  const actions = dashboardActionsOf(ctx.actions);
  const tracker = new DashboardTracker();
  const patchers = new WeakMap<HTMLElement, DashboardPatcher>();
  return (container) => {
    const { model } = tracker.update(
      ctx.source.index,
      {
        today: ctx.clock.today(),
        now: ctx.clock.now(),
        settings: ctx.settings(),
        activePath: activeNoteOf(ctx),
        observations: ctx.observation.store.map,
      },
      ctx.observation.store.version,
    );
    let patcher = patchers.get(container);
    if (!patcher) patchers.set(container, (patcher = new DashboardPatcher(actions)));
    patcher.draw(container, model);
  };
}

/** The note open in the editor when the dashboard shows the impact section (else null: switching notes changes nothing drawn). */
export function activeNoteOf(ctx: PluginContext): string | null {
  return ctx.settings().sections.includes('impact') ? (ctx.app.workspace.getActiveFile()?.path ?? null) : null;
}

/** Draws one ```stack block for the index as it is now, keeping the elements of rows drawn the same as last time (`SignedRows`, one per block element). */
export function queryBlockRenderer(ctx: PluginContext): RenderStackBlock {
  const actions = dashboardActionsOf(ctx.actions);
  const kept = new WeakMap<HTMLElement, SignedRows>();
  return (container, source, sourcePath) => {
    let rows = kept.get(container);
    if (!rows) kept.set(container, (rows = new SignedRows()));
    rows.begin();
    renderQueryBlock(
      container,
      source,
      {
        index: ctx.source.index,
        today: ctx.clock.today(),
        now: ctx.clock.now(),
        sourcePath,
        actions,
        dateDisplay: ctx.settings().dateDisplay,
      },
      rows.draw,
    );
  };
}
