import type * as O from 'obsidian';
import { setIcon } from './icons';

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
export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> implements O.AbstractTextComponent<T> {
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

/** Obsidian's toggle: `.checkbox-container`, `is-enabled` when on; a click flips it and fires onChange. */
export class ToggleComponent extends ValueComponent<boolean> implements O.ToggleComponent {
  toggleEl: HTMLElement;
  private on = false;
  private changeCallback: ((value: boolean) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = containerEl.createDiv({ cls: 'checkbox-container' });
    this.toggleEl.createEl('input', { type: 'checkbox', attr: { tabindex: 0 } });
    this.toggleEl.addEventListener('click', () => this.onClick());
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.toggleEl.toggleClass('is-disabled', disabled);
    return this;
  }

  /** Whether it is on. */
  getValue(): boolean {
    return this.on;
  }

  /** Sets the state; fires onChange when it changed (as Obsidian does). */
  setValue(on: boolean): this {
    const changed = on !== this.on;
    this.on = on;
    this.toggleEl.toggleClass('is-enabled', on);
    if (changed) void this.changeCallback?.(on);
    return this;
  }

  /** Sets the tooltip. */
  setTooltip(tooltip: string, _options?: O.TooltipOptions): this {
    this.toggleEl.setAttr('aria-label', tooltip);
    return this;
  }

  /** Flips the state unless disabled. */
  onClick(): void {
    if (!this.disabled) this.setValue(!this.on);
  }

  /** Registers the change callback. */
  onChange(callback: (value: boolean) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

/** A `<select class="dropdown">`; onChange fires on the `change` event. */
export class DropdownComponent extends ValueComponent<string> implements O.DropdownComponent {
  selectEl: HTMLSelectElement;
  private changeCallback: ((value: string) => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = containerEl.createEl('select', { cls: 'dropdown' });
    this.selectEl.addEventListener('change', () => void this.changeCallback?.(this.getValue()));
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.selectEl.disabled = disabled;
    return this;
  }

  /** Adds an option (text, never HTML). */
  addOption(value: string, display: string): this {
    this.selectEl.createEl('option', { value, text: display });
    return this;
  }

  /** Adds options from a value → label record. */
  addOptions(options: Record<string, string>): this {
    for (const [value, display] of Object.entries(options)) this.addOption(value, display);
    return this;
  }

  /** The selected value. */
  getValue(): string {
    return this.selectEl.value;
  }

  /** Selects a value (no onChange). */
  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }

  /** Registers the change callback. */
  onChange(callback: (value: string) => unknown): this {
    this.changeCallback = callback;
    return this;
  }
}

/** A `<button>`. */
export class ButtonComponent extends BaseComponent implements O.ButtonComponent {
  buttonEl: HTMLButtonElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = containerEl.createEl('button');
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.buttonEl.disabled = disabled;
    return this;
  }

  /** Marks it the call to action (`mod-cta`). */
  setCta(): this {
    this.buttonEl.addClass('mod-cta');
    return this;
  }

  /** Removes `mod-cta`. */
  removeCta(): this {
    this.buttonEl.removeClass('mod-cta');
    return this;
  }

  /** Marks it a warning (`mod-warning`). */
  setWarning(): this {
    this.buttonEl.addClass('mod-warning');
    return this;
  }

  /** Marks it destructive (`mod-destructive`). */
  setDestructive(): this {
    this.buttonEl.addClass('mod-destructive');
    return this;
  }

  /** Removes `mod-destructive`. */
  removeDestructive(): this {
    this.buttonEl.removeClass('mod-destructive');
    return this;
  }

  /** Sets the tooltip (`aria-label`). */
  setTooltip(tooltip: string, _options?: O.TooltipOptions): this {
    this.buttonEl.setAttr('aria-label', tooltip);
    return this;
  }

  /** Sets the label (text). */
  setButtonText(name: string): this {
    this.buttonEl.setText(name);
    return this;
  }

  /** Shows an icon instead of text. */
  setIcon(icon: string): this {
    setIcon(this.buttonEl, icon);
    return this;
  }

  /** Adds a class. */
  setClass(cls: string): this {
    this.buttonEl.addClass(cls);
    return this;
  }

  /** Registers the click handler. */
  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.buttonEl.addEventListener('click', (evt) => void callback(evt));
    return this;
  }
}

/** A small icon button (`.clickable-icon.extra-setting-button`). */
export class ExtraButtonComponent extends BaseComponent implements O.ExtraButtonComponent {
  extraSettingsEl: HTMLElement;
  private callback: (() => unknown) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.extraSettingsEl = containerEl.createDiv({ cls: 'clickable-icon extra-setting-button' });
    this.extraSettingsEl.addEventListener('click', () => {
      if (!this.disabled) void this.callback?.();
    });
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.extraSettingsEl.toggleClass('is-disabled', disabled);
    return this;
  }

  /** Sets the tooltip. */
  setTooltip(tooltip: string, _options?: O.TooltipOptions): this {
    this.extraSettingsEl.setAttr('aria-label', tooltip);
    return this;
  }

  /** Sets the icon. */
  setIcon(icon: string): this {
    setIcon(this.extraSettingsEl, icon);
    return this;
  }

  /** Registers the click handler. */
  onClick(callback: () => unknown): this {
    this.callback = callback;
    return this;
  }
}
