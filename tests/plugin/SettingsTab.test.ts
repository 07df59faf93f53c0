/** @jest-environment jsdom */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import type * as Obsidian from 'obsidian';
import { buildDashboard } from '../../src/core/dashboard/buildDashboard';
import type { SettingsTab } from '../../src/settings/SettingsTab';
import { openSettingTab, readVaultFile, takeHandlerErrors, type App } from '../host/testing';
import { note, smallVault } from './support/fixtures';
import { loadedPlugin } from './support/pluginHarness';

// The host has no SecretComponent yet (Obsidian 1.11.4+): stand in with a <select> of the stored secret names.
jest.mock('obsidian', () => {
  const actual = jest.requireActual<typeof Obsidian>('obsidian');
  class SecretComponent extends actual.BaseComponent {
    readonly selectEl: HTMLSelectElement;
    constructor(app: Obsidian.App, containerEl: HTMLElement) {
      super();
      this.selectEl = containerEl.createEl('select', { cls: 'secret-select' });
      for (const id of ['', ...app.secretStorage.listSecrets()])
        this.selectEl.createEl('option', { value: id, text: id });
    }
    setValue(value: string): this {
      this.selectEl.value = value;
      return this;
    }
    onChange(cb: (value: string) => unknown): this {
      this.selectEl.addEventListener('change', () => void cb(this.selectEl.value));
      return this;
    }
  }
  return { ...actual, SecretComponent };
});

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

/** Every row of the tab, headings included, in order. */
const ROW_NAMES = [
  'Folders to ignore',
  'Dashboard',
  'Needs attention',
  'Today',
  'Reading',
  'Infrastructure',
  'Problems',
  'Impact of the open note',
  'Date display',
  'Due-soon horizon',
  'Relation checks',
  'Services without a backup',
  'Secrets nothing uses',
  'Devices without bootstrap steps',
  'Backups that cover nothing',
  'Bookmarks of the same page',
  'Versioning',
  'Record changes with Git',
  'Commit after edits settle',
  'Commit every',
  'Author name',
  'Author email',
  'Remote URL',
  'Username',
  'Access token',
  'Calendar',
  'Keep a calendar file up to date',
  'Calendar file',
  'Time tracking',
  'Several timers at once',
  'Observation',
  'Verify every',
  'Ntfy topic URL',
  'Ntfy access token',
  'Webhook URL',
];

/** The plugin's settings tab, drawn the way Obsidian before 1.13 does (`display()`). */
function displayedTab(app: App): SettingsTab {
  const tab = app.plugins.settingTabs[0] as unknown as SettingsTab;
  activeDocument.body.appendChild(tab.containerEl);
  const imperative: { display(): void } = tab;
  imperative.display();
  return tab;
}

/** The row with this name. */
function row(tab: SettingsTab, name: string): HTMLElement {
  const found = [...tab.containerEl.querySelectorAll<HTMLElement>('.setting-item')].find(
    (el) => el.querySelector('.setting-item-name')?.textContent === name,
  );
  if (!found) throw new Error(`no setting named ${name}`);
  return found;
}

function type(el: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!el) throw new Error('no field');
  el.value = value;
  el.dispatchEvent(new Event('input'));
}

async function savedData(app: App): Promise<Record<string, unknown>> {
  await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
  return JSON.parse(readVaultFile(app, `${app.vault.configDir}/plugins/vault-stack/data.json`)) as Record<
    string,
    unknown
  >;
}

describe('the settings tab', () => {
  test('shows every setting in sentence case under Dashboard, Relation checks and Versioning headings; the same rows are its setting definitions', async () => {
    const { app } = await loadedPlugin(smallVault());

    const tab = displayedTab(app);

    const names = [...tab.containerEl.querySelectorAll('.setting-item-name')].map((el) => el.textContent);
    expect(names).toEqual(ROW_NAMES);
    const definitions = tab.getSettingDefinitions().map((g) => {
      const group = g as { heading?: string; items?: Array<{ name: string }> };
      return [group.heading ?? '', ...(group.items ?? []).map((i) => i.name)];
    });
    expect(definitions.flat().filter((n) => n !== '')).toEqual(names);
  });

  test('from Obsidian 1.13 the same rows are rendered from the setting definitions, and redraw after a section moves', async () => {
    const { app, plugin } = await loadedPlugin(smallVault());

    const el = openSettingTab(app, 'vault-stack');
    const names = [...el.querySelectorAll('.setting-item-name')].map((n) => n.textContent);
    const problems = [...el.querySelectorAll<HTMLElement>('.setting-item')].find(
      (r) => r.querySelector('.setting-item-name')?.textContent === 'Problems',
    );
    problems?.querySelector<HTMLElement>('[aria-label="Move up"]')?.click();
    await new Promise<void>((resolve) => window.setTimeout(resolve, 0));

    expect(names).toEqual(ROW_NAMES);
    expect(plugin.settings.sections).toEqual(['attention', 'today', 'reading', 'problems', 'infrastructure', 'impact']);
    const redrawn = [...el.querySelectorAll('.setting-item-name')].map((n) => n.textContent);
    expect(redrawn.slice(2, 7)).toEqual(['Needs attention', 'Today', 'Reading', 'Problems', 'Infrastructure']);
  });

  test('ignored folders are saved one per line and the index follows when the tab closes', async () => {
    const { app, plugin } = await loadedPlugin({ ...smallVault(), 'Archive/Old task.md': note('stack: task') });
    const tab = displayedTab(app);

    type(row(tab, 'Folders to ignore').querySelector('textarea'), 'Templates\n Archive/ \n\n');
    const saved = await savedData(app);
    const beforeClose = plugin.context.source.index.hasNote('Archive/Old task.md');
    tab.hide();
    await plugin.context.source.reindexIfIgnoreChanged(); // the rebuild hide() started

    expect(saved.ignoreFolders).toEqual(['Templates', 'Archive']);
    expect(beforeClose).toBe(true);
    expect(plugin.context.source.index.hasNote('Archive/Old task.md')).toBe(false);
    expect(plugin.context.source.index.get('Tasks/Pay rent.md')).toBeDefined();
  });

  test('dashboard sections can be hidden and moved, and the tab redraws in the new order', async () => {
    const { app, plugin } = await loadedPlugin(smallVault());
    const tab = displayedTab(app);

    row(tab, 'Reading').querySelector<HTMLElement>('.checkbox-container')?.click();
    await new Promise<void>((resolve) => window.setTimeout(resolve, 0));
    row(tab, 'Problems').querySelector<HTMLElement>('[aria-label="Move up"]')?.click();
    await new Promise<void>((resolve) => window.setTimeout(resolve, 0));

    expect(plugin.settings.sections).toEqual(['attention', 'today', 'problems', 'infrastructure', 'impact']);
    expect((await savedData(app)).sections).toEqual(['attention', 'today', 'problems', 'infrastructure', 'impact']);
    const order = [...tab.containerEl.querySelectorAll('.setting-item-name')].map((el) => el.textContent).slice(2, 8);
    expect(order).toEqual([
      'Needs attention',
      'Today',
      'Problems',
      'Infrastructure',
      'Impact of the open note',
      'Reading',
    ]);
  });

  test('a relation check switched off is saved, and its warnings leave the dashboard model', async () => {
    const { app, plugin } = await loadedPlugin(smallVault());
    const tab = displayedTab(app);
    const before = buildDashboard(plugin.context.source.index, {
      today: '2026-11-28',
      now: '2026-11-28T09:00',
      settings: plugin.settings,
    }).counts.warnings;

    row(tab, 'Secrets nothing uses').querySelector<HTMLElement>('.checkbox-container')?.click();
    const saved = await savedData(app);
    const after = buildDashboard(plugin.context.source.index, {
      today: '2026-11-28',
      now: '2026-11-28T09:00',
      settings: plugin.settings,
    }).counts.warnings;

    expect((saved.relationChecks as Record<string, boolean>)['unused-secret']).toBe(false);
    expect(before - after).toBe(1); // the vault's one secret is used by nothing
  });

  test('the access token is chosen from secret storage by name: data.json holds the name, never the token', async () => {
    const { app, plugin } = await loadedPlugin(smallVault());
    app.secretStorage.setSecret('forgejo-token', 'tok_9f8e7d6c5b4a39281706');
    const tab = displayedTab(app);

    const select = row(tab, 'Access token').querySelector('select');
    if (!select) throw new Error('no secret picker');
    select.value = 'forgejo-token';
    select.dispatchEvent(new Event('change'));
    const saved = await savedData(app);

    expect(plugin.settings.git.tokenSecret).toBe('forgejo-token');
    expect((saved.git as Record<string, unknown>).tokenSecret).toBe('forgejo-token');
    expect(readVaultFile(app, `${app.vault.configDir}/plugins/vault-stack/data.json`)).not.toContain(
      'tok_9f8e7d6c5b4a39281706',
    );
  });

  test('a horizon that is not a whole number of days is not saved', async () => {
    const { app, plugin } = await loadedPlugin(smallVault());
    const tab = displayedTab(app);
    const field = row(tab, 'Due-soon horizon').querySelector('input');

    type(field, '0');
    type(field, 'soon');
    const unchanged = plugin.settings.horizonDays;
    type(field, '14');

    expect(unchanged).toBe(90);
    expect(plugin.settings.horizonDays).toBe(14);
    expect((await savedData(app)).horizonDays).toBe(14);
  });
});
