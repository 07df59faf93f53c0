import { safeHttpUrl } from '../../core/dashboard/safeUrl';
import { StaticElementError } from './StaticElementError';
import type { AttrValue, ElementInfo, ViewElement } from './ViewElement';

const VOID_TAGS = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
/** Elements that run, load or embed something, or change how the page parses: never written. */
const UNSAFE_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'base',
  'link',
  'meta',
  'template',
  'noscript',
  'textarea',
  'title',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
  'svg',
  'math',
  'form',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'srcset',
  'background',
  'cite',
  'data',
  'ping',
]);
const TAG_NAME = /^[a-z][a-z0-9]*$/;
const ATTR_NAME = /^[a-z][a-z0-9_:.-]*$/;

/**
 * A tiny element that implements the views' subset of Obsidian's element API and serialises to
 * HTML, so the CLI renders the dashboard with the same view code and no DOM. Text and attribute
 * values are escaped; event-handler and `style` attributes, script-capable tags and URLs other
 * than http(s) are refused with a StaticElementError. Event listeners are accepted and ignored
 * (a static page is inert).
 * @example const root = new StaticElement('div'); root.createEl('p', { text: '<b>' }); root.toHtml() // '<div><p>&lt;b&gt;</p></div>'
 */
export class StaticElement implements ViewElement {
  readonly tag: string;
  private readonly classes: string[] = [];
  private readonly attrs = new Map<string, string>();
  private children: (StaticElement | string)[] = [];
  private parent: StaticElement | null = null;
  /** How many listeners view code attached (they never run here). */
  listeners = 0;

  constructor(tag: string) {
    if (!TAG_NAME.test(tag)) throw new StaticElementError('UNSAFE_TAG', `not an element name: ${JSON.stringify(tag)}`);
    if (UNSAFE_TAGS.has(tag)) throw new StaticElementError('UNSAFE_TAG', `<${tag}> is not allowed in a static view`);
    this.tag = tag;
  }

  /** Appends a child element configured by `o` (a class string or classes, text and attributes). */
  createEl<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    o?: ElementInfo | string,
    callback?: (el: ViewElement) => void,
  ): StaticElement {
    return this.append(tag, o, callback);
  }

  /** Appends a `<div>`. */
  createDiv(o?: ElementInfo | string, callback?: (el: ViewElement) => void): StaticElement {
    return this.append('div', o, callback);
  }

  /** Appends a `<span>`. */
  createSpan(o?: ElementInfo | string, callback?: (el: ViewElement) => void): StaticElement {
    return this.append('span', o, callback);
  }

  private append(
    tag: string,
    o: ElementInfo | string | undefined,
    callback: ((el: ViewElement) => void) | undefined,
  ): StaticElement {
    if (VOID_TAGS.has(this.tag)) throw new StaticElementError('VOID_CHILD', `<${this.tag}> cannot have children`);
    const el = new StaticElement(tag);
    const info: ElementInfo = typeof o === 'string' ? { cls: o } : (o ?? {});
    if (info.cls !== undefined) el.addClass(...(Array.isArray(info.cls) ? info.cls : [info.cls]));
    if (info.text !== undefined) el.setText(info.text);
    for (const [name, value] of Object.entries(info.attr ?? {})) el.setAttr(name, value);
    this.children.push(el);
    el.parent = this;
    callback?.(el);
    return el;
  }

  /** Replaces the children with one text node. */
  setText(text: string): void {
    if (VOID_TAGS.has(this.tag)) throw new StaticElementError('VOID_CHILD', `<${this.tag}> cannot hold text`);
    this.children = text === '' ? [] : [text];
  }

  /** Adds classes (space-separated names are split), keeping the first-added order. */
  addClass(...classes: string[]): void {
    for (const name of classes.flatMap((c) => c.split(' ')))
      if (name !== '' && !this.classes.includes(name)) this.classes.push(name);
  }

  /** Adds or removes classes. */
  toggleClass(classes: string | string[], value: boolean): void {
    const names = (Array.isArray(classes) ? classes : [classes]).flatMap((c) => c.split(' ')).filter((c) => c !== '');
    if (value) this.addClass(...names);
    else {
      for (const name of names) {
        const at = this.classes.indexOf(name);
        if (at >= 0) this.classes.splice(at, 1);
      }
    }
  }

  /** Sets an attribute (`null` removes it); refuses `on*`, `style`, `class` and non-http(s) URLs. */
  setAttr(name: string, value: AttrValue): void {
    const key = name.toLowerCase();
    if (!ATTR_NAME.test(key))
      throw new StaticElementError('UNSAFE_ATTRIBUTE', `not an attribute name: ${JSON.stringify(name)}`);
    if (key.startsWith('on'))
      throw new StaticElementError('UNSAFE_ATTRIBUTE', `event handler attributes are not allowed: ${key}`);
    if (key === 'style' || key === 'class')
      throw new StaticElementError('UNSAFE_ATTRIBUTE', `set ${key} through classes, not an attribute`);
    if (value === null) {
      this.attrs.delete(key);
      return;
    }
    const text = String(value);
    if (URL_ATTRIBUTES.has(key) && safeHttpUrl(text) === null)
      throw new StaticElementError(
        'UNSAFE_URL',
        `only http and https URLs may be used in ${key}: ${JSON.stringify(text)}`,
      );
    this.attrs.set(key, text);
  }

  /** Removes every child. */
  empty(): void {
    for (const child of this.children) if (typeof child !== 'string') child.parent = null;
    this.children = [];
  }

  /** Takes the element out of its parent. */
  remove(): void {
    const parent = this.parent;
    if (!parent) return;
    const at = parent.children.indexOf(this);
    if (at >= 0) parent.children.splice(at, 1);
    this.parent = null;
  }

  /** Moves `child` (out of wherever it was) to just before `before`, or to the end when `before` is null or not a child. */
  insertBefore(child: ViewElement, before: ViewElement | null): StaticElement {
    if (!(child instanceof StaticElement)) throw new TypeError('a StaticElement takes StaticElement children only');
    if (VOID_TAGS.has(this.tag)) throw new StaticElementError('VOID_CHILD', `<${this.tag}> cannot have children`);
    if (child === before) return child;
    child.remove();
    const at = before === null ? -1 : this.children.indexOf(before as StaticElement);
    if (at >= 0) this.children.splice(at, 0, child);
    else this.children.push(child);
    child.parent = this;
    return child;
  }

  /** Accepts a listener and ignores it: the static page is inert. */
  addEventListener(_type: 'click', _listener: (event: MouseEvent) => void): void {
    this.listeners++;
  }

  /** The text of this element and its descendants, as `textContent` gives it. */
  get textContent(): string {
    return this.children.map((c) => (typeof c === 'string' ? c : c.textContent)).join('');
  }

  /** The attribute value, or null. */
  getAttr(name: string): string | null {
    if (name === 'class') return this.classes.length > 0 ? this.classes.join(' ') : null;
    return this.attrs.get(name.toLowerCase()) ?? null;
  }

  /** The element as HTML. */
  toHtml(): string {
    let open = `<${this.tag}`;
    if (this.classes.length > 0) open += ` class="${escapeAttribute(this.classes.join(' '))}"`;
    for (const [name, value] of this.attrs) open += ` ${name}="${escapeAttribute(value)}"`;
    open += '>';
    if (VOID_TAGS.has(this.tag)) return open;
    return `${open}${this.children.map((c) => (typeof c === 'string' ? escapeText(c) : c.toHtml())).join('')}</${this.tag}>`;
  }
}

/** Escapes text for an HTML text node. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
