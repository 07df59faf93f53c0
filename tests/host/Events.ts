import type * as O from 'obsidian';
import type { Public } from './Public';
import { reportHandlerError } from './scheduler';

/** A subscription handle as returned by `Events.on`; pass it to `offref`. */
export interface HostEventRef extends O.EventRef {
  e: Events;
  name: string;
  fn: (...data: never[]) => unknown;
  ctx: unknown;
}

/** Obsidian's event emitter: handlers run in registration order; a throwing handler is logged, not propagated. */
export class Events implements Public<O.Events> {
  private handlers = new Map<string, HostEventRef[]>();

  /** Subscribes a handler; `ctx` becomes `this` in the handler. */
  on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): O.EventRef {
    const ref: HostEventRef = { e: this, name, fn: callback, ctx };
    const list = this.handlers.get(name) ?? [];
    list.push(ref);
    this.handlers.set(name, list);
    return ref;
  }

  /** Removes every subscription of `callback` to `name`. */
  off(name: string, callback: (...data: never[]) => unknown): void {
    const list = this.handlers.get(name);
    if (!list) return;
    this.handlers.set(
      name,
      list.filter((ref) => ref.fn !== callback),
    );
  }

  /** Removes one subscription. */
  offref(ref: O.EventRef): void {
    const r = ref as HostEventRef;
    const list = this.handlers.get(r.name);
    if (!list) return;
    this.handlers.set(
      r.name,
      list.filter((x) => x !== r),
    );
  }

  /** Calls every handler of `name` with `data`, in order; handlers added meanwhile wait for the next trigger. */
  trigger(name: string, ...data: unknown[]): void {
    const list = this.handlers.get(name);
    if (!list) return;
    for (const ref of [...list]) this.tryTrigger(ref, data);
  }

  /** Calls one handler, logging instead of throwing when it fails. */
  tryTrigger(evt: O.EventRef, args: unknown[]): void {
    const ref = evt as HostEventRef;
    try {
      const result = (ref.fn as (...data: unknown[]) => unknown).apply(ref.ctx, args);
      if (result instanceof Promise) result.catch(reportHandlerError);
    } catch (error) {
      reportHandlerError(error);
    }
  }

  /** Host-only: how many handlers `name` has (for cleanup assertions). */
  listenerCount(name: string): number {
    return this.handlers.get(name)?.length ?? 0;
  }
}
