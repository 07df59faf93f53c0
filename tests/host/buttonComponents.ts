import type * as O from 'obsidian';
import { BaseComponent } from './components';
import { setIcon } from './icons';

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
