import { BasesView, type QueryController } from 'obsidian';
import type { Clock } from '../clock';
import type { IndexSource } from '../IndexSource';
import type { ObservationStore } from '../observe/ObservationStore';

/** How often an open view checks whether the day changed (what it draws is relative to today) or a running timer ticked. */
const DAY_CHECK_MS = 60_000;

/** What a Vault Stack view inside Bases needs: the index (items and their changes) and the clock. */
export interface BasesViewDeps {
  source: IndexSource;
  clock(): Clock;
  /** The stored observations (`vault-stack verify`, the plugin's verifier), when the host keeps them. */
  observations?: ObservationStore;
}

/** How a view type draws: its current result into its element (returning how many rows or grids it drew), and a way to forget what it drew. */
export interface DrawBasesView {
  draw(view: VaultStackBasesView, root: HTMLElement): number;
  /** The element was emptied behind the drawer's back: draw everything next time. */
  reset(): void;
  /** Whether what it drew last changes with the minute (a running timer, a due time): the view then redraws every minute. */
  ticking?(): boolean;
}

/**
 * A Vault Stack view type inside Obsidian Bases. It draws on every new result from the Base, when
 * the Vault Stack index changes (the items behind the rows may be indexed a moment after Bases
 * saw the change), when the stored observations change, when the day changes and, for a view that
 * reads the time of day, every minute. A drawing that throws shows the error in the view
 * instead of leaving it blank.
 */
export class VaultStackBasesView extends BasesView {
  readonly root: HTMLElement;
  private drawnDay = '';

  constructor(
    controller: QueryController,
    containerEl: HTMLElement,
    readonly type: string,
    readonly deps: BasesViewDeps,
    private readonly drawInto: DrawBasesView,
  ) {
    super(controller);
    this.root = containerEl.createDiv({ cls: 'vault-stack-bases-root' });
  }

  override onload(): void {
    this.registerEvent(this.deps.source.onRevision(() => this.draw()));
    if (this.deps.observations) this.registerEvent(this.deps.observations.onChange(() => this.draw()));
    this.registerInterval(
      window.setInterval(() => {
        if (this.deps.clock().today() !== this.drawnDay || this.drawInto.ticking?.() === true) this.draw();
      }, DAY_CHECK_MS),
    );
  }

  override onunload(): void {
    this.root.remove();
  }

  onDataUpdated(): void {
    this.draw();
  }

  /** Draws the current result now; returns how many rows or grids were drawn. */
  draw(): number {
    this.drawnDay = this.deps.clock().today();
    try {
      return this.drawInto.draw(this, this.root);
    } catch (error) {
      console.error('Vault Stack: could not draw the Bases view', error);
      this.drawInto.reset();
      this.root.empty();
      this.root.createEl('p', {
        cls: 'vault-stack-error',
        text: `Could not draw this view: ${error instanceof Error ? error.message : String(error)}`,
      });
      return 0;
    }
  }
}
