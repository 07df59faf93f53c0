/** Timer functions, as the window or Node provides them. */
export interface HostTimers {
  setTimeout(handler: () => void, ms?: number): number;
  clearTimeout(id: number | undefined): void;
  clearInterval(id: number | undefined): void;
}

/**
 * The current window's timers (popout-safe, like Obsidian's `window.setTimeout`), or Node's when there
 * is no window. Looked up on every call so that Jest's fake timers, installed later, still apply.
 */
export function timers(): HostTimers {
  if (typeof window !== 'undefined') return window;
  return { setTimeout, clearTimeout, clearInterval };
}
