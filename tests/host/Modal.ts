import type * as O from 'obsidian';
import type { App } from './App';
import { requireDocument } from './HostError';
import { Scope } from './Keymap';

const openModals: Modal[] = [];

/** Obsidian's Modal: `.modal-container > .modal-bg + .modal > (.modal-close-button, .modal-title, .modal-content)`. Needs a DOM. */
export class Modal implements O.Modal {
  app: App;
  scope: Scope;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = true;
  /** Host-only: whether the modal is open. */
  isOpen = false;
  private closeCallback: (() => unknown) | null = null;

  constructor(app: O.App) {
    requireDocument('A Modal');
    this.app = app as unknown as App;
    this.scope = new Scope(this.app.scope);
    this.containerEl = createDiv({ cls: 'modal-container mod-dim' });
    this.containerEl.createDiv({ cls: 'modal-bg' });
    this.modalEl = this.containerEl.createDiv({ cls: 'modal' });
    const close = this.modalEl.createDiv({ cls: 'modal-close-button', attr: { 'aria-label': 'Close' } });
    close.addEventListener('click', () => this.close());
    this.titleEl = this.modalEl.createDiv({ cls: 'modal-title' });
    this.contentEl = this.modalEl.createDiv({ cls: 'modal-content' });
  }

  /** Attaches to the document and calls `onOpen`. */
  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    activeDocument.body.appendChild(this.containerEl);
    openModals.push(this);
    this.app.keymap.pushScope(this.scope);
    void this.onOpen();
  }

  /** Detaches, calls `onClose`, then the close callback. */
  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.containerEl.detach();
    openModals.splice(openModals.indexOf(this), 1);
    this.app.keymap.popScope(this.scope);
    this.onClose();
    this.closeCallback?.();
  }

  /** Override to render. */
  onOpen(): Promise<void> | void {}

  /** Override to clean up. */
  onClose(): void {}

  /** Sets the title text. */
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  /** Replaces the content (text, never HTML). */
  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }

  /** Called after `onClose`. */
  setCloseCallback(callback: () => unknown): this {
    this.closeCallback = callback;
    return this;
  }

  /** Back button: closes. */
  onHistoryBack(): void {
    this.close();
  }
}

/** Host-only: the modals open now, oldest first. */
export function getOpenModals(): Modal[] {
  return [...openModals];
}
