// A tiny plugin for proving the browser harness: a view that shows a note's title and a button
// that marks the note done through vault.process.
import { ItemView, Plugin, TFile, type WorkspaceLeaf } from 'obsidian';

const VIEW_TYPE = 'harness-title-view';
const NOTE = 'Tasks/Write report.md';

class TitleView extends ItemView {
  getViewType(): string {
    return VIEW_TYPE;
  }

  getDisplayText(): string {
    return 'Note title';
  }

  override async onOpen(): Promise<void> {
    const file = this.app.vault.getAbstractFileByPath(NOTE);
    if (!(file instanceof TFile)) return;
    const title: unknown = this.app.metadataCache.getFileCache(file)?.frontmatter?.title;
    this.contentEl.createEl('h2', { cls: 'harness-title', text: typeof title === 'string' ? title : file.basename });
    const button = this.contentEl.createEl('button', { cls: 'harness-done mod-cta', text: 'Mark done' });
    button.addEventListener('click', () => {
      void this.app.vault.process(file, (text) => text.replace('status: todo', 'status: done'));
    });
  }
}

/** Registers the view and opens it in the right sidebar once the layout is ready. */
export default class TitlePlugin extends Plugin {
  override async onload(): Promise<void> {
    this.registerView(VIEW_TYPE, (leaf: WorkspaceLeaf) => new TitleView(leaf));
    this.app.workspace.onLayoutReady(() => {
      void this.app.workspace.ensureSideLeaf(VIEW_TYPE, 'right', { active: true });
    });
  }
}
