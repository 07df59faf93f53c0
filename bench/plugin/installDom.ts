import { installDomHelpers } from '../../tests/host/dom';
import { nodeGlobal } from './nodeGlobal';

/**
 * Gives this Node process a DOM, as Jest's jsdom environment gives plugin tests: the global scope
 * plays `window` (so Obsidian's globals such as `createDiv` resolve), jsdom supplies `document` and
 * the element classes; then the host installs Obsidian's DOM helpers. Only the onload suite needs it
 * (the ribbon icon and the settings tab create elements); call it once, before loading a plugin.
 */
export async function installDom(): Promise<void> {
  if (typeof document !== 'undefined') return;
  // Loaded only here (and left out of the bundle): the other suites run without it.
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const g = nodeGlobal;
  const source = window as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(window)) {
    if (name in g || !/^[A-Z]/.test(name)) continue;
    g[name] = source[name];
  }
  g.window = g;
  g.document = window.document;
  g.navigator ??= window.navigator;
  g.getComputedStyle = window.getComputedStyle.bind(window);
  installDomHelpers();
}
