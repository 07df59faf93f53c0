import { Modal, type App } from 'obsidian';

/** One row of a ListModal: a main text and an optional detail line, both shown as text. */
export interface ListRow {
  text: string;
  detail?: string;
}

/** A modal with a title, an optional intro sentence and a list of rows (commits, findings, conflicting notes). */
export class ListModal extends Modal {
  constructor(
    app: App,
    private readonly heading: string,
    private readonly rows: readonly ListRow[],
    private readonly intro?: string,
  ) {
    super(app);
  }

  /** Renders the rows; every string reaches the DOM as text. */
  override onOpen(): void {
    this.setTitle(this.heading);
    const { contentEl } = this;
    contentEl.empty();
    if (this.intro !== undefined) contentEl.createEl('p', { text: this.intro });
    const list = contentEl.createEl('ul', { cls: 'vault-stack-list-modal' });
    for (const row of this.rows) {
      const li = list.createEl('li');
      li.createDiv({ cls: 'vault-stack-list-modal-text', text: row.text });
      if (row.detail !== undefined) li.createDiv({ cls: 'vault-stack-list-modal-detail', text: row.detail });
    }
  }

  /** Clears the content. */
  override onClose(): void {
    this.contentEl.empty();
  }
}
