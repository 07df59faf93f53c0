import type * as O from 'obsidian';
import type { App } from './App';
import { Events } from './Events';
import { requireDocument } from './HostError';
import type { Public } from './Public';
import type { View } from './View';
import { asDeclared, WorkspaceContainerItem } from './WorkspaceItems';

let nextLeafId = 1;

/** Obsidian's WorkspaceLeaf: holds one view; `setViewState` swaps it (closing the old one first). */
export class WorkspaceLeaf extends Events implements Public<O.WorkspaceLeaf> {
  readonly id = `leaf-${nextLeafId++}`;
  parent: O.WorkspaceTabs | O.WorkspaceMobileDrawer;
  /** The view (typed as Obsidian's; at runtime a host View). */
  view: O.View;
  hoverPopover: O.HoverPopover | null = null;
  /** Host-only: false once detached. */
  attached = true;
  pinned = false;
  group: string | null = null;
  private ephemeral: unknown = {};
  private _containerEl: HTMLElement | null = null;

  constructor(
    readonly app: App,
    /** Host-only: the area the leaf lives in. */
    readonly container: WorkspaceContainerItem,
  ) {
    super();
    this.parent = asDeclared<O.WorkspaceTabs>(container);
    this.view = app.workspace.createView('empty', this) as unknown as O.View;
  }

  /** Host-only: the element the view's containerEl lives in. */
  get containerEl(): HTMLElement {
    if (!this._containerEl) {
      requireDocument('A workspace leaf');
      this._containerEl = createDiv({ cls: 'workspace-leaf' });
      this.app.workspace.areaEl(this.container.side).appendChild(this._containerEl);
    }
    return this._containerEl;
  }

  /** Never deferred here: views load when their state is set. */
  get isDeferred(): boolean {
    return false;
  }

  /** Nothing to load (see isDeferred). */
  async loadIfDeferred(): Promise<void> {}

  /** The top-level item. */
  getRoot(): O.WorkspaceItem {
    return asDeclared<O.WorkspaceItem>(this.container.getRoot());
  }

  /** The root container. */
  getContainer(): O.WorkspaceContainer {
    return asDeclared<O.WorkspaceContainer>(this.container.getContainer());
  }

  /** Opens a file in a markdown view (or the view registered for its extension). */
  async openFile(file: O.TFile, openState?: O.OpenViewState): Promise<void> {
    const type = this.app.workspace.viewTypeForExtension(file.extension);
    await this.setViewState(
      { type, state: { ...(openState?.state ?? {}), file: file.path }, active: openState?.active },
      openState?.eState,
    );
    const own = this.app.vault.getFileByPath(file.path);
    if (own) this.app.workspace.recordOpen(own);
    this.app.workspace.trigger('file-open', file);
  }

  /** Replaces the current view with `view` and opens it. */
  async open(view: O.View): Promise<O.View> {
    await this.replaceView(view as unknown as View);
    return view;
  }

  /** `{ type, state, active, pinned }` of the current view. */
  getViewState(): O.ViewState {
    return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
  }

  /** Creates the view registered for `type` (same type: only passes the state), opens it, applies state. */
  async setViewState(viewState: O.ViewState, eState?: unknown): Promise<void> {
    if (this.view.getViewType() !== viewState.type)
      await this.replaceView(this.app.workspace.createView(viewState.type, this));
    await this.view.setState(viewState.state ?? {}, { history: false });
    if (eState !== undefined) this.setEphemeralState(eState);
    if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
    this.app.workspace.trigger('layout-change');
    if (viewState.active) this.app.workspace.setActiveLeaf(this, { focus: true });
  }

  /** The view's ephemeral state. */
  getEphemeralState(): unknown {
    return this.ephemeral;
  }

  /** Passes ephemeral state to the view. */
  setEphemeralState(state: unknown): void {
    this.ephemeral = state;
    this.view.setEphemeralState(state);
  }

  /** Toggles pinning. */
  togglePinned(): void {
    this.setPinned(!this.pinned);
  }

  /** Sets pinning; fires `pinned-change`. */
  setPinned(pinned: boolean): void {
    this.pinned = pinned;
    this.trigger('pinned-change', pinned);
  }

  /** Joins another leaf's group. */
  setGroupMember(other: O.WorkspaceLeaf): void {
    this.setGroup((other as unknown as WorkspaceLeaf).group ?? other.getDisplayText());
  }

  /** Sets the link group; fires `group-change`. */
  setGroup(group: string): void {
    this.group = group;
    this.trigger('group-change', group);
  }

  /** Closes the view and removes the leaf from the workspace. */
  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    if (this.hostView._loaded) void this.hostView.hostClose();
    this._containerEl?.detach();
    this.app.workspace.removeLeaf(this);
  }

  /** The view's icon. */
  getIcon(): string {
    return this.view.getIcon();
  }

  /** The view's display text. */
  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  /** Forwards to the view. */
  onResize(): void {
    this.view.onResize();
  }

  /** Host-only: the view as the host class. */
  get hostView(): View {
    return this.view as unknown as View;
  }

  /** Host-only: after its plugin unloaded, the view of a removed type becomes an empty view. */
  async hostFallBackToEmpty(type: string): Promise<void> {
    await this.replaceView(this.app.workspace.createView(type, this));
  }

  /** Closes the old view (when it was opened) and opens the new one. */
  private async replaceView(view: View): Promise<void> {
    const old = this.hostView;
    this.view = view as unknown as O.View;
    if (old === view) return;
    if (old._loaded) await old.hostClose();
    await view.hostOpen(this.containerEl);
  }
}
