import { debounce, MarkdownRenderChild, type Plugin } from 'obsidian';
import type { Clock } from './clock';
import type { IndexSource } from './IndexSource';
import { currentStamp, sameStamp, type RenderStamp } from './renderStamp';

/** Draws one ```stack block: its source, the note it sits in, into the block's element. */
export type RenderStackBlock = (container: HTMLElement, source: string, sourcePath: string) => void;

/** What the code block processor needs. */
export interface StackBlockDeps {
  source: IndexSource;
  clock(): Clock;
  render: RenderStackBlock;
}

/** How long index changes settle before a block re-renders. */
const RENDER_DELAY_MS = 200;
/** How often a shown block checks whether the day or the minute changed (a task's due time may pass, as `overdue` reads it). */
const CLOCK_CHECK_MS = 60_000;

/** Registers the ```stack code block processor: each block is a render child that follows the index until its note closes. */
export function registerStackBlocks(plugin: Plugin, deps: StackBlockDeps): void {
  plugin.registerMarkdownCodeBlockProcessor('stack', (source, el, ctx) => {
    ctx.addChild(new StackBlock(el, source, ctx.sourcePath, deps));
  });
}

/**
 * One rendered ```stack block: re-renders (debounced) when the index, the day, the minute or the
 * display settings changed, while it is shown. Rows whose markup is unchanged keep their elements
 * (the renderer's `SignedRows`), so the minute's redraw replaces only what the time changed.
 */
export class StackBlock extends MarkdownRenderChild {
  private rendered: RenderStamp | null = null;
  private readonly refreshSoon = debounce(() => this.refresh(), RENDER_DELAY_MS);

  constructor(
    containerEl: HTMLElement,
    private readonly source: string,
    private readonly sourcePath: string,
    private readonly deps: StackBlockDeps,
  ) {
    super(containerEl);
  }

  /** What the block was last drawn with (revision, day, settings), or null before the first render. */
  get lastRendered(): RenderStamp | null {
    return this.rendered;
  }

  override onload(): void {
    this.containerEl.addClass('vault-stack-block');
    this.registerEvent(this.deps.source.onRevision(() => this.refreshSoon()));
    this.registerEvent(this.deps.source.app.workspace.on('layout-change', () => this.refreshSoon()));
    this.registerInterval(window.setInterval(() => this.refreshSoon(), CLOCK_CHECK_MS));
    this.draw();
  }

  override onunload(): void {
    this.refreshSoon.cancel();
  }

  /** Draws the block now when it is shown and stale (index, day, minute or settings); returns whether it drew. */
  refresh(): boolean {
    if (!this.containerEl.isShown()) return false;
    if (sameStamp(this.rendered, currentStamp(this.deps.source, this.deps.clock()))) return false;
    this.draw();
    return true;
  }

  private draw(): void {
    this.containerEl.empty();
    this.deps.render(this.containerEl, this.source, this.sourcePath);
    this.rendered = currentStamp(this.deps.source, this.deps.clock());
  }
}
