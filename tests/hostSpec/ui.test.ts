/** @jest-environment jsdom */
import { afterEach, describe, expect, test } from '@jest/globals';
import {
  AbstractInputSuggest,
  FuzzySuggestModal,
  Modal,
  Notice,
  Plugin,
  PluginSettingTab,
  SecretComponent,
  Setting,
  type App,
  type SettingDefinitionItem,
  type TFolder,
} from 'obsidian';
import {
  clearNotices,
  createTestApp,
  driveInputSuggest,
  driveModal,
  driveSettingTab,
  driveSuggestModal,
  findSettingRow,
  getOpenModals,
  loadPlugin,
  noticeMessages,
  openSettingTab,
  readVaultFile,
  takeHandlerErrors,
} from '../host/testing';

afterEach(() => expect(takeHandlerErrors()).toEqual([]));

class PickModal extends FuzzySuggestModal<string> {
  chosen: string[] = [];
  getItems(): string[] {
    return ['Backup restic', 'Domain expiry', 'Daily habit'];
  }
  getItemText(item: string): string {
    return item;
  }
  onChooseItem(item: string): void {
    this.chosen.push(item);
  }
}

interface DemoSettings {
  name: string;
  on: boolean;
  mode: string;
  hosts: string[];
}

class SettingsPlugin extends Plugin {
  override settings: DemoSettings = { name: 'x', on: false, mode: 'a', hosts: ['alpha', 'beta'] };
  override async onload(): Promise<void> {
    this.addSettingTab(new Tab(this.app, this));
  }
}

class Tab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly owner: SettingsPlugin,
  ) {
    super(app, owner);
  }
  /** The imperative fallback for Obsidian before 1.13; not used when definitions exist. */
  override display(): void {
    new Setting(this.containerEl).setName('Imperative fallback');
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return [
      {
        name: 'Name',
        desc: '<i>not html</i>',
        control: {
          type: 'text',
          key: 'name',
          validate: (v: string) => (v.trim() === '' ? 'Name is required' : undefined),
        },
      },
      { name: 'Enabled', control: { type: 'toggle', key: 'on' } },
      {
        name: 'Mode',
        visible: () => this.owner.settings.on,
        control: { type: 'dropdown', key: 'mode', options: { a: 'Mode A', b: 'Mode B' } },
      },
      {
        type: 'list',
        heading: 'Hosts',
        items: this.owner.settings.hosts.map((h) => ({ name: h })),
        onDelete: (i: number) => {
          this.owner.settings.hosts.splice(i, 1);
        },
      },
    ];
  }
}

describe('Modals', () => {
  test('a modal attaches on open, calls onOpen/onClose and detaches on close', () => {
    const app = createTestApp();
    const calls: string[] = [];
    const modal = new (class extends Modal {
      override onOpen(): void {
        calls.push('open');
        this.setTitle('Title <b>');
      }
      override onClose(): void {
        calls.push('close');
      }
    })(app);

    modal.open();
    const openNow = getOpenModals().length;
    modal.close();

    expect(calls).toEqual(['open', 'close']);
    expect(openNow).toBe(1);
    expect(modal.titleEl.textContent).toBe('Title <b>');
    expect(modal.containerEl.isConnected).toBe(false);
  });

  test('a fuzzy suggest modal filters by query and chooses an item', async () => {
    const app = createTestApp();
    const modal = new PickModal(app);
    modal.open();

    const shown = await driveSuggestModal(modal).hostSetQuery('dly');
    driveSuggestModal(modal).hostChoose(0);

    expect(shown.map((m) => m.item)).toEqual(['Daily habit']);
    expect(modal.chosen).toEqual(['Daily habit']);
    expect(driveModal(modal).isOpen).toBe(false);
  });
});

describe('Notices', () => {
  test('notices are recorded for tests to read', () => {
    clearNotices();

    new Notice('Committed 3 files');
    new Notice(createFragment((f) => f.createSpan({ text: 'Fragment notice' })));

    expect(noticeMessages()).toEqual(['Committed 3 files', 'Fragment notice']);
  });
});

describe('Settings', () => {
  test('declarative controls read and write plugin settings and persist them with saveData', async () => {
    const app = createTestApp();
    const plugin = await loadPlugin(app, SettingsPlugin, { id: 'settings-test' });
    const el = openSettingTab(app, 'settings-test');

    const input = findSettingRow(el, 'Name')?.querySelector('input') as HTMLInputElement;
    input.value = 'typed';
    input.dispatchEvent(new Event('input'));
    (findSettingRow(el, 'Enabled')?.querySelector('.checkbox-container') as HTMLElement).click();
    await app.settle();

    expect(plugin.settings).toMatchObject({ name: 'typed', on: true });
    expect(JSON.parse(readVaultFile(app, `${app.vault.configDir}/plugins/settings-test/data.json`))).toMatchObject({
      name: 'typed',
      on: true,
    });
    expect(findSettingRow(el, 'Name')?.querySelector('.setting-item-description')?.textContent).toBe('<i>not html</i>');
    expect(el.querySelector('i')).toBeNull();
    expect(findSettingRow(el, 'Imperative fallback')).toBeNull();
  });

  test('a failing validate shows its message and does not persist the value', async () => {
    const app = createTestApp();
    const plugin = await loadPlugin(app, SettingsPlugin, { id: 'settings-test' });
    const el = openSettingTab(app, 'settings-test');
    const row = findSettingRow(el, 'Name') as HTMLElement;

    const input = row.querySelector('input') as HTMLInputElement;
    input.value = '  ';
    input.dispatchEvent(new Event('input'));
    await app.settle();

    expect(plugin.settings.name).toBe('x');
    expect(row.hasClass('is-invalid')).toBe(true);
    expect(row.querySelector('.setting-item-error')?.textContent).toBe('Name is required');
  });

  test('visible predicates are re-evaluated by refreshDomState, and update() re-renders list items', async () => {
    const app = createTestApp();
    const plugin = await loadPlugin(app, SettingsPlugin, { id: 'settings-test' });
    const el = openSettingTab(app, 'settings-test');
    const tab = driveSettingTab(app.plugins.settingTabs[0]);
    const hiddenAtFirst = !(findSettingRow(el, 'Mode') as HTMLElement).isShown();

    plugin.settings.on = true;
    tab.refreshDomState();
    const shownAfterRefresh = (findSettingRow(el, 'Mode') as HTMLElement).isShown();
    (findSettingRow(el, 'alpha')?.querySelector('.setting-list-delete') as HTMLElement).click();
    tab.update();

    expect([hiddenAtFirst, shownAfterRefresh]).toEqual([true, true]);
    expect(plugin.settings.hosts).toEqual(['beta']);
    expect(findSettingRow(el, 'alpha')).toBeNull();
    expect(findSettingRow(el, 'beta')).not.toBeNull();
  });
});

class FolderSuggest extends AbstractInputSuggest<TFolder> {
  constructor(
    app: App,
    private readonly inputEl: HTMLInputElement,
  ) {
    super(app, inputEl);
  }
  protected getSuggestions(query: string): TFolder[] {
    return this.app.vault.getAllFolders().filter((f) => f.path.toLowerCase().includes(query.toLowerCase()));
  }
  renderSuggestion(folder: TFolder, el: HTMLElement): void {
    el.setText(folder.path);
  }
  override selectSuggestion(folder: TFolder): void {
    this.setValue(folder.path);
    this.inputEl.dispatchEvent(new Event('change'));
    this.close();
  }
}

describe('Pickers', () => {
  test('an input suggest lists matches for the typed text and fills the input on choice', async () => {
    const app = createTestApp({ files: { 'Infra/Hosts/a.md': '', 'Reading/b.md': '' } });
    const input = activeDocument.body.createEl('input', { type: 'text' });
    const suggest = new FolderSuggest(app, input);

    input.value = 'inf';
    const shown = await driveInputSuggest(suggest).hostSuggest();
    driveInputSuggest(suggest).hostChoose(1);

    expect(shown.map((f) => f.path)).toEqual(['Infra', 'Infra/Hosts']);
    expect(input.value).toBe('Infra/Hosts');
  });

  test('a secret picker offers the stored secret names and reports the chosen one', () => {
    const app = createTestApp();
    app.secretStorage.setSecret('git-token', 'x');
    const chosen: string[] = [];

    const picker = new SecretComponent(app, createDiv()).setValue('').onChange((name) => chosen.push(name));
    const select = (picker as unknown as { selectEl: HTMLSelectElement }).selectEl;
    select.value = 'git-token';
    select.dispatchEvent(new Event('change'));

    expect(Array.from(select.options, (o) => o.value)).toEqual(['', 'git-token']);
    expect(chosen).toEqual(['git-token']);
  });
});
