import type * as O from 'obsidian';
import { Component } from './Component';

const shownMenus: Menu[] = [];

/** One menu entry; tests read `title` and call `hostClick()`. */
export class MenuItem {
  title = '';
  icon: string | null = null;
  checked: boolean | null = null;
  disabled = false;
  warning = false;
  isLabel = false;
  section = '';
  private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

  /** Sets the title (fragments are kept as their text). */
  setTitle(title: string | DocumentFragment): this {
    this.title = typeof title === 'string' ? title : (title.textContent ?? '');
    return this;
  }
  /** Sets the icon. */
  setIcon(icon: string | null): this {
    this.icon = icon;
    return this;
  }
  /** Sets the check mark. */
  setChecked(checked: boolean | null): this {
    this.checked = checked;
    return this;
  }
  /** Disables the item. */
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
  /** Marks it a warning. */
  setWarning(isWarning: boolean): this {
    this.warning = isWarning;
    return this;
  }
  /** Marks it a label. */
  setIsLabel(isLabel: boolean): this {
    this.isLabel = isLabel;
    return this;
  }
  /** Registers the click handler. */
  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.callback = callback;
    return this;
  }
  /** Sets the section. */
  setSection(section: string): this {
    this.section = section;
    return this;
  }
  /** Host-only: clicks the item (no-op when disabled). */
  hostClick(): void {
    if (!this.disabled) void this.callback?.(new MouseEvent('click'));
  }
}

/** Obsidian's Menu, minimal: items are recorded; `showAt…` records the menu as shown for tests. */
export class Menu extends Component implements O.Menu {
  /** Host-only: items and separators in order. */
  readonly items: Array<MenuItem | 'separator'> = [];
  private hideCallbacks: Array<() => unknown> = [];

  /** A menu for an event. */
  static forEvent(_evt: PointerEvent | MouseEvent): Menu {
    return new Menu();
  }

  /** No icons. */
  setNoIcon(): this {
    return this;
  }
  /** Ignored. */
  setUseNativeMenu(_useNativeMenu: boolean): this {
    return this;
  }
  /** Adds an item built by `cb`. */
  addItem(cb: (item: O.MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items.push(item);
    return this;
  }
  /** Adds a separator. */
  addSeparator(): this {
    this.items.push('separator');
    return this;
  }
  /** Ignored. */
  setParentElement(_el: HTMLElement): this {
    return this;
  }
  /** Records the menu as shown. */
  showAtMouseEvent(_evt: MouseEvent): this {
    return this.show();
  }
  /** Records the menu as shown. */
  showAtPosition(_position: O.MenuPositionDef, _doc?: Document): this {
    return this.show();
  }
  /** Hides the menu; runs onHide callbacks. */
  hide(): this {
    const i = shownMenus.indexOf(this);
    if (i >= 0) shownMenus.splice(i, 1);
    for (const cb of this.hideCallbacks) cb();
    return this;
  }
  /** Same as hide. */
  close(): void {
    this.hide();
  }
  /** Registers a hide callback. */
  onHide(callback: () => unknown): void {
    this.hideCallbacks.push(callback);
  }
  /** Back: hides. */
  onHistoryBack(): void {
    this.hide();
  }
  /** Host-only: the item with this title. */
  hostItem(title: string): MenuItem | undefined {
    return this.items.find((i): i is MenuItem => i !== 'separator' && i.title === title);
  }
  private show(): this {
    if (!shownMenus.includes(this)) shownMenus.push(this);
    return this;
  }
}

/** Host-only: menus shown and not hidden, oldest first. */
export function getShownMenus(): Menu[] {
  return [...shownMenus];
}
