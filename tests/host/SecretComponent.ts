import type * as O from 'obsidian';
import type { App } from './App';
import { BaseComponent } from './components';

/** Obsidian's SecretComponent: picks a secret by name from `app.secretStorage` (`<select class="dropdown secret-select">`). */
export class SecretComponent extends BaseComponent implements O.SecretComponent {
  /** Host-only: the select element ('' means no secret). */
  readonly selectEl: HTMLSelectElement;
  private changeCallback: ((value: string) => unknown) | null = null;

  constructor(app: O.App, containerEl: HTMLElement) {
    super();
    this.selectEl = containerEl.createEl('select', { cls: 'dropdown secret-select' });
    for (const id of ['', ...(app as unknown as App).secretStorage.listSecrets()])
      this.selectEl.createEl('option', { value: id, text: id });
    this.selectEl.addEventListener('change', () => void this.changeCallback?.(this.selectEl.value));
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.selectEl.disabled = disabled;
    return this;
  }

  /** Selects a secret name (added as an option when it is not stored). */
  setValue(value: string): this {
    if (!Array.from(this.selectEl.options).some((o) => o.value === value))
      this.selectEl.createEl('option', { value, text: value });
    this.selectEl.value = value;
    return this;
  }

  /** Registers the change callback (receives the secret name). */
  onChange(cb: (value: string) => unknown): this {
    this.changeCallback = cb;
    return this;
  }
}
