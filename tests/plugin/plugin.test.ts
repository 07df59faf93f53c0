/** @jest-environment jsdom */
import './support/textCodec';
import { afterEach, describe, expect, test } from '@jest/globals';
import VaultStackPlugin from '../../src/main';
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../src/obsidian/DashboardView';
import {
  createTestApp,
  fileAt,
  loadPlugin,
  readVaultFile,
  renderNote,
  startLayout,
  takeHandlerErrors,
  unloadPlugin,
  type App,
} from '../host/testing';
import { note, smallVault } from './support/fixtures';
import { loadedPlugin, run, settled } from './support/pluginHarness';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

/** The dashboard's view in its (only) leaf. */
function dashboardOf(app: App): DashboardView {
  const leaves = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE);
  const view = leaves[0]?.view;
  if (leaves.length !== 1 || !(view instanceof DashboardView))
    throw new Error(`expected one dashboard, found ${leaves.length}`);
  return view;
}

/** Waits past the render debounce (200 ms). The host's scheduler reads the window's timers, so fake timers would stall it. */
async function afterDebounce(): Promise<void> {
  await sleep(260);
}

describe('the plugin in Obsidian', () => {
  test('loading registers everything but reads no note until the layout is ready', async () => {
    const app = createTestApp({ files: smallVault() });

    const plugin = await loadPlugin(app, VaultStackPlugin);

    expect(plugin.context.source.index.stats().notes).toBe(0);
    expect(app.workspace.viewCreators.has(DASHBOARD_VIEW_TYPE)).toBe(true);
    expect(app.plugins.processorsFor('stack')).toHaveLength(1);
    expect(app.plugins.ribbonIcons.map((r) => r.title)).toEqual(['Open dashboard']);
    expect(app.plugins.settingTabs).toHaveLength(1);
    await startLayout(app);
    await plugin.context.source.ready;
    expect(plugin.context.source.index.items()).toHaveLength(9);
  });

  test('settings come from data.json, merged over the defaults', async () => {
    const { plugin } = await loadedPlugin(smallVault(), {
      ignoreFolders: [],
      dateDisplay: 'relative',
      git: { remoteUrl: 'https://git.example.net/me/vault.git' },
    });

    expect(plugin.settings.dateDisplay).toBe('relative');
    expect(plugin.settings.git.remoteUrl).toBe('https://git.example.net/me/vault.git');
    expect(plugin.settings.git.authorName).toBe('Vault Stack');
    expect(plugin.context.source.index.hasNote('Templates/Task.md')).toBe(true);
  });

  test('the dashboard opens once in the right sidebar; the command and the ribbon reuse it', async () => {
    const { app } = await loadedPlugin(smallVault());

    run(app, 'open-dashboard');
    await app.settle();
    app.plugins.ribbonIcons[0]?.el.click();
    run(app, 'open-dashboard');
    await app.settle();

    const leaves = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE);
    expect(leaves).toHaveLength(1);
    expect(leaves[0]?.container.side).toBe('right');
    expect(dashboardOf(app).contentEl.querySelector('.vault-stack-section-attention')?.textContent).toContain(
      'Renew passport',
    );
  });

  test('the dashboard re-renders after the index changed, and not when nothing changed', async () => {
    const { app, plugin } = await loadedPlugin(smallVault());
    await plugin.context.openDashboard();
    const view = dashboardOf(app);
    const first = view.contentEl.firstElementChild;

    app.workspace.trigger('layout-change');
    await afterDebounce();
    const afterNoChange = view.contentEl.firstElementChild;
    await app.vault.modify(
      fileAt(app, 'Tasks/Renew passport.md'),
      note('stack: task', 'title: Renew passport', 'status: done'),
    );
    await app.settle();
    await afterDebounce();

    expect(afterNoChange).toBe(first);
    expect(view.lastRendered?.revision).toBe(plugin.context.source.index.revision);
    // Patched in place: the same root, without the completed task.
    expect(view.contentEl.firstElementChild).toBe(first);
    expect(view.contentEl.querySelector('.vault-stack-section-attention')?.textContent).not.toContain('Renew passport');
  });

  test('saving display settings redraws the dashboard with them', async () => {
    const { app, plugin } = await loadedPlugin(smallVault());
    await plugin.context.openDashboard();
    const content = dashboardOf(app).contentEl;
    const before = content.querySelectorAll('.vault-stack-section').length;

    plugin.settings.sections = ['problems', 'today'];
    await plugin.context.saveSettings();
    await afterDebounce();

    expect(before).toBe(6);
    expect([...content.querySelectorAll('.vault-stack-section')].map((el) => el.getAttribute('aria-label'))).toEqual([
      'Problems',
      'Today',
    ]);
  });

  test('a hidden dashboard does not re-render; it catches up when shown again', async () => {
    const { app, plugin } = await loadedPlugin(smallVault());
    await plugin.context.openDashboard();
    const view = dashboardOf(app);
    const shownRevision = view.lastRendered?.revision;
    const leafEl = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.containerEl;

    leafEl?.hide();
    await app.vault.modify(
      fileAt(app, 'Tasks/Renew passport.md'),
      note('stack: task', 'title: Renew passport', 'status: done'),
    );
    await app.settle();
    await afterDebounce();
    const whileHidden = view.lastRendered?.revision;
    leafEl?.show();
    app.workspace.trigger('layout-change');
    await afterDebounce();

    expect(whileHidden).toBe(shownRevision);
    expect(view.lastRendered?.revision).toBe(plugin.context.source.index.revision);
    expect(view.lastRendered?.revision).not.toBe(shownRevision);
  });

  test("the dashboard's buttons edit notes through the plugin's actions and open notes", async () => {
    const { app, plugin } = await loadedPlugin(smallVault());
    await plugin.context.openDashboard();
    const content = dashboardOf(app).contentEl;
    const titleLink = [...content.querySelectorAll<HTMLElement>('.vault-stack-note-link')].find(
      (b) => b.textContent === 'Run',
    );

    content.querySelector<HTMLElement>('[aria-label="Check in Meditate for today"]')?.click();
    content.querySelector<HTMLElement>('[aria-label="Complete Renew passport"]')?.click();
    await settled(app);
    titleLink?.click();
    await settled(app);

    expect(readVaultFile(app, 'Habits/Meditate.md')).toBe(
      note('stack: habit', 'goal: daily', 'log: [2026-11-26, 2026-11-27, 2026-11-28]'),
    );
    expect(plugin.context.source.index.get('Tasks/Renew passport.md')?.data).toMatchObject({
      status: 'done',
      done: '2026-11-28',
    });
    expect(app.workspace.getActiveFile()?.path).toBe('Habits/Run.md');
  });

  test('the open problems section can be scrolled to', async () => {
    const { app, plugin } = await loadedPlugin({
      ...smallVault(),
      'Tasks/Bad date.md': note('stack: task', 'due: 2026-13-45'),
    });

    await plugin.context.openDashboard('problems');

    expect(dashboardOf(app).contentEl.querySelector('.vault-stack-section-problems')?.textContent).toContain(
      'Bad date',
    );
  });

  test('a stack block renders from the index, follows it, and stops when its note closes', async () => {
    const { app } = await loadedPlugin({
      ...smallVault(),
      'Home.md': '# Home\n\n```stack\nkind: task\nfilters: status != "done"\nfields: [title]\n```\n',
    });
    const rendered = await renderNote(app, 'Home.md');
    const initially = rendered.el.textContent ?? '';

    await app.vault.create('Tasks/Call the bank.md', note('stack: task', 'due: 2026-12-03'));
    await app.settle();
    await afterDebounce();
    const afterCreate = rendered.el.textContent ?? '';
    rendered.component.unload();
    await app.vault.create('Tasks/Book dentist.md', note('stack: task'));
    await app.settle();
    await afterDebounce();

    expect(initially).toContain('Renew passport');
    expect(initially).not.toContain('Water plants');
    expect(afterCreate).toContain('Call the bank');
    expect(rendered.el.textContent).not.toContain('Book dentist');
  });

  test('after unload nothing of the plugin is registered and no vault event reaches it', async () => {
    const { app, plugin } = await loadedPlugin(smallVault());
    await plugin.context.openDashboard();
    const source = plugin.context.source;
    const revision = source.index.revision;

    unloadPlugin(app, plugin);
    await app.vault.create('Tasks/Late.md', note('stack: task'));
    await app.vault.modify(fileAt(app, 'Habits/Run.md'), note('stack: habit', 'goal: daily'));
    await app.vault.rename(fileAt(app, 'Home.md'), 'Start.md');
    await app.settle();

    expect(source.index.revision).toBe(revision);
    expect([...app.plugins.commands.keys()].filter((id) => id.startsWith('vault-stack:'))).toEqual([]);
    expect(app.workspace.viewCreators.has(DASHBOARD_VIEW_TYPE)).toBe(false);
    expect(app.plugins.processorsFor('stack')).toEqual([]);
    expect(app.plugins.ribbonIcons).toEqual([]);
    expect(app.plugins.settingTabs).toEqual([]);
  });
});
