import type * as O from 'obsidian';
import type { App } from './App';
import { Component } from './Component';
import { requireDocument } from './HostError';
import type { Public } from './Public';
import type { WorkspaceLeaf } from './WorkspaceLeaf';

/** Obsidian's View: a Component with a container element, opened and closed by its leaf. */
export abstract class View extends Component implements Public<O.View> {
  app: App;
  icon = '';
  navigation = false;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: O.Scope | null = null;

  constructor(leaf: O.WorkspaceLeaf) {
    super();
    requireDocument('A View');
    this.leaf = leaf as unknown as WorkspaceLeaf;
    this.app = this.leaf.app;
    this.containerEl = createDiv({ cls: 'workspace-leaf-content' });
  }

  /** Override: called after the view is loaded into its leaf. */
  protected async onOpen(): Promise<void> {}

  /** Override: called before the view is unloaded. */
  protected async onClose(): Promise<void> {}

  abstract getViewType(): string;

  abstract getDisplayText(): string;

  /** The view's state for the workspace layout. */
  getState(): Record<string, unknown> {
    return {};
  }

  /** Receives the state from `setViewState`. */
  async setState(_state: unknown, _result: O.ViewStateResult): Promise<void> {}

  /** Ephemeral (non-persisted) state. */
  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  /** Receives ephemeral state. */
  setEphemeralState(_state: unknown): void {}

  /** The icon id. */
  getIcon(): string {
    return this.icon;
  }

  /** Called when the view is resized. */
  onResize(): void {}

  /** Populates the pane menu. */
  onPaneMenu(_menu: O.Menu, _source: string): void {}

  /** Host-only: what the leaf calls to open the view (load, then `onOpen`). */
  async hostOpen(parentEl: HTMLElement): Promise<void> {
    this.containerEl.setAttr('data-type', this.getViewType());
    parentEl.appendChild(this.containerEl);
    this.load();
    await this.onOpen();
  }

  /** Host-only: what the leaf calls to close the view (`onClose`, then unload and detach). */
  async hostClose(): Promise<void> {
    await this.onClose();
    this.unload();
    this.containerEl.detach();
  }
}
