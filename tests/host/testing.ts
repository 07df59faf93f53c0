// Helpers for plugin tests: build an App from files, load a plugin, start the layout, wait for metadata.
import type * as O from 'obsidian';
import { App, type AppOptions } from './App';
import { encodeUtf8, decodeUtf8, toBytes } from './bytes';
import { Component } from './Component';
import { key } from './MemoryStore';
import { isHiddenPath, parentPath } from './paths';
import { Plugin } from './Plugin';
import { renderMarkdownInto } from './renderMarkdown';
import { TAbstractFile, TFile, TFolder } from './TAbstractFile';
import { SettingTab, type PluginSettingTab } from './SettingTab';

export { clearNotices, getNotices, noticeMessages, type RecordedNotice } from './Notice';
export { requestLog, setRequestHandler, type FakeResponse, type RequestHandler } from './requestUrl';
export { takeHandlerErrors } from './scheduler';
export { getOpenModals } from './Modal';
import { Modal } from './Modal';
import { AbstractInputSuggest } from './AbstractInputSuggest';
import { SuggestModal } from './SuggestModal';
export { getShownMenus } from './Menu';
export { HostError, type HostErrorCode } from './HostError';
export { App } from './App';
export { findSettingRow } from './settingDefinitions';
export { basesViewOptions, openBase, type OpenBase } from './openBase';
export type { HostBase } from './QueryController';
export type { HostViewEntry } from './BasesViewConfig';

/** File contents by vault path; text or bytes. Dot paths (".obsidian/…", ".git/…") go to the adapter only. */
export type VaultFiles = Record<string, string | Uint8Array | ArrayBuffer>;

/** Options for `createTestApp`. */
export interface TestAppOptions extends AppOptions {
  /** Initial files. */
  files?: VaultFiles;
  /** Pins the clock (ms since epoch) so ctime/mtime are reproducible. */
  now?: number;
}

/** Builds an App whose vault holds `files` (loaded silently, like a vault Obsidian opens; metadata is indexed). */
export function createTestApp(options: TestAppOptions = {}): App {
  const app = new App(options);
  if (options.now !== undefined) app.clock.set(options.now);
  for (const [path, content] of Object.entries(options.files ?? {})) {
    const p = key(path);
    app.store.mkdirs(parentPath(p));
    app.store.writeFile(p, typeof content === 'string' ? encodeUtf8(content) : toBytes(content));
  }
  app.loadVault();
  return app;
}

/** A plugin manifest with test defaults. */
export function testManifest(overrides: Partial<O.PluginManifest> = {}): O.PluginManifest {
  return {
    id: 'vault-stack',
    name: 'Vault Stack',
    author: 'Vault Stack',
    version: '0.0.0-test',
    minAppVersion: '1.13.0',
    description: 'Test manifest',
    ...overrides,
  };
}

/** A plugin class as the `obsidian` types declare it. */
export type PluginClass<T extends O.Plugin> = new (app: O.App, manifest: O.PluginManifest) => T;

/** Constructs a plugin, creates its folder, and awaits its `onload` like Obsidian's plugin manager. */
export async function loadPlugin<T extends O.Plugin>(
  app: App,
  PluginCtor: PluginClass<T>,
  manifest: Partial<O.PluginManifest> = {},
): Promise<T> {
  const m = testManifest(manifest);
  await app.vault.adapter.mkdir(`${app.vault.configDir}/plugins/${m.id}`);
  const plugin = new PluginCtor(app, m);
  if (!(plugin instanceof Plugin))
    throw new Error('test host: the plugin does not extend the host Plugin (is `obsidian` mapped to tests/host?)');
  await plugin.hostLoad();
  app.plugins.loaded.set(m.id, plugin);
  return plugin;
}

/** Unloads a plugin (runs every registered cleanup) and forgets it. */
export function unloadPlugin(app: App, plugin: O.Plugin): void {
  plugin.unload();
  app.plugins.loaded.delete(plugin.manifest.id);
}

/** Options for `startLayout`. */
export interface StartOptions {
  /** Fire vault `create` for every existing file first, as Obsidian does while it loads a vault (default true). */
  replayCreates?: boolean;
}

/**
 * Finishes startup like Obsidian: `create` for every existing file (unless disabled), then layout
 * ready (queued `onLayoutReady` callbacks run in order), then waits for metadata to settle.
 */
export async function startLayout(app: App, options: StartOptions = {}): Promise<void> {
  if (options.replayCreates !== false && !app.workspace.layoutReady) {
    for (const f of app.vault.getAllLoadedFiles()) if (f.path !== '/') app.vault.trigger('create', f);
  }
  app.workspace.hostLayoutReady();
  await app.settle();
}

/** Every file in the store as text (hidden paths only with `hidden: true`), sorted by path. */
export function readVaultFiles(app: App, options: { hidden?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of app.store.paths().sort()) {
    const entry = app.store.get(p);
    if (entry?.kind !== 'file' || (isHiddenPath(p) && options.hidden !== true)) continue;
    out[p] = decodeUtf8(entry.data);
  }
  return out;
}

/** Reads one file's text; throws ENOENT when missing. */
export function readVaultFile(app: App, path: string): string {
  return decodeUtf8(app.store.getFile(path, 'open').data);
}

/** The TFile at a path; throws when missing (for arranging tests). */
export function fileAt(app: App, path: string): TFile {
  const f = app.vault.getAbstractFileByPath(path);
  if (!(f instanceof TFile)) throw new Error(`test host: no file at ${path}`);
  return f;
}

/** The TFolder at a path; throws when missing (for arranging tests). */
export function folderAt(app: App, path: string): TFolder {
  const f = app.vault.getAbstractFileByPath(path);
  if (!(f instanceof TFolder)) throw new Error(`test host: no folder at ${path}`);
  return f;
}

/** The host's own `Vault.delete`, for tests of its semantics (plugin code should use `fileManager.trashFile`). */
export async function deleteFromVault(app: App, file: TAbstractFile, force?: boolean): Promise<void> {
  const vault: { delete(file: TAbstractFile, force?: boolean): Promise<void> } = app.vault;
  await vault.delete(file, force);
}

/** The host side of a suggest modal (query and choose like a user would). */
export function driveSuggestModal<T>(modal: O.SuggestModal<T>): SuggestModal<T> {
  if (!(modal instanceof SuggestModal)) throw new Error('test host: not a host SuggestModal');
  return modal as SuggestModal<T>;
}

/** The host side of a modal (whether it is open). */
export function driveModal(modal: O.Modal): Modal {
  if (!(modal instanceof Modal)) throw new Error('test host: not a host Modal');
  return modal;
}

/** The host side of a settings tab (re-render with `update`, re-apply predicates with `refreshDomState`). */
export function driveSettingTab(tab: O.SettingTab): SettingTab {
  if (!(tab instanceof SettingTab)) throw new Error('test host: not a host SettingTab');
  return tab;
}

/** The host side of an input suggest (refresh suggestions, choose one). */
export function driveInputSuggest<T>(suggest: O.AbstractInputSuggest<T>): AbstractInputSuggest<T> {
  const host: unknown = suggest;
  if (!(host instanceof AbstractInputSuggest)) throw new Error('test host: not a host AbstractInputSuggest');
  return host as AbstractInputSuggest<T>;
}

/** A rendered note: its element and the component owning its render children (unload it to "close" the note). */
export interface RenderedNote {
  el: HTMLElement;
  component: Component;
}

/** Renders a note (or given markdown) like reading view: code blocks go through registered processors. Needs a DOM. */
export async function renderNote(app: App, path: string, markdown?: string): Promise<RenderedNote> {
  const text = markdown ?? readVaultFile(app, path);
  const el = createDiv({ cls: 'markdown-preview-view markdown-rendered' });
  activeDocument.body.appendChild(el);
  const component = new Component();
  component.load();
  await renderMarkdownInto(app, text, el, path, component);
  return { el, component };
}

/** Opens a plugin's settings tab like the settings modal does (attach + `display()`); returns its element. */
export function openSettingTab(app: App, pluginId: string): HTMLElement {
  const tabs = app.plugins.settingTabs as unknown as PluginSettingTab[];
  const tab = tabs.find((t) => t.plugin.manifest.id === pluginId);
  if (!tab) throw new Error(`test host: no setting tab for ${pluginId}`);
  return tab.hostOpen();
}
