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
  /** Takes the element out of its parent (nothing when it has none); the keyed dashboard patch uses it. */
  remove(): void;
  /**
   * Moves `child` (taken out of wherever it was) to just before `before` among this element's
   * children, or to the end when `before` is null. Its parameters are `never` so a real element's
   * `insertBefore(node: Node, …)` fits; call it through `moveBefore`, which takes view elements.
   */
  insertBefore(child: never, before: never): unknown;
}

/**
 * Moves `child` to just before `before` under `parent` (to the end when `before` is null): the
 * DOM's `insertBefore` for view elements (both are the same kind of element, real or static).
 * @example moveBefore(list, row, null) // row is now list's last child
 */
export function moveBefore(parent: ViewElement, child: ViewElement, before: ViewElement | null): void {
  parent.insertBefore(child as never, before as never);
}
