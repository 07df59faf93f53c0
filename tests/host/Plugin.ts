import type * as O from 'obsidian';
import type { App } from './App';
import { Component } from './Component';
import { HostError, requireDocument } from './HostError';
import { setIcon } from './icons';

/** Obsidian's Plugin: registrations go to `app.plugins` and are undone on unload; data lives in `<configDir>/plugins/<id>/data.json`. */
export abstract class Plugin extends Component implements O.Plugin {
  app: App;
  manifest: O.PluginManifest;
  settings?: unknown;

  constructor(app: O.App, manifest: O.PluginManifest) {
    super();
    this.app = app as unknown as App;
    this.manifest = { ...manifest, dir: manifest.dir ?? `${this.app.vault.configDir}/plugins/${manifest.id}` };
  }

  /** Adds a ribbon icon (needs a DOM). */
  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    requireDocument('addRibbonIcon');
    const el = this.app.plugins
      .ribbonEl()
      .createDiv({ cls: 'side-dock-ribbon-action clickable-icon', attr: { 'aria-label': title } });
    setIcon(el, icon);
    el.addEventListener('click', callback);
    const entry = { icon, title, el, callback };
    this.app.plugins.ribbonIcons.push(entry);
    this.register(() => {
      el.detach();
      remove(this.app.plugins.ribbonIcons, entry);
    });
    return el;
  }

  /** Adds a status bar item (needs a DOM). */
  addStatusBarItem(): HTMLElement {
    requireDocument('addStatusBarItem');
    const el = this.app.plugins.statusBarEl().createDiv({ cls: 'status-bar-item' });
    this.app.plugins.statusBarItems.push(el);
    this.register(() => {
      el.detach();
      remove(this.app.plugins.statusBarItems, el);
    });
    return el;
  }

  /** Registers a command; id and name get the plugin's id and name as prefixes, as in Obsidian. */
  addCommand(command: O.Command): O.Command {
    command.id = `${this.manifest.id}:${command.id}`;
    command.name = `${this.manifest.name}: ${command.name}`;
    this.app.plugins.commands.set(command.id, command);
    this.register(() => this.app.plugins.commands.delete(command.id));
    return command;
  }

  /** Removes a command by its unprefixed id. */
  removeCommand(commandId: string): void {
    this.app.plugins.commands.delete(`${this.manifest.id}:${commandId}`);
  }

  /** Registers a settings tab. */
  addSettingTab(settingTab: O.PluginSettingTab): void {
    this.app.plugins.settingTabs.push(settingTab);
    this.register(() => remove(this.app.plugins.settingTabs, settingTab));
  }

  /** Registers a view type; on unload its leaves fall back to an empty view. */
  registerView(type: string, viewCreator: O.ViewCreator): void {
    const creators = this.app.workspace.viewCreators;
    if (creators.has(type)) throw new HostError('EEXIST', `Attempting to register an existing view type "${type}"`);
    creators.set(type, viewCreator);
    this.register(() => {
      creators.delete(type);
      for (const leaf of this.app.workspace.getLeavesOfType(type)) void leaf.hostFallBackToEmpty(type);
    });
  }

  /** Records a hover link source. */
  registerHoverLinkSource(id: string, info: O.HoverLinkSource): void {
    this.app.plugins.hoverLinkSources.set(id, info);
    this.register(() => this.app.plugins.hoverLinkSources.delete(id));
  }

  /** Opens files with these extensions in `viewType`. */
  registerExtensions(extensions: string[], viewType: string): void {
    for (const ext of extensions) this.app.workspace.extensionViews.set(ext, viewType);
    this.register(() => {
      for (const ext of extensions) this.app.workspace.extensionViews.delete(ext);
    });
  }

  /** Registers a post processor (run by the host's markdown renderer). */
  registerMarkdownPostProcessor(postProcessor: O.MarkdownPostProcessor, sortOrder?: number): O.MarkdownPostProcessor {
    if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
    this.app.plugins.postProcessors.push(postProcessor);
    this.register(() => remove(this.app.plugins.postProcessors, postProcessor));
    return postProcessor;
  }

  /** Registers a fenced code block processor for a language. */
  registerMarkdownCodeBlockProcessor(
    language: string,
    handler: (source: string, el: HTMLElement, ctx: O.MarkdownPostProcessorContext) => Promise<unknown> | void,
    sortOrder?: number,
  ): O.MarkdownPostProcessor {
    const entry = { language, handler, sortOrder: sortOrder ?? 0 };
    this.app.plugins.codeBlockProcessors.push(entry);
    this.register(() => remove(this.app.plugins.codeBlockProcessors, entry));
    const pp: O.MarkdownPostProcessor = () => {};
    pp.sortOrder = entry.sortOrder;
    return pp;
  }

  /** Registers a Bases view type (false when Bases is off: `app.plugins.basesEnabled`); a duplicate id throws. */
  registerBasesView(viewId: string, registration: O.BasesViewRegistration): boolean {
    const views = this.app.plugins.basesViews;
    if (!this.app.plugins.basesEnabled) return false;
    if (views.has(viewId)) throw new HostError('EEXIST', `Bases view type "${viewId}" is already registered`);
    views.set(viewId, registration);
    this.register(() => views.delete(viewId));
    return true;
  }

  /** Records an editor extension (there is no editor). */
  registerEditorExtension(extension: Parameters<O.Plugin['registerEditorExtension']>[0]): void {
    this.app.plugins.editorExtensions.push(extension);
    this.register(() => remove(this.app.plugins.editorExtensions, extension));
  }

  /** Records an obsidian:// handler. */
  registerObsidianProtocolHandler(action: string, handler: O.ObsidianProtocolHandler): void {
    this.app.plugins.protocolHandlers.set(action, handler);
    this.register(() => this.app.plugins.protocolHandlers.delete(action));
  }

  /** Records an editor suggest (there is no editor). */
  registerEditorSuggest(editorSuggest: O.EditorSuggest<unknown>): void {
    this.app.plugins.editorSuggests.push(editorSuggest);
    this.register(() => remove(this.app.plugins.editorSuggests, editorSuggest));
  }

  /** Records a CLI handler; a duplicate id throws. */
  registerCliHandler(command: string, _description: string, _flags: O.CliFlags | null, handler: O.CliHandler): void {
    if (this.app.plugins.cliHandlers.has(command))
      throw new HostError('EEXIST', `CLI command "${command}" is already registered`);
    this.app.plugins.cliHandlers.set(command, handler);
    this.register(() => this.app.plugins.cliHandlers.delete(command));
  }

  /** Reads `data.json` from the plugin folder; null when it does not exist. */
  async loadData(): Promise<unknown> {
    const path = `${this.manifest.dir}/data.json`;
    if (!(await this.app.vault.adapter.exists(path))) return null;
    return JSON.parse(await this.app.vault.adapter.read(path)) as unknown;
  }

  /** Writes `data.json` (pretty-printed JSON) into the plugin folder. */
  async saveData(data: unknown): Promise<void> {
    await this.app.vault.adapter.mkdir(this.manifest.dir as string);
    await this.app.vault.adapter.write(`${this.manifest.dir}/data.json`, JSON.stringify(data, null, 2));
  }

  /** Nothing to do here. */
  onUserEnable(): void {}

  /** Host-only: what the plugin manager does: mark loaded, await `onload`, then load children. */
  async hostLoad(): Promise<void> {
    if (this._loaded) return;
    this._loaded = true;
    // Subclasses may declare `async onload()` (the declared type allows it); await it like Obsidian does.
    const result: unknown = this.onload();
    if (result instanceof Promise) await result;
    this.loadChildren();
  }
}

function remove<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}
