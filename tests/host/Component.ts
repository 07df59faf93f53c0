import type * as O from 'obsidian';
import type { Public } from './Public';
import { timers } from './timers';

/** Obsidian's Component: a lifecycle with children and registered cleanups that `unload` runs. */
export class Component implements Public<O.Component> {
  /** Host-only: whether `load` ran and `unload` has not. */
  _loaded = false;
  private _children: Component[] = [];
  private _cleanups: Array<() => unknown> = [];

  /** Loads this component and then its children (once). */
  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    this.onload();
    this.loadChildren();
  }

  /** Host-only: loads the children (used by Plugin.hostLoad after awaiting onload). */
  protected loadChildren(): void {
    for (const child of [...this._children]) child.load();
  }

  /** Override to set up. */
  onload(): void {}

  /** Unloads children (last first), runs registered cleanups (last first), then `onunload`. */
  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    while (this._children.length > 0) this._children.pop()?.unload();
    while (this._cleanups.length > 0) this._cleanups.pop()?.();
    this.onunload();
  }

  /** Override to tear down. */
  onunload(): void {}

  /** Adds a child, loading it now if this component is loaded. */
  addChild<T extends O.Component>(component: T): T {
    const child = component as unknown as Component;
    this._children.push(child);
    if (this._loaded) child.load();
    return component;
  }

  /** Removes and unloads a child. */
  removeChild<T extends O.Component>(component: T): T {
    const child = component as unknown as Component;
    const i = this._children.indexOf(child);
    if (i >= 0) {
      this._children.splice(i, 1);
      child.unload();
    }
    return component;
  }

  /** Runs `cb` on unload. */
  register(cb: () => unknown): void {
    this._cleanups.push(cb);
  }

  /** Detaches the event handler on unload. */
  registerEvent(eventRef: O.EventRef): void {
    const ref = eventRef as unknown as { e: { offref(r: O.EventRef): void } };
    this.register(() => ref.e.offref(eventRef));
  }

  /** Adds a DOM listener now and removes it on unload. */
  registerDomEvent(
    el: Window | Document | HTMLElement,
    type: string,
    callback: (this: HTMLElement, ev: never) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    el.addEventListener(type, callback as EventListener, options);
    this.register(() => el.removeEventListener(type, callback as EventListener, options));
  }

  /** Clears the interval on unload; returns the id. */
  registerInterval(id: number): number {
    this.register(() => timers().clearInterval(id));
    return id;
  }
}
