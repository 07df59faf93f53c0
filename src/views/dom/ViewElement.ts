/** Attribute values the views set; `null` removes the attribute (as Obsidian's `setAttr`). */
export type AttrValue = string | number | boolean | null;

/** The part of Obsidian's `DomElementInfo` the views use: classes, text (always as text) and attributes. */
export interface ElementInfo {
  cls?: string | string[];
  text?: string;
  attr?: Record<string, AttrValue>;
}

/**
 * The subset of Obsidian's element API the views write through. A real `HTMLElement` (with
 * Obsidian's helpers) satisfies it inside the app; `StaticElement` satisfies it in the CLI and
 * serialises to HTML. Text goes in as text only: there is no way to set HTML through it.
 */
export interface ViewElement {
  createEl<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    o?: ElementInfo | string,
    callback?: (el: ViewElement) => void,
  ): ViewElement;
  createDiv(o?: ElementInfo | string, callback?: (el: ViewElement) => void): ViewElement;
  createSpan(o?: ElementInfo | string, callback?: (el: ViewElement) => void): ViewElement;
  setText(text: string): void;
  addClass(...classes: string[]): void;
  toggleClass(classes: string | string[], value: boolean): void;
  setAttr(name: string, value: AttrValue): void;
  empty(): void;
  addEventListener(type: 'click', listener: (event: MouseEvent) => void): void;
}
