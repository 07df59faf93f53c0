import type * as O from 'obsidian';
import { FileManager } from './FileManager';
import { HostClock } from './HostClock';
import { Keymap, Scope } from './Keymap';
import { setCurrentApp } from './MarkdownRenderer';
import { MemoryStore } from './MemoryStore';
import { MetadataCache } from './MetadataCache';
import { PluginRegistry } from './PluginRegistry';
import { HostScheduler } from './scheduler';
import { SecretStorage } from './SecretStorage';
import { Vault } from './Vault';
import { Workspace } from './Workspace';

/** Options for a new host App. */
export interface AppOptions {
  /** The vault's name (default "Test vault"). */
  vaultName?: string;
  /** Whether the theme is dark (default false). */
  darkMode?: boolean;
}

/** Obsidian's App over an in-memory vault. Host-only extras: `settle()`, `store`, `clock`, `plugins`. */
export class App implements O.App {
  readonly clock = new HostClock();
  readonly scheduler = new HostScheduler();
  readonly store = new MemoryStore(this.clock);
  keymap: Keymap = new Keymap();
  scope: Scope = new Scope();
  vault: Vault;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  workspace: Workspace;
  lastEvent: O.UserEvent | null = null;
  renderContext: O.RenderContext = { hoverPopover: null };
  secretStorage = new SecretStorage();
  /** Host-only: what plugins registered (commands, ribbon icons, tabs, processors, views). */
  readonly plugins: PluginRegistry;
  darkMode: boolean;
  private readonly localStorage = new Map<string, string>();

  constructor(options: AppOptions = {}) {
    this.darkMode = options.darkMode ?? false;
    this.vault = new Vault(this.store, options.vaultName ?? 'Test vault', this.scheduler);
    this.metadataCache = new MetadataCache(this.vault, this.scheduler);
    this.fileManager = new FileManager(this.vault, this.metadataCache);
    this.workspace = new Workspace(this);
    this.plugins = new PluginRegistry(this);
    setCurrentApp(this);
  }

  /** Whether the dark theme is on. */
  isDarkMode(): boolean {
    return this.darkMode;
  }

  /** A vault-scoped localStorage value (JSON round-tripped), or null. */
  loadLocalStorage(key: string): unknown {
    const raw = this.localStorage.get(key);
    return raw === undefined ? null : (JSON.parse(raw) as unknown);
  }

  /** Saves a vault-scoped localStorage value; null clears it. */
  saveLocalStorage(key: string, data: unknown): void {
    if (data === null || data === undefined) this.localStorage.delete(key);
    else this.localStorage.set(key, JSON.stringify(data));
  }

  /** Host-only: loads the store's visible files into the vault and the metadata cache, without events. */
  loadVault(): void {
    this.vault.tree.loadAll();
    this.metadataCache.indexAllSilently();
  }

  /** Host-only: resolves when every queued metadata update, adapter reconcile and event has run. */
  async settle(): Promise<void> {
    await this.scheduler.idle();
  }
}
