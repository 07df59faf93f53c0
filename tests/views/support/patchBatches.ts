/** A differential run of the dashboard's keyed patch: after each batch of changes (and clicks), the patched DOM against a fresh render. */
import { expect } from '@jest/globals';
import { DashboardTracker } from '../../../src/core/dashboard/DashboardTracker';
import { DashboardPatcher } from '../../../src/views/dashboard/DashboardPatcher';
import { StaticElement } from '../../../src/views/dom/StaticElement';
import { renderDashboard } from '../../../src/views/renderDashboard';
import { applyBatchStep, type BatchStep } from '../../core/dashboard/changeSteps';
import { freshWorld, worldContext } from '../../core/dashboard/dashboardBatches';
import { domTree } from './domTree';
import { RecordingActions } from './RecordingActions';

/** A batch of changes, and which enabled control (if any) is clicked before them. */
export type PatchBatch = [BatchStep[], number | null];

/** Runs the batches through a tracker and a patcher (a DOM element and a StaticElement), comparing each drawing with a fresh render. */
export function runPatchBatches(batches: PatchBatch[], impact: boolean): void {
  const w = freshWorld();
  const tracker = new DashboardTracker();
  const actions = new RecordingActions();
  const patcher = new DashboardPatcher(actions);
  const statics = new DashboardPatcher({});
  const el = document.body.createDiv();
  const page = new StaticElement('div');
  const fresh = (model: Parameters<typeof renderDashboard>[1]): ReturnType<typeof domTree> => {
    const other = document.body.createDiv();
    renderDashboard(other, model, actions);
    const tree = domTree(other);
    other.remove();
    return tree;
  };
  for (const [steps, click] of [[[], null] as PatchBatch, ...batches]) {
    if (click !== null) {
      const buttons = Array.from(el.querySelectorAll<HTMLButtonElement>('button.vault-stack-action:not([disabled])'));
      if (buttons.length > 0) buttons[click % buttons.length].click();
    }
    for (const s of steps) applyBatchStep(w, s);
    const model = tracker.update(w.index, worldContext(w, impact), w.version).model;
    patcher.draw(el, model);
    statics.draw(page, model);
    expect(domTree(el)).toEqual(fresh(model));
    const staticPage = new StaticElement('div');
    renderDashboard(staticPage, model, {});
    expect(page.toHtml()).toBe(staticPage.toHtml());
  }
  el.remove();
}
