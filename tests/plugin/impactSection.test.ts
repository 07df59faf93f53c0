/** @jest-environment jsdom */
import './support/textCodec';
import { afterEach, describe, expect, test } from '@jest/globals';
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../src/obsidian/DashboardView';
import { fileAt, takeHandlerErrors, type App } from '../host/testing';
import { smallVault } from './support/fixtures';
import { loadedPlugin } from './support/pluginHarness';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

function impactText(app: App): string | null | undefined {
  const view = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view;
  if (!(view instanceof DashboardView)) throw new Error('no dashboard');
  return view.contentEl.querySelector('.vault-stack-section-impact')?.textContent;
}

/** Waits past the dashboard's render debounce (200 ms). */
async function afterDebounce(): Promise<void> {
  await sleep(260);
}

describe("the dashboard's impact section follows the open note", () => {
  test('opening an item note shows what depends on it; a plain note shows how to use the section', async () => {
    const { app, plugin } = await loadedPlugin(smallVault());
    await plugin.context.openDashboard();

    await app.workspace.getLeaf(false).openFile(fileAt(app, 'Infra/Services/Nextcloud.md'));
    await afterDebounce();
    const onService = impactText(app);
    await app.workspace.getLeaf(false).openFile(fileAt(app, 'Home.md'));
    await afterDebounce();
    const onPlain = impactText(app);

    expect(onService).toContain('Impact of Nextcloud');
    expect(onService).toContain('NAS nightly covers Nextcloud');
    expect(onPlain).toContain('Open an item note to see what depends on it and what it needs.');
  });

  test('with the section hidden in settings, switching notes does not redraw the dashboard', async () => {
    const { app, plugin } = await loadedPlugin(smallVault(), {
      sections: ['attention', 'today', 'reading', 'infrastructure', 'problems'],
    });
    await plugin.context.openDashboard();
    const view = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view as DashboardView;
    const first = view.contentEl.firstElementChild;

    await app.workspace.getLeaf(false).openFile(fileAt(app, 'Infra/Services/Nextcloud.md'));
    await afterDebounce();

    expect(impactText(app)).toBeUndefined();
    expect(view.contentEl.firstElementChild).toBe(first);
  });
});
