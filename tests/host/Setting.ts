import type * as O from 'obsidian';
import { BaseComponent, SearchComponent, TextAreaComponent, TextComponent } from './components';
import { DropdownComponent, ToggleComponent } from './choiceComponents';
import { ButtonComponent, ExtraButtonComponent } from './buttonComponents';
import { notImplemented } from './HostError';

/** Obsidian's Setting row: `.setting-item > (.setting-item-info > name, description) + .setting-item-control`. */
export class Setting implements O.Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: O.BaseComponent[] = [];
  errorEl: HTMLElement | null = null;

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: 'setting-item' });
    this.infoEl = this.settingEl.createDiv({ cls: 'setting-item-info' });
    this.nameEl = this.infoEl.createDiv({ cls: 'setting-item-name' });
    this.descEl = this.infoEl.createDiv({ cls: 'setting-item-description' });
    this.controlEl = this.settingEl.createDiv({ cls: 'setting-item-control' });
  }

  /** Shows (or with null/'' clears) an error below the row; toggles `is-invalid`. */
  setErrorMessage(message: string | null): this {
    if (!message) {
      this.errorEl?.detach();
      this.errorEl = null;
      this.settingEl.removeClass('is-invalid');
      return this;
    }
    this.errorEl ??= this.settingEl.createDiv({ cls: 'setting-item-error' });
    this.errorEl.setText(message);
    this.settingEl.addClass('is-invalid');
    return this;
  }

  /** Not emulated. */
  addDisplayValue(_cb: (component: O.DisplayValueComponent) => unknown): this {
    throw notImplemented('Setting.addDisplayValue');
  }

  /** Sets the name (text or fragment, never HTML). */
  setName(name: string | DocumentFragment): this {
    this.nameEl.setText(name);
    return this;
  }

  /** Sets the description (text or fragment, never HTML). */
  setDesc(desc: string | DocumentFragment): this {
    this.descEl.setText(desc);
    return this;
  }

  /** Adds a class to the row. */
  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }

  /** Sets the row tooltip. */
  setTooltip(tooltip: string, _options?: O.TooltipOptions): this {
    this.settingEl.setAttr('aria-label', tooltip);
    return this;
  }

  /** Makes the row a heading (`setting-item-heading`). */
  setHeading(): this {
    this.settingEl.addClass('setting-item-heading');
    return this;
  }

  /** Disables every component. */
  setDisabled(disabled: boolean): this {
    this.settingEl.toggleClass('is-disabled', disabled);
    for (const c of this.components) c.setDisabled(disabled);
    return this;
  }

  /** Adds a button. */
  addButton(cb: (component: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }

  /** Adds an icon button. */
  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }

  /** Adds a toggle. */
  addToggle(cb: (component: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }

  /** Adds a text input. */
  addText(cb: (component: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }

  /** Adds a custom component built on the control element. */
  addComponent<T extends O.BaseComponent>(cb: (el: HTMLElement) => T): this {
    this.components.push(cb(this.controlEl));
    return this;
  }

  /** Adds a search input. */
  addSearch(cb: (component: SearchComponent) => unknown): this {
    return this.add(new SearchComponent(this.controlEl), cb);
  }

  /** Adds a text area. */
  addTextArea(cb: (component: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }

  /** Not emulated (moment is not bundled). */
  addMomentFormat(_cb: (component: O.MomentFormatComponent) => unknown): this {
    throw notImplemented('Setting.addMomentFormat');
  }

  /** Adds a dropdown. */
  addDropdown(cb: (component: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }

  /** Not emulated. */
  addColorPicker(_cb: (component: O.ColorComponent) => unknown): this {
    throw notImplemented('Setting.addColorPicker');
  }

  /** Not emulated. */
  addProgressBar(_cb: (component: O.ProgressBarComponent) => unknown): this {
    throw notImplemented('Setting.addProgressBar');
  }

  /** Not emulated. */
  addSlider(_cb: (component: O.SliderComponent) => unknown): this {
    throw notImplemented('Setting.addSlider');
  }

  /** Calls `cb(this)`. */
  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }

  /** Removes the controls. */
  clear(): this {
    this.controlEl.empty();
    this.components = [];
    return this;
  }

  private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
    this.components.push(component);
    cb(component);
    return this;
  }
}
