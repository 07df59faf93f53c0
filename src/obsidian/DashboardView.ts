import { debounce, ItemView, type WorkspaceLeaf } from 'obsidian';
import type { Clock } from './clock';
import type { IndexSource } from './IndexSource';

/** The dashboard pane's view type. */
export const DASHBOARD_VIEW_TYPE = 'vault-stack-dashboard';

/** How long index changes settle before the pane re-renders. */
const RENDER_DELAY_MS = 200;
/** How often the pane checks whether the day changed (dates shown are relative to today). */
const DAY_CHECK_MS = 60_000;

/** What the dashboard pane needs: the index source, the clock, and how to draw the model into an element. */
export interface DashboardViewDeps {
  source: IndexSource;
  clock(): Clock;
  render(container: HTMLElement): void;
}

/**
 * The dashboard pane. It re-renders only when something it shows could have changed (the index
 * revision or the day) and only while it is visible, debounced; a hidden pane catches up when it
 * is shown again.
 */
export class DashboardView extends ItemView {
  override navigation = false;
  override icon = 'layout-dashboard';
  private rendered: { revision: number; day: string } | null = null;
  private readonly refreshSoon = debounce(() => this.refresh(), RENDER_DELAY_MS);

  constructor(
    leaf: WorkspaceLeaf,
    private readonly deps: DashboardViewDeps,
  ) {
    super(leaf);
  }

  /** The revision and day last drawn, or null before the first render. */
  get lastRendered(): { revision: number; day: string } | null {
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
    this.registerEvent(this.app.workspace.on('layout-change', () => this.refreshSoon()));
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.refreshSoon()));
    this.registerInterval(window.setInterval(() => this.refreshSoon(), DAY_CHECK_MS));
    this.refresh();
  }

  protected override async onClose(): Promise<void> {
    this.refreshSoon.cancel();
    this.contentEl.empty();
  }

  /** Draws the dashboard now when it is visible and its revision or day is stale; returns whether it drew. */
  refresh(): boolean {
    if (!this.containerEl.isShown()) return false;
    const revision = this.deps.source.index.revision;
    const day = this.deps.clock().today();
    if (this.rendered?.revision === revision && this.rendered.day === day) return false;
    const scroll = this.contentEl.scrollTop;
    this.contentEl.empty();
    this.deps.render(this.contentEl);
    this.contentEl.scrollTop = scroll;
    this.rendered = { revision, day };
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
