import type * as O from 'obsidian';
import type { App } from './App';
import { notImplemented, requireDocument } from './HostError';
import { DefinitionsRenderer } from './settingDefinitions';
import type { SettingPage } from './SettingPage';
import type { Plugin } from './Plugin';

/** A tab rendered by `display()` (Obsidian < 1.13's protocol, still used when there are no definitions). */
interface ImperativeTab {
  display(): void;
}

/** Obsidian's SettingTab: a container the settings modal fills with `display()` (declarative definitions are not rendered here). */
export abstract class SettingTab implements O.SettingTab {
  icon = 'settings';
  app: App;
  containerEl: HTMLElement;
  settingItems: O.SettingDefinitionItem[] = [];

  constructor(app: O.App) {
    requireDocument('A SettingTab');
    this.app = app as unknown as App;
    this.containerEl = createDiv({ cls: 'vertical-tab-content' });
  }

  private readonly renderer = new DefinitionsRenderer({
    getControlValue: (key) => this.getControlValue(key),
    setControlValue: (key, value) => this.setControlValue(key, value),
    openPage: (page) => this.hostOpenPage(page),
  });
  private shown = false;

  /** No declarative definitions by default. */
  getSettingDefinitions(): O.SettingDefinitionItem[] {
    return [];
  }

  /** Stores the definitions, and re-renders them when the tab is shown. */
  update(): void {
    this.settingItems = this.getSettingDefinitions();
    if (this.shown && this.settingItems.length > 0) this.renderer.render(this.settingItems, this.containerEl);
  }

  /** App config is not emulated. */
  getControlValue(key: string): unknown {
    throw notImplemented(`SettingTab.getControlValue(${key})`);
  }

  /** App config is not emulated. */
  setControlValue(key: string, _value: unknown): void | Promise<void> {
    throw notImplemented(`SettingTab.setControlValue(${key})`);
  }

  /** Re-applies every `visible` and `disabled` predicate to the rendered rows. */
  refreshDomState(): void {
    this.renderer.refresh();
  }

  /** Override to render imperatively. */
  display(): void {}

  /** Empties the container (running `render` cleanups). */
  hide(): void {
    this.renderer.dispose();
    this.containerEl.empty();
  }

  /** Host-only: what opening the tab in the settings modal does: attach, then `display()`. */
  hostOpen(): HTMLElement {
    if (!this.containerEl.isConnected) activeDocument.body.appendChild(this.containerEl);
    this.containerEl.empty();
    this.shown = true;
    this.update();
    // Obsidian renders definitions when there are any, and calls display() only otherwise.
    if (this.settingItems.length === 0) (this as ImperativeTab).display();
    return this.containerEl;
  }

  /** Host-only: opens a sub-page (as clicking its row does): a back button, the title, then its items or page. */
  hostOpenPage(page: O.SettingDefinitionPage): void {
    this.renderer.dispose();
    this.containerEl.empty();
    const bar = this.containerEl.createDiv({ cls: 'setting-page-titlebar' });
    bar.createEl('button', { cls: 'setting-page-back', text: 'Back' }).addEventListener('click', () => this.hostOpen());
    bar.createDiv({ cls: 'setting-page-title', text: page.name });
    const body = this.containerEl.createDiv({ cls: 'setting-page-content' });
    if (page.items) {
      const sub = new DefinitionsRenderer({
        getControlValue: (k) => this.getControlValue(k),
        setControlValue: (k, v) => this.setControlValue(k, v),
        openPage: (p) => this.hostOpenPage(p),
      });
      sub.render(page.items, body);
    } else if (page.page) {
      const custom: SettingPage = page.page();
      body.appendChild(custom.rootEl);
      custom.display();
    }
  }

  /** Host-only: closing the settings modal. */
  hostClose(): void {
    this.shown = false;
    this.hide();
    this.containerEl.detach();
  }
}

/** Obsidian's PluginSettingTab: control values read and write `plugin.settings` and persist with `saveData`. */
export abstract class PluginSettingTab extends SettingTab implements O.PluginSettingTab {
  constructor(
    app: O.App,
    readonly plugin: O.Plugin,
  ) {
    super(app);
  }

  /** `plugin.settings[key]`. */
  override getControlValue(key: string): unknown {
    const settings = (this.plugin as Plugin).settings;
    return settings && typeof settings === 'object' ? (settings as Record<string, unknown>)[key] : undefined;
  }

  /** Sets `plugin.settings[key]` and saves. */
  override async setControlValue(key: string, value: unknown): Promise<void> {
    const plugin = this.plugin as Plugin;
    const settings = (
      plugin.settings && typeof plugin.settings === 'object' ? plugin.settings : (plugin.settings = {})
    ) as Record<string, unknown>;
    settings[key] = value;
    await plugin.saveData(settings);
  }
}
