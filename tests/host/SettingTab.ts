import type * as O from 'obsidian';
import type { App } from './App';
import { notImplemented, requireDocument } from './HostError';
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

  /** No declarative definitions by default. */
  getSettingDefinitions(): O.SettingDefinitionItem[] {
    return [];
  }

  /** Stores the definitions. */
  update(): void {
    this.settingItems = this.getSettingDefinitions();
  }

  /** App config is not emulated. */
  getControlValue(key: string): unknown {
    throw notImplemented(`SettingTab.getControlValue(${key})`);
  }

  /** App config is not emulated. */
  setControlValue(key: string, _value: unknown): void | Promise<void> {
    throw notImplemented(`SettingTab.setControlValue(${key})`);
  }

  /** Nothing to refresh: definitions are not rendered. */
  refreshDomState(): void {}

  /** Override to render imperatively. */
  display(): void {}

  /** Empties the container. */
  hide(): void {
    this.containerEl.empty();
  }

  /** Host-only: what opening the tab in the settings modal does: attach, then `display()`. */
  hostOpen(): HTMLElement {
    if (!this.containerEl.isConnected) activeDocument.body.appendChild(this.containerEl);
    this.containerEl.empty();
    this.update();
    if (this.settingItems.length > 0) throw notImplemented('Rendering of getSettingDefinitions()');
    (this as ImperativeTab).display();
    return this.containerEl;
  }

  /** Host-only: closing the settings modal. */
  hostClose(): void {
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
    const settings = (plugin.settings && typeof plugin.settings === 'object' ? plugin.settings : (plugin.settings = {})) as Record<string, unknown>;
    settings[key] = value;
    await plugin.saveData(settings);
  }
}
