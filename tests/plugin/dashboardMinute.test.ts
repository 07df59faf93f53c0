/** @jest-environment jsdom */
import './support/textCodec';
import { afterEach, expect, test } from '@jest/globals';
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../src/obsidian/DashboardView';
import { fixedClock } from '../../src/obsidian/clock';
import { takeHandlerErrors } from '../host/testing';
import { note, smallVault } from './support/fixtures';
import { loadedPlugin } from './support/pluginHarness';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

test('the dashboard shows a task overdue once its due time passes, though no note changed', async () => {
  const { app, plugin } = await loadedPlugin({
    ...smallVault(),
    'Tasks/Call plumber.md': note('stack: task', 'due: 2026-11-28T14:30'),
  });
  await plugin.context.openDashboard();
  const view = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view;
  if (!(view instanceof DashboardView)) throw new Error('no dashboard');
  const row = (): Element | undefined =>
    [...view.contentEl.querySelectorAll('li.vault-stack-task')].find((li) => li.textContent?.includes('Call plumber'));
  expect(row()?.classList.contains('is-overdue')).toBe(false);

  // What the pane's minute check runs: at 14:29 nothing it shows changed, at 14:31 the task is late.
  plugin.context.clock = fixedClock('2026-11-28T14:29');
  view.refresh();
  expect(row()?.classList.contains('is-overdue')).toBe(false);
  plugin.context.clock = fixedClock('2026-11-28T14:31');
  expect(view.refresh()).toBe(true);

  expect(row()?.classList.contains('is-overdue')).toBe(true);
});
