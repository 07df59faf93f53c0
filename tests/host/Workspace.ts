import type * as O from 'obsidian';
import type { App } from './App';
import { debounce } from './debounce';
import { EmptyView } from './EmptyView';
import { Events } from './Events';
import { notImplemented, requireDocument } from './HostError';
import { MarkdownView } from './MarkdownView';
import { TFile } from './TAbstractFile';
import type { View } from './View';
import { asDeclared, WorkspaceContainerItem } from './WorkspaceItems';
import { WorkspaceLeaf } from './WorkspaceLeaf';

/** Obsidian's Workspace: leaves in the main area and both sidebars, the active leaf, layout-ready callbacks. */
export class Workspace extends Events implements O.Workspace {
  private readonly root = new WorkspaceContainerItem('root');
  private readonly left = new WorkspaceContainerItem('left');
  private readonly right = new WorkspaceContainerItem('right');
  leftSplit = asDeclared<O.WorkspaceSidedock>(this.left);
  rightSplit = asDeclared<O.WorkspaceSidedock>(this.right);
  leftRibbon = asDeclared<O.WorkspaceRibbon>({});
  rightRibbon = asDeclared<O.WorkspaceRibbon>({});
  rootSplit = asDeclared<O.WorkspaceRoot>(this.root);
  private current: WorkspaceLeaf | null = null;
  layoutReady = false;
  activeEditor: O.MarkdownFileInfo | null = null;
  requestSaveLayout = debounce(async () => {}, 0);
  /** Host-only: registered view creators by type. */
  readonly viewCreators = new Map<string, O.ViewCreator>();
  /** Host-only: view types registered for file extensions. */
  readonly extensionViews = new Map<string, string>();
  private readonly leaves: WorkspaceLeaf[] = [];
  private readonly layoutReadyCallbacks: Array<() => unknown> = [];
  private readonly recentFiles: TFile[] = [];
  private _containerEl: HTMLElement | null = null;
  private readonly areas = new Map<string, HTMLElement>();

  constructor(private readonly app: App) {
    super();
  }

  /** The focused leaf, if any (deprecated in Obsidian's API in favour of getActiveViewOfType/getLeaf). */
  get activeLeaf(): WorkspaceLeaf | null {
    return this.current;
  }

  set activeLeaf(leaf: WorkspaceLeaf | null) {
    this.current = leaf;
  }

  /** The workspace element: left sidebar, main area and right sidebar (created on first use; needs a DOM). */
  get containerEl(): HTMLElement {
    if (!this._containerEl) {
      requireDocument('The workspace');
      this._containerEl = createDiv({ cls: 'workspace' });
      for (const side of ['left', 'root', 'right'])
        this.areas.set(side, this._containerEl.createDiv({ cls: `workspace-split mod-${side}-split` }));
      document.body.appendChild(this._containerEl);
    }
    return this._containerEl;
  }

  /** Host-only: the element of one area. */
  areaEl(side: 'root' | 'left' | 'right'): HTMLElement {
    void this.containerEl;
    return this.areas.get(side) as HTMLElement;
  }

  /** Runs now when the layout is ready, else queues until `hostLayoutReady`. */
  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.layoutReadyCallbacks.push(callback);
  }

  /** Host-only: marks the layout ready and runs queued callbacks in order (once). */
  hostLayoutReady(): void {
    if (this.layoutReady) return;
    this.layoutReady = true;
    for (const cb of this.layoutReadyCallbacks.splice(0)) {
      try {
        cb();
      } catch (error) {
        console.error('[test host] onLayoutReady callback threw:', error);
      }
    }
    this.trigger('layout-change');
  }

  /** Not emulated. */
  async changeLayout(_workspace: unknown): Promise<void> {
    throw notImplemented('Workspace.changeLayout');
  }

  /** A plain description of the leaves (not Obsidian's exact format). */
  getLayout(): Record<string, unknown> {
    return { leaves: this.leaves.map((l) => ({ id: l.id, side: l.container.side, state: l.getViewState() })) };
  }

  /** A new main-area leaf. */
  createLeafInParent(_parent: O.WorkspaceSplit, _index: number): WorkspaceLeaf {
    return this.newLeaf(this.root);
  }

  /** A new leaf beside `leaf` (same area). */
  createLeafBySplit(leaf: O.WorkspaceLeaf, _direction?: O.SplitDirection, _before?: boolean): WorkspaceLeaf {
    return this.newLeaf((leaf as unknown as WorkspaceLeaf).container);
  }

  /** Same as `getLeaf('split')`. */
  splitActiveLeaf(_direction?: O.SplitDirection): WorkspaceLeaf {
    return this.getLeaf('split');
  }

  /** A new leaf with the same view state. */
  async duplicateLeaf(leaf: O.WorkspaceLeaf, _a?: unknown, _b?: unknown): Promise<WorkspaceLeaf> {
    const copy = this.newLeaf((leaf as unknown as WorkspaceLeaf).container);
    await copy.setViewState(leaf.getViewState());
    return copy;
  }

  /** Same as `getLeaf(false)`. */
  getUnpinnedLeaf(): WorkspaceLeaf {
    return this.getLeaf(false);
  }

  /** false/undefined: a navigable main-area leaf (reused), else a new one; any other value: a new main-area leaf. */
  getLeaf(newLeaf?: O.PaneType | boolean, _direction?: O.SplitDirection): WorkspaceLeaf {
    if (newLeaf === undefined || newLeaf === false) {
      const candidates = [this.current, ...this.leaves].filter(
        (l): l is WorkspaceLeaf => l !== null && l.container === this.root,
      );
      const reusable = candidates.find((l) => !l.pinned && l.view.navigation);
      if (reusable) return reusable;
    }
    return this.newLeaf(this.root);
  }

  /** Popouts are not emulated. */
  moveLeafToPopout(_leaf: O.WorkspaceLeaf, _data?: O.WorkspaceWindowInitData): O.WorkspaceWindow {
    throw notImplemented('Workspace.moveLeafToPopout');
  }

  /** A new main-area leaf (no popout windows here). */
  openPopoutLeaf(_data?: O.WorkspaceWindowInitData): WorkspaceLeaf {
    return this.newLeaf(this.root);
  }

  /** Resolves the link (creating the note when unresolved, as Obsidian does) and opens it. */
  async openLinkText(
    linktext: string,
    sourcePath: string,
    newLeaf?: O.PaneType | boolean,
    openViewState?: O.OpenViewState,
  ): Promise<void> {
    const path = linktext.split('#')[0];
    let file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
    if (!file) file = await this.app.vault.create(/\.[^/]+$/.test(path) ? path : `${path}.md`, '');
    await this.getLeaf(newLeaf).openFile(file, openViewState);
  }

  /** Makes a leaf active; fires `active-leaf-change` (and `file-open` for file views) when it changed. */
  setActiveLeaf(leaf: O.WorkspaceLeaf, _params?: unknown, _focus?: boolean): void {
    const l = leaf as unknown as WorkspaceLeaf;
    if (this.current === l) return;
    this.current = l;
    this.trigger('active-leaf-change', l);
    const file = fileOf(l.view);
    if (file) {
      this.recordOpen(file);
      this.trigger('file-open', file);
    }
  }

  /** The leaf with this id, or null. */
  getLeafById(id: string): WorkspaceLeaf | null {
    return this.leaves.find((l) => l.id === id) ?? null;
  }

  /** Leaves in a link group. */
  getGroupLeaves(group: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.group === group);
  }

  /** The active main-area leaf, else the newest main-area leaf. */
  getMostRecentLeaf(_root?: O.WorkspaceParent): WorkspaceLeaf | null {
    if (this.current?.container === this.root) return this.current;
    return [...this.leaves].reverse().find((l) => l.container === this.root) ?? null;
  }

  /** A new leaf in the left sidebar. */
  getLeftLeaf(_split: boolean): WorkspaceLeaf {
    return this.newLeaf(this.left);
  }

  /** A new leaf in the right sidebar. */
  getRightLeaf(_split: boolean): WorkspaceLeaf {
    return this.newLeaf(this.right);
  }

  /** The sidebar leaf of a type, created when missing, optionally revealed/activated. */
  async ensureSideLeaf(
    type: string,
    side: O.Side,
    options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: Record<string, unknown> },
  ): Promise<WorkspaceLeaf> {
    const area = side === 'left' ? this.left : this.right;
    let leaf = this.getLeavesOfType(type).find((l) => l.container === area);
    if (!leaf) {
      leaf = this.newLeaf(area);
      await leaf.setViewState({ type, state: options?.state, active: options?.active });
    }
    if (options?.reveal !== false) await this.revealLeaf(leaf);
    return leaf;
  }

  /** The active leaf's view when it is an instance of `type`. */
  getActiveViewOfType<T extends O.View>(type: O.Constructor<T>): T | null {
    const view: unknown = this.current?.view;
    return view instanceof (type as unknown as abstract new (...args: never[]) => T) ? view : null;
  }

  /** The active file view's file, else the most recently opened file. */
  getActiveFile(): TFile | null {
    const active = this.current ? fileOf(this.current.view) : null;
    return active ?? this.recentFiles[0] ?? null;
  }

  /** Calls `callback` for each main-area leaf. */
  iterateRootLeaves(callback: (leaf: O.WorkspaceLeaf) => unknown): void {
    for (const l of this.leaves.filter((x) => x.container === this.root)) callback(l);
  }

  /** Calls `callback` for every leaf. */
  iterateAllLeaves(callback: (leaf: O.WorkspaceLeaf) => unknown): void {
    for (const l of [...this.leaves]) callback(l);
  }

  /** Every leaf whose view has this type. */
  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view.getViewType() === viewType);
  }

  /** Detaches every leaf of a type. */
  detachLeavesOfType(viewType: string): void {
    for (const l of this.getLeavesOfType(viewType)) l.detach();
  }

  /** Expands the leaf's sidebar and marks it revealed. */
  async revealLeaf(leaf: O.WorkspaceLeaf): Promise<void> {
    const l = leaf as unknown as WorkspaceLeaf;
    l.container.expand();
    this.revealed.add(l);
    await l.loadIfDeferred();
  }

  /** Host-only: leaves passed to revealLeaf. */
  readonly revealed = new Set<WorkspaceLeaf>();

  /** Paths of the ten most recently opened files. */
  getLastOpenFiles(): string[] {
    return this.recentFiles.slice(0, 10).map((f) => f.path);
  }

  /** Nothing to reconfigure. */
  updateOptions(): void {}

  /** No link context menu here. */
  handleLinkContextMenu(_menu: O.Menu, _linktext: string, _sourcePath: string, _leaf?: O.WorkspaceLeaf): boolean {
    return false;
  }

  /** Host-only: the view for a type (an empty view when the type is not registered). */
  createView(type: string, leaf: WorkspaceLeaf): View {
    const creator = this.viewCreators.get(type);
    if (creator) return creator(leaf) as unknown as View;
    if (type === 'markdown') return new MarkdownView(leaf);
    return new EmptyView(leaf, type);
  }

  /** Host-only: the view type that opens a file extension. */
  viewTypeForExtension(extension: string): string {
    return this.extensionViews.get(extension) ?? 'markdown';
  }

  /** Host-only: remembers a file as most recently opened. */
  recordOpen(file: TFile): void {
    const i = this.recentFiles.indexOf(file);
    if (i >= 0) this.recentFiles.splice(i, 1);
    this.recentFiles.unshift(file);
  }

  /** Host-only: forgets a detached leaf; picks another active leaf when it was active. */
  removeLeaf(leaf: WorkspaceLeaf): void {
    const i = this.leaves.indexOf(leaf);
    if (i >= 0) this.leaves.splice(i, 1);
    this.revealed.delete(leaf);
    if (this.current === leaf) {
      this.current = null;
      this.current = this.getMostRecentLeaf();
      this.trigger('active-leaf-change', this.current);
    }
    this.trigger('layout-change');
  }

  /** Host-only: every leaf. */
  allLeaves(): WorkspaceLeaf[] {
    return [...this.leaves];
  }

  private newLeaf(container: WorkspaceContainerItem): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, container);
    this.leaves.push(leaf);
    return leaf;
  }
}

function fileOf(view: unknown): TFile | null {
  const file: unknown = view && typeof view === 'object' && 'file' in view ? view.file : null;
  return file instanceof TFile ? file : null;
}
