import { Modal, Setting, type App } from 'obsidian';

/** Options of a FilePickerModal. */
export interface FilePickerOptions {
  title: string;
  /** What to pick, in a sentence: "Choose the JSON file that `task export` wrote." */
  description: string;
  /** The `accept` attribute of the file input (`.json,application/json`). */
  accept: string;
  /** Called with the chosen file's name and text, after the modal closed. */
  onPick(name: string, text: string): unknown;
}

/** Asks for one file from the computer (an `<input type=file>`) and hands over its text. */
export class FilePickerModal extends Modal {
  constructor(
    app: App,
    private readonly options: FilePickerOptions,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.options.title);
    this.contentEl.createEl('p', { text: this.options.description });
    const input = this.contentEl.createEl('input', { type: 'file', attr: { accept: this.options.accept } });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file === undefined) return;
      void file.text().then((text) => {
        this.close();
        return this.options.onPick(file.name, text);
      });
    });
    new Setting(this.contentEl).addButton((b) => b.setButtonText('Cancel').onClick(() => this.close()));
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
