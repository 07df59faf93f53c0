import { debounce, ItemView, type EventRef, type WorkspaceLeaf } from 'obsidian';
import type { Clock } from './clock';
import type { IndexSource } from './IndexSource';
import { currentStamp, sameStamp, type RenderStamp } from './renderStamp';

/** The dashboard pane's view type. */
export const DASHBOARD_VIEW_TYPE = 'vault-stack-dashboard';

/** How long index changes settle before the pane re-renders. */
const RENDER_DELAY_MS = 200;
/** How often the pane checks whether the day or the minute changed (dates are relative to today; a due time or a backup's deadline passes). */
const DAY_CHECK_MS = 60_000;

/** What the dashboard pane needs: the index source, the clock, and how to draw the dashboard into an element (replacing or patching what it drew there before). */
export interface DashboardViewDeps {
  source: IndexSource;
  clock(): Clock;
  render(container: HTMLElement): void;
  /** The note the drawing depends on beyond the index (the open note, for the impact section), or null. */
  activeNote?(): string | null;
  /** The observation state the dashboard shows (status dots, snapshots, drift): redrawn when its version moves. */
  observations?: { readonly version: number; onChange(callback: () => void): EventRef };
}

/**
 * The dashboard pane. It re-renders only when something it shows could have changed (the index
 * revision, the day, the minute (a task's due time or a backup's deadline may pass; the tracker then
 * looks only at those items), the display settings, the open note when the impact section shows it)
 * and only while it is visible, debounced; a hidden pane catches up when it is shown again.
 */
export class DashboardView extends ItemView {
  override navigation = false;
  override icon = 'layout-dashboard';
  private rendered: RenderStamp | null = null;
  private renderedActive: string | null = null;
  private renderedObservations = -1;
  private readonly refreshSoon = debounce(() => this.refresh(), RENDER_DELAY_MS);

  constructor(
    leaf: WorkspaceLeaf,
    private readonly deps: DashboardViewDeps,
  ) {
    super(leaf);
  }

  /** What the pane was last drawn with (revision, day, settings), or null before the first render. */
  get lastRendered(): RenderStamp | null {
    return this.rendered;
  }

  getViewType(): string {
    return DASHBOARD_VIEW_TYPE;
  }

  getDisplayText(): string {
    return 'Dashboard';
  }

  protected override async onOpen(): Promise<void> {
    this.contentEl.addClass('vault-stack-dashboard-view');
    this.registerEvent(this.deps.source.onRevision(() => this.refreshSoon()));
    if (this.deps.observations) this.registerEvent(this.deps.observations.onChange(() => this.refreshSoon()));
    this.registerEvent(this.app.workspace.on('layout-change', () => this.refreshSoon()));
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.refreshSoon()));
    this.registerEvent(this.app.workspace.on('file-open', () => this.refreshSoon()));
    this.registerInterval(window.setInterval(() => this.refreshSoon(), DAY_CHECK_MS));
    this.refresh();
  }

  protected override async onClose(): Promise<void> {
    this.refreshSoon.cancel();
    this.contentEl.empty();
  }

  /** Draws the dashboard now when it is visible and stale (index, day, minute, display settings, open note or observations); returns whether it drew. */
  refresh(): boolean {
    if (!this.containerEl.isShown()) return false;
    const stamp = currentStamp(this.deps.source, this.deps.clock());
    const active = this.deps.activeNote?.() ?? null;
    const observed = this.deps.observations?.version ?? -1;
    if (sameStamp(this.rendered, stamp) && active === this.renderedActive && observed === this.renderedObservations)
      return false;
    const scroll = this.contentEl.scrollTop;
    this.deps.render(this.contentEl);
    this.contentEl.scrollTop = scroll;
    this.rendered = stamp;
    this.renderedActive = active;
    this.renderedObservations = observed;
    return true;
  }

  /** Scrolls to a section (`problems`, `today`…) when the dashboard shows it; returns whether it does. */
  scrollToSection(section: string): boolean {
    if (!/^[a-z-]+$/.test(section)) return false;
    this.refresh();
    const el = this.contentEl.querySelector(`.vault-stack-section-${section}`);
    if (!(el instanceof HTMLElement)) return false;
    this.contentEl.scrollTop = el.offsetTop - this.contentEl.offsetTop;
    return true;
  }
}
