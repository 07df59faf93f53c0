import type * as O from 'obsidian';
import { SearchComponent } from './components';
import { ExtraButtonComponent } from './buttonComponents';
import { Setting } from './Setting';

/** Obsidian's SettingGroup: a heading and a list of setting rows (`.setting-group > .setting-items`). */
export class SettingGroup implements O.SettingGroup {
  listEl: HTMLElement;
  /** Host-only: the group element. */
  readonly groupEl: HTMLElement;
  private readonly headerEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    this.groupEl = containerEl.createDiv({ cls: 'setting-group' });
    this.headerEl = this.groupEl.createDiv({ cls: 'setting-item setting-item-heading' });
    this.headerEl.hide();
    this.listEl = this.groupEl.createDiv({ cls: 'setting-items' });
  }

  /** Shows a heading above the rows (text, never HTML). */
  setHeading(text: string | DocumentFragment): this {
    this.headerEl.empty();
    this.headerEl.createDiv({ cls: 'setting-item-name' }).setText(text);
    this.headerEl.show();
    return this;
  }

  /** Adds classes to the group. */
  addClass(...classes: string[]): this {
    this.groupEl.addClass(...classes);
    return this;
  }

  /** Adds a setting row. */
  addSetting(cb: (setting: Setting) => void): this {
    cb(new Setting(this.listEl));
    return this;
  }

  /** Adds a search input at the top of the rows. */
  addSearch(cb: (component: SearchComponent) => unknown): this {
    const holder = this.listEl.createDiv({ cls: 'setting-group-search', prepend: true });
    cb(new SearchComponent(holder));
    return this;
  }

  /** Adds an icon button to the header. */
  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    this.headerEl.show();
    cb(new ExtraButtonComponent(this.headerEl));
    return this;
  }
}
