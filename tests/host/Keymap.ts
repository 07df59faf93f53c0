import type * as O from 'obsidian';

/** Obsidian's Scope: keymap handlers registered for a context; tests can `hostHandle` a key. */
export class Scope implements O.Scope {
  /** Host-only: registered handlers. */
  readonly handlers: O.KeymapEventHandler[] = [];
  private readonly listeners = new Map<O.KeymapEventHandler, O.KeymapEventListener>();

  constructor(readonly parent?: O.Scope) {}

  /** Registers a handler. */
  register(modifiers: O.Modifier[] | null, key: string | null, func: O.KeymapEventListener): O.KeymapEventHandler {
    const handler: O.KeymapEventHandler = { scope: this, modifiers: modifiers ? modifiers.join(',') : null, key };
    this.handlers.push(handler);
    this.listeners.set(handler, func);
    return handler;
  }

  /** Removes a handler. */
  unregister(handler: O.KeymapEventHandler): void {
    const i = this.handlers.indexOf(handler);
    if (i >= 0) this.handlers.splice(i, 1);
    this.listeners.delete(handler);
  }

  /** Host-only: runs the first handler matching the key (and modifiers); false when none matched. */
  hostHandle(evt: KeyboardEvent, modifiers: O.Modifier[] = []): boolean {
    const mods = modifiers.join(',');
    for (const h of this.handlers) {
      if ((h.key === null || h.key === evt.key) && (h.modifiers === null || h.modifiers === mods)) {
        this.listeners.get(h)?.(evt, { ...h, vkey: evt.key });
        return true;
      }
    }
    return false;
  }
}

/** Obsidian's Keymap: a scope stack; modifier helpers read the event. */
export class Keymap implements O.Keymap {
  /** Host-only: pushed scopes, innermost last. */
  readonly scopes: O.Scope[] = [];

  /** Whether the modifier is held in the event ("Mod" is Ctrl here: the host is not macOS). */
  static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: O.Modifier): boolean {
    switch (modifier) {
      case 'Mod':
      case 'Ctrl':
        return evt.ctrlKey;
      case 'Meta':
        return evt.metaKey;
      case 'Shift':
        return evt.shiftKey;
      case 'Alt':
        return evt.altKey;
    }
  }

  /** "tab" for Mod or middle click, "split" for Mod+Alt, "window" for Mod+Alt+Shift, else false. */
  static isModEvent(evt?: O.UserEvent | null): O.PaneType | boolean {
    if (!evt) return false;
    const mod = Keymap.isModifier(evt, 'Mod');
    if (mod && evt.altKey && evt.shiftKey) return 'window';
    if (mod && evt.altKey) return 'split';
    if (mod || ('button' in evt && evt.button === 1)) return 'tab';
    return false;
  }

  /** Activates a scope. */
  pushScope(scope: O.Scope): void {
    this.scopes.push(scope);
  }

  /** Removes a scope. */
  popScope(scope: O.Scope): void {
    const i = this.scopes.lastIndexOf(scope);
    if (i >= 0) this.scopes.splice(i, 1);
  }
}
