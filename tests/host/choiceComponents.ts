import type * as O from 'obsidian';
import { ValueComponent } from './components';

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
