/** Whether Obsidian's DOM helpers are installed (they are, on module load, whenever a `document` exists). */
export let domHelpersInstalled = false;

type Info = DomElementInfo | string | undefined;

type Listener = (...args: never[]) => unknown;

/** The document new elements belong to: the parent's, else the active one. */
function docFor(parent: Node | undefined): Document {
  return parent?.ownerDocument ?? activeDocument;
}

/** Obsidian's global `createEl`: text always goes in as text, never as HTML. */
function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  o?: Info,
  callback?: (el: HTMLElementTagNameMap[K]) => void,
): HTMLElementTagNameMap[K] {
  const info = typeof o === 'string' ? undefined : o;
  // This is the implementation of createEl, so it has to use the DOM primitive.
  const el = Document.prototype.createElementNS.call(
    docFor(info?.parent),
    'http://www.w3.org/1999/xhtml',
    tag,
  ) as HTMLElementTagNameMap[K];
  applyInfo(el, typeof o === 'string' ? { cls: o } : (o ?? {}));
  callback?.(el);
  return el;
}

function applyInfo(el: HTMLElement, info: DomElementInfo): void {
  if (info.cls !== undefined) el.addClasses(Array.isArray(info.cls) ? info.cls : info.cls.split(' '));
  if (info.text !== undefined) el.setText(info.text);
  if (info.attr) el.setAttrs(info.attr);
  if (info.title !== undefined) el.title = info.title;
  const anyEl = el as HTMLElement & { value?: string; type?: string; placeholder?: string; href?: string };
  if (info.value !== undefined && 'value' in el) anyEl.value = info.value;
  if (info.type !== undefined && 'type' in el) anyEl.type = info.type;
  if (info.placeholder !== undefined && 'placeholder' in el) anyEl.placeholder = info.placeholder;
  if (info.href !== undefined && 'href' in el) anyEl.href = info.href;
  if (info.parent) {
    if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
    else info.parent.appendChild(el);
  }
}

function createSvgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  o?: SvgElementInfo | string,
  callback?: (el: SVGElementTagNameMap[K]) => void,
): SVGElementTagNameMap[K] {
  const info: SvgElementInfo = typeof o === 'string' ? { cls: o } : (o ?? {});
  // This is the implementation of createSvg, so it has to use the DOM primitive.
  const el = Document.prototype.createElementNS.call(
    docFor(info.parent),
    'http://www.w3.org/2000/svg',
    tag,
  ) as SVGElementTagNameMap[K];
  if (info.cls !== undefined) el.addClasses(Array.isArray(info.cls) ? info.cls : info.cls.split(' '));
  if (info.attr) el.setAttrs(info.attr);
  if (info.parent) {
    if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
    else info.parent.appendChild(el);
  }
  callback?.(el);
  return el;
}

function define(target: object, members: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(members)) {
    Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
  }
}

/** Installs Obsidian's helpers on Node/Element/HTMLElement prototypes and the global scope of the current window. */
export function installDomHelpers(): void {
  if (domHelpersInstalled || typeof document === 'undefined') return;
  domHelpersInstalled = true;
  // activeDocument/activeWindow are defined below; until then the current document is the active one.
  define(window, { activeDocument: document, activeWindow: window });

  define(Node.prototype, {
    createEl<K extends keyof HTMLElementTagNameMap>(
      this: Node,
      tag: K,
      o?: Info,
      cb?: (el: HTMLElementTagNameMap[K]) => void,
    ) {
      const info = typeof o === 'string' ? { cls: o } : (o ?? {});
      return createElement(tag, { ...info, parent: this }, cb);
    },
    createDiv(this: Node, o?: Info, cb?: (el: HTMLDivElement) => void) {
      const info = typeof o === 'string' ? { cls: o } : (o ?? {});
      return createElement('div', { ...info, parent: this }, cb);
    },
    createSpan(this: Node, o?: Info, cb?: (el: HTMLSpanElement) => void) {
      const info = typeof o === 'string' ? { cls: o } : (o ?? {});
      return createElement('span', { ...info, parent: this }, cb);
    },
    createSvg<K extends keyof SVGElementTagNameMap>(
      this: Node,
      tag: K,
      o?: SvgElementInfo | string,
      cb?: (el: SVGElementTagNameMap[K]) => void,
    ) {
      const info = typeof o === 'string' ? { cls: o } : (o ?? {});
      return createSvgElement(tag, { ...info, parent: this }, cb);
    },
    detach(this: Node) {
      this.parentNode?.removeChild(this);
    },
    empty(this: Node) {
      while (this.firstChild) this.removeChild(this.firstChild);
    },
    insertAfter<T extends Node>(this: Node, node: T, child: Node | null): T {
      this.insertBefore(node, child ? child.nextSibling : this.firstChild);
      return node;
    },
    indexOf(this: Node, other: Node): number {
      return Array.prototype.indexOf.call(this.childNodes, other);
    },
    setChildrenInPlace(this: Node, children: Node[]) {
      this.empty();
      for (const c of children) this.appendChild(c);
    },
    appendText(this: Node, val: string) {
      this.appendChild(document.createTextNode(val));
    },
    instanceOf<T>(this: Node, type: { new (): T }): boolean {
      // Cross-window: also accept the same-named class of this node's own window.
      const win = (this.ownerDocument?.defaultView ?? window) as unknown as Record<string, unknown>;
      const sameNamed = win[type.name];
      const isA = (ctor: unknown): boolean =>
        typeof ctor === 'function' && Object.prototype.isPrototypeOf.call(ctor.prototype, this);
      return isA(type) || isA(sameNamed);
    },
  });
  Object.defineProperty(Node.prototype, 'doc', {
    configurable: true,
    get(this: Node) {
      return this.ownerDocument ?? document;
    },
  });
  Object.defineProperty(Node.prototype, 'win', {
    configurable: true,
    get(this: Node) {
      return (this.ownerDocument ?? document).defaultView ?? window;
    },
  });
  Object.defineProperty(Node.prototype, 'constructorWin', {
    configurable: true,
    get(this: Node) {
      return (this.ownerDocument ?? document).defaultView ?? window;
    },
  });

  define(Element.prototype, {
    getText(this: Element) {
      return this.textContent ?? '';
    },
    setText(this: Element, val: string | DocumentFragment) {
      if (typeof val === 'string') this.textContent = val;
      else {
        this.empty();
        this.appendChild(val);
      }
    },
    addClass(this: Element, ...classes: string[]) {
      this.addClasses(classes);
    },
    addClasses(this: Element, classes: string[]) {
      const names = classes.flatMap((c) => c.split(' ')).filter((c) => c !== '');
      if (names.length > 0) this.classList.add(...names);
    },
    removeClass(this: Element, ...classes: string[]) {
      this.removeClasses(classes);
    },
    removeClasses(this: Element, classes: string[]) {
      const names = classes.flatMap((c) => c.split(' ')).filter((c) => c !== '');
      if (names.length > 0) this.classList.remove(...names);
    },
    toggleClass(this: Element, classes: string | string[], value: boolean) {
      const list = Array.isArray(classes) ? classes : [classes];
      if (value) this.addClasses(list);
      else this.removeClasses(list);
    },
    hasClass(this: Element, cls: string) {
      return this.classList.contains(cls);
    },
    setAttr(this: Element, name: string, value: string | number | boolean | null) {
      if (value === null) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
    setAttrs(this: Element, obj: Record<string, string | number | boolean | null>) {
      for (const [k, v] of Object.entries(obj)) this.setAttr(k, v);
    },
    getAttr(this: Element, name: string) {
      return this.getAttribute(name);
    },
    matchParent(this: Element, selector: string, lastParent?: Element) {
      const found = this.closest(selector);
      if (!found || (lastParent && (found === lastParent || found.contains(lastParent)))) return null;
      return found;
    },
    getCssPropertyValue(this: Element, property: string, pseudo?: string) {
      return getComputedStyle(this, pseudo).getPropertyValue(property);
    },
    isActiveElement(this: Element) {
      return this.ownerDocument.activeElement === this;
    },
    find(this: Element, selector: string) {
      return this.querySelector(selector);
    },
    findAll(this: Element, selector: string) {
      return Array.from(this.querySelectorAll(selector));
    },
    findAllSelf(this: Element, selector: string) {
      return [...(this.matches(selector) ? [this] : []), ...Array.from(this.querySelectorAll(selector))];
    },
  });
  define(DocumentFragment.prototype, {
    find(this: DocumentFragment, selector: string) {
      return this.querySelector(selector);
    },
    findAll(this: DocumentFragment, selector: string) {
      return Array.from(this.querySelectorAll(selector));
    },
  });
  installHtmlElementHelpers();

  define(window, {
    createEl: createElement,
    createDiv: (o?: Info, cb?: (el: HTMLDivElement) => void) => createElement('div', o, cb),
    createSpan: (o?: Info, cb?: (el: HTMLSpanElement) => void) => createElement('span', o, cb),
    createSvg: createSvgElement,
    createFragment: (cb?: (el: DocumentFragment) => void) => {
      const frag = new DocumentFragment();
      cb?.(frag);
      return frag;
    },
    sleep: (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms)),
    nextFrame: () => new Promise<void>((resolve) => window.setTimeout(resolve, 0)),
    fish: (selector: string) => document.querySelector(selector),
    fishAll: (selector: string) => Array.from(document.querySelectorAll(selector)),
    isBoolean: (obj: unknown) => typeof obj === 'boolean',
  });
}

function installHtmlElementHelpers(): void {
  type Delegated = {
    selector: string;
    listener: Listener;
    options?: boolean | AddEventListenerOptions;
    callback: EventListener;
  };
  define(HTMLElement.prototype, {
    show(this: HTMLElement) {
      this.style.removeProperty('display');
    },
    hide(this: HTMLElement) {
      this.setCssProps({ display: 'none' });
    },
    toggle(this: HTMLElement, show: boolean) {
      if (show) this.show();
      else this.hide();
    },
    toggleVisibility(this: HTMLElement, visible: boolean) {
      this.style.visibility = visible ? '' : 'hidden';
    },
    isShown(this: HTMLElement) {
      // hide() sets an inline `display: none`; any hidden ancestor hides this element too.
      return this.isConnected && this.closest('[style*="display: none"]') === null;
    },
    setCssStyles(this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
      Object.assign(this.style, styles);
    },
    setCssProps(this: HTMLElement, props: Record<string, string>) {
      for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
    },
    onClickEvent(
      this: HTMLElement,
      listener: (ev: MouseEvent) => unknown,
      options?: boolean | AddEventListenerOptions,
    ) {
      this.addEventListener('click', listener as EventListener, options);
      this.addEventListener('auxclick', listener as EventListener, options);
    },
    on(
      this: HTMLElement,
      type: string,
      selector: string,
      listener: (ev: Event, target: HTMLElement) => unknown,
      options?: boolean | AddEventListenerOptions,
    ) {
      const events = ((this as unknown as { _EVENTS?: Record<string, Delegated[]> })._EVENTS ??= {});
      const callback = (ev: Event): void => {
        const target = ev.target instanceof Element ? ev.target.closest(selector) : null;
        if (target instanceof HTMLElement && this.contains(target)) listener.call(this, ev, target);
      };
      (events[type] ??= []).push({ selector, listener, options, callback });
      this.addEventListener(type, callback, options);
    },
    off(
      this: HTMLElement,
      type: string,
      selector: string,
      listener: Listener,
      options?: boolean | AddEventListenerOptions,
    ) {
      const events = (this as unknown as { _EVENTS?: Record<string, Delegated[]> })._EVENTS;
      const list = events?.[type] ?? [];
      for (const info of list.filter((i) => i.selector === selector && i.listener === listener)) {
        this.removeEventListener(type, info.callback, options);
        list.splice(list.indexOf(info), 1);
      }
    },
    trigger(this: HTMLElement, eventType: string) {
      this.dispatchEvent(new Event(eventType, { bubbles: true, cancelable: true }));
    },
    onNodeInserted(this: HTMLElement, listener: () => unknown, _once?: boolean) {
      if (this.isConnected) listener();
      return () => {};
    },
    onWindowMigrated(this: HTMLElement, _listener: (win: Window) => unknown) {
      return () => {};
    },
  });
}

installDomHelpers();
