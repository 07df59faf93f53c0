import type * as O from 'obsidian';

/** Obsidian's BaseComponent. */
export abstract class BaseComponent implements O.BaseComponent {
  disabled = false;

  /** Calls `cb(this)` and returns this. */
  then(cb: (component: this) => unknown): this {
    cb(this);
    return this;
  }

  /** Sets `disabled`. */
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
}

/** Obsidian's ValueComponent. */
export abstract class ValueComponent<T> extends BaseComponent implements O.ValueComponent<T> {
  /** Registers a value transform under `key` (kept for API compatibility). */
  registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
    listeners[key] = (value?: T) => {
      if (value !== undefined) this.setValue(value);
      return this.getValue();
    };
    return this;
  }
  abstract getValue(): T;
  abstract setValue(value: T): this;
}

/** Obsidian's AbstractTextComponent: `onChange` fires on the input's `input` event. */
export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement>
  extends ValueComponent<string>
  implements O.AbstractTextComponent<T>
{
  private changeCallback: ((value: string) => unknown) | null = null;

  constructor(public inputEl: T) {
    super();
    inputEl.addEventListener('input', () => this.onChanged());
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.inputEl.disabled = disabled;
    return this;
  }

  /** The input's value. */
  getValue(): string {
    return this.inputEl.value;
  }

  /** Sets the value (does not fire onChange, like Obsidian). */
  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }

  /** Sets the placeholder. */
  setPlaceholder(placeholder: string): this {
    this.inputEl.placeholder = placeholder;
    return this;
  }

  /** Calls the change callback with the value. */
  onChanged(): void {
    void this.changeCallback?.(this.getValue());
  }

  /** Registers the change callback. */
  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

/** A single-line text input. */
export class TextComponent extends AbstractTextComponent<HTMLInputElement> implements O.TextComponent {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl('input', { type: 'text' }));
  }
}

/** A multi-line text input. */
export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> implements O.TextAreaComponent {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl('textarea'));
  }
}

/** A search input with a clear button. */
export class SearchComponent extends AbstractTextComponent<HTMLInputElement> implements O.SearchComponent {
  clearButtonEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    const wrapper = containerEl.createDiv({ cls: 'search-input-container' });
    super(wrapper.createEl('input', { type: 'search' }));
    this.clearButtonEl = wrapper.createDiv({ cls: 'search-input-clear-button' });
    this.clearButtonEl.addEventListener('click', () => {
      this.setValue('');
      this.onChanged();
    });
  }

  override onChanged(): void {
    this.clearButtonEl?.toggle(this.getValue() !== '');
    super.onChanged();
  }
}
