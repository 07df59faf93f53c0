import { Modal, Setting, type App } from 'obsidian';

/** Options of a TextPromptModal. */
export interface TextPromptOptions {
  title: string;
  /** The field's label. */
  label: string;
  placeholder?: string;
  value?: string;
  submitText: string;
  /** Why a value is not acceptable, shown under the field; null accepts it. */
  validate(value: string): string | null;
  onSubmit(value: string): unknown;
}

/** Asks for one line of text (a title, a date), validates it in place, and submits on Enter or the button. */
export class TextPromptModal extends Modal {
  private value: string;
  private errorEl: HTMLElement | null = null;

  constructor(
    app: App,
    private readonly options: TextPromptOptions,
  ) {
    super(app);
    this.value = options.value ?? '';
  }

  override onOpen(): void {
    this.setTitle(this.options.title);
    new Setting(this.contentEl).setName(this.options.label).addText((text) => {
      text
        .setPlaceholder(this.options.placeholder ?? '')
        .setValue(this.value)
        .onChange((v) => {
          this.value = v;
          this.showError(null);
        });
      text.inputEl.addEventListener('keydown', (evt) => {
        if (evt.key !== 'Enter' || evt.isComposing) return;
        evt.preventDefault();
        this.submit();
      });
    });
    this.errorEl = this.contentEl.createDiv({ cls: 'vault-stack-prompt-error' });
    new Setting(this.contentEl).addButton((button) =>
      button
        .setButtonText(this.options.submitText)
        .setCta()
        .onClick(() => this.submit()),
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** Validates the value; closes and submits it when acceptable, else shows why not. */
  submit(): void {
    const error = this.options.validate(this.value);
    if (error !== null) {
      this.showError(error);
      return;
    }
    this.close();
    void this.options.onSubmit(this.value);
  }

  private showError(message: string | null): void {
    this.errorEl?.setText(message ?? '');
  }
}
