// The in-memory Obsidian as one browser script: `window.VaultStackHost`, plus a CommonJS
// `window.require` that answers `require('obsidian')` with the host, as Obsidian does for plugins.
import * as obsidian from '../host/index';
import type * as O from 'obsidian';
import {
  createTestApp,
  loadPlugin,
  noticeMessages,
  openBase,
  readVaultFile,
  readVaultFiles,
  startLayout,
  type App,
  type HostViewEntry,
  type PluginClass,
} from '../host/testing';

/** What `boot` needs: the vault, the plugin module (CommonJS exports) and its manifest. */
export interface BootOptions {
  files: Record<string, string>;
  manifest?: Partial<O.PluginManifest>;
  /** The global the plugin script assigned its `module.exports` to. */
  pluginGlobal: string;
}

let app: App | null = null;

function current(): App {
  if (!app) throw new Error('VaultStackHost: call boot() first');
  return app;
}

/** The page's API, reached from tests with `page.evaluate`. */
export const host = {
  obsidian,
  /** Opens the vault, loads the plugin from its CommonJS exports, and finishes startup (layout ready, metadata settled). */
  async boot(options: BootOptions): Promise<void> {
    const exports = (window as unknown as Record<string, { default?: PluginClass<O.Plugin> } | undefined>)[
      options.pluginGlobal
    ];
    const PluginCtor = exports?.default;
    if (!PluginCtor)
      throw new Error(
        `VaultStackHost: window.${options.pluginGlobal} has no default export (did the plugin script run?)`,
      );
    app = createTestApp({ files: options.files });
    await loadPlugin(app, PluginCtor, options.manifest);
    await startLayout(app);
  },
  /** Every visible file's text, by path. */
  readFiles(): Record<string, string> {
    return readVaultFiles(current());
  },
  /** One file's text. */
  readFile(path: string): string {
    return readVaultFile(current(), path);
  },
  /** Waits for queued metadata updates and events. */
  async settle(): Promise<void> {
    await current().settle();
  },
  /** The notices shown so far. */
  notices(): string[] {
    return noticeMessages();
  },
  /** Opens a Base showing a registered view type over the notes under `folder` (every note when omitted); its container gets `data-base="<view name>"`. */
  openBase(view: HostViewEntry, folder?: string): void {
    const open = openBase(current(), {
      view,
      filter: folder === undefined ? undefined : (file) => file.path.startsWith(`${folder}/`),
    });
    open.containerEl.setAttribute('data-base', view.name);
  },
  /** Runs a command by full id ("plugin-id:command-id"). */
  runCommand(id: string): boolean {
    return current().plugins.executeCommand(id);
  },
};

/** The shape of `window` once the host script ran. */
export type HarnessWindow = Window & { VaultStackHost: typeof host; require: (id: string) => unknown };

const w = window as unknown as HarnessWindow;
w.VaultStackHost = host;
w.require = (id: string): unknown => {
  if (id === 'obsidian') return obsidian;
  throw new Error(`Cannot find module '${id}' (the test harness provides only 'obsidian')`);
};
