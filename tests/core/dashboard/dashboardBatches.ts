/** A differential run shared by the batch tests: the tracker's model against a full build after each batch of steps. */
import { expect } from '@jest/globals';
import { buildDashboard, type DashboardContext } from '../../../src/core/dashboard/buildDashboard';
import { DashboardTracker } from '../../../src/core/dashboard/DashboardTracker';
import type { Observation } from '../../../src/core/observe/Observation';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { applyBatchStep, freshIndex, vaultIndex, vaultTexts, type BatchStep, type World } from './changeSteps';
import { NOW, settingsWith, TODAY } from './dashboardVault';

/** A fresh world: the dashboard vault at 09:00 on the 28th, no observations. */
export function freshWorld(): World {
  return {
    index: vaultIndex(),
    texts: vaultTexts(),
    clock: { today: TODAY, now: NOW },
    observations: new Map<string, Observation>(),
    version: 0,
    active: 'Infra/Devices/NAS.md',
  };
}

/** The context a host would pass for the world (every section, impact for the open note when `impact`). */
export function worldContext(w: World, impact: boolean, hidden = false): DashboardContext {
  const sections = hidden ? DEFAULT_SETTINGS.sections.filter((s) => s !== 'today') : [...DEFAULT_SETTINGS.sections];
  return {
    ...w.clock,
    settings: settingsWith({ sections }),
    observations: w.observations,
    ...(impact ? { activePath: w.active } : {}),
  };
}

/** Runs the batches, checking the tracker's model against `buildDashboard` after each; returns how many updates were local. */
export function runBatches(
  batches: BatchStep[][],
  impact: boolean,
  hidden = false,
): { local: number; updates: number } {
  const w = freshWorld();
  const tracker = new DashboardTracker();
  expect(tracker.update(w.index, worldContext(w, impact, hidden), w.version).model).toEqual(
    buildDashboard(w.index, worldContext(w, impact, hidden)),
  );
  let local = 0;
  for (const b of batches) {
    for (const s of b) applyBatchStep(w, s);
    const ctx = worldContext(w, impact, hidden);
    const update = tracker.update(w.index, ctx, w.version);
    const model = buildDashboard(w.index, ctx);
    expect(update.model).toEqual(model);
    // The index itself kept from revision to revision (its problems, links, names) against one built afresh.
    expect(model).toEqual(buildDashboard(freshIndex(w.texts), ctx));
    if (update.fullBuild === null) local++;
  }
  return { local, updates: batches.length };
}
