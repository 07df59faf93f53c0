import type * as O from 'obsidian';
import type { Public } from './Public';
import { setIcon } from './icons';
import { View } from './View';

/** Obsidian's ItemView: containerEl holds a `.view-header` and the `.view-content` element (`contentEl`). */
export abstract class ItemView extends View implements Public<O.ItemView> {
  contentEl: HTMLElement;
  /** Host-only: the header's title element. */
  readonly titleEl: HTMLElement;
  private readonly actionsEl: HTMLElement;

  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
    const header = this.containerEl.createDiv({ cls: 'view-header' });
    header.createDiv({ cls: 'view-header-nav-buttons' });
    const titleContainer = header.createDiv({ cls: 'view-header-title-container' });
    this.titleEl = titleContainer.createDiv({ cls: 'view-header-title' });
    this.actionsEl = header.createDiv({ cls: 'view-actions' });
    this.contentEl = this.containerEl.createDiv({ cls: 'view-content' });
  }

  /** Adds an icon button to the header; returns it. */
  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.actionsEl.createEl('a', { cls: 'view-action clickable-icon', attr: { 'aria-label': title } });
    setIcon(el, icon);
    el.addEventListener('click', callback);
    return el;
  }

  override async hostOpen(parentEl: HTMLElement): Promise<void> {
    this.titleEl.setText(this.getDisplayText());
    await super.hostOpen(parentEl);
  }
}
