import type * as O from 'obsidian';
import { FileView } from './FileView';
import { notImplemented } from './HostError';

/** A stand-in for Obsidian's MarkdownView (type "markdown"): shows the note's text; there is no editor. */
export class MarkdownView extends FileView {
  private data = '';

  /** "markdown". */
  getViewType(): string {
    return 'markdown';
  }

  /** Always reading mode here. */
  getMode(): O.MarkdownViewModeType {
    return 'preview';
  }

  /** The note text loaded into the view. */
  getViewData(): string {
    return this.data;
  }

  /** The editor is not emulated. */
  get editor(): O.Editor {
    throw notImplemented('MarkdownView.editor');
  }

  override canAcceptExtension(extension: string): boolean {
    return extension === 'md';
  }

  override async onLoadFile(file: O.TFile): Promise<void> {
    this.data = await this.app.vault.read(file);
    this.contentEl.empty();
    this.contentEl.createDiv({ cls: 'markdown-preview-view', text: this.data });
  }
}
