// Runs a plugin in real Chromium (playwright-core, /usr/bin/chromium, headless) against the in-memory
// Obsidian bundled for the page. Nothing is served over the network: the page is set from a string
// and every request it tries is aborted.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type * as O from 'obsidian';
import { buildHostBundle } from './build';
import type { HarnessWindow } from './harnessEntry';

/** Debian's Chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Whether browser tests can run: skipped (with a reason) only when Chromium is missing outside CI. */
export function browserAvailability(): { run: boolean; reason: string } {
  if (existsSync(CHROMIUM_PATH)) return { run: true, reason: '' };
  if (process.env.CI) throw new Error(`${CHROMIUM_PATH} is missing; CI must install Chromium for the browser tests`);
  return {
    run: false,
    reason: `browser tests skipped: ${CHROMIUM_PATH} is missing (install chromium, or run in CI where it is required)`,
  };
}

/** Launches headless Chromium with the flags the tests need in a container. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** What a harness page runs. */
export interface HarnessOptions {
  /** Vault files by path. */
  files: Record<string, string>;
  /** The plugin bundle: CommonJS with `obsidian` external, like main.js. */
  pluginCode: string;
  /** Manifest fields (id, name…); test defaults fill the rest. */
  manifest?: Partial<O.PluginManifest>;
  /** Light or dark theme variables (default light). */
  theme?: 'light' | 'dark';
  /** Extra CSS, e.g. the plugin's styles.css. */
  css?: string;
  /** Viewport size (default 1280×800). */
  viewport?: { width: number; height: number };
}

/** A page running the plugin, with access to the vault. */
export interface Harness {
  page: Page;
  /** Uncaught page errors seen so far. */
  errors: string[];
  /** Every visible vault file's text. */
  readFiles(): Promise<Record<string, string>>;
  /** One file's text. */
  readFile(path: string): Promise<string>;
  /** Waits for the host's queued metadata updates and events. */
  settle(): Promise<void>;
  /** Notices shown so far. */
  notices(): Promise<string[]>;
  /** Closes the page. */
  close(): Promise<void>;
}

let hostCode: string | null = null;

/** The theme page: Obsidian-like variables, extra CSS, an empty body with the theme class. */
export function harnessHtml(theme: 'light' | 'dark', css = ''): string {
  const styles = `${readFileSync(join(__dirname, 'obsidianTheme.css'), 'utf8')}\n${css}`.replace(
    /<\/style/gi,
    '<\\/style',
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test harness</title><style>${styles}</style></head><body class="theme-${theme}"></body></html>`;
}

/** Opens a page, loads the host and the plugin (its `require('obsidian')` answered by the host), boots the vault. */
export async function openHarness(browser: Browser, options: HarnessOptions): Promise<Harness> {
  hostCode ??= buildHostBundle();
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => route.abort());
  await page.setContent(harnessHtml(options.theme ?? 'light', options.css));
  await page.addScriptTag({ content: hostCode });
  // Evaluate the CommonJS bundle the way Obsidian does: module/exports locals and the host's require.
  await page.addScriptTag({
    content: `window.__harnessPlugin = (function (require) { var module = { exports: {} }; var exports = module.exports;\n${options.pluginCode}\nreturn module.exports; })(window.require);`,
  });
  await page.evaluate((boot) => (window as unknown as HarnessWindow).VaultStackHost.boot(boot), {
    files: options.files,
    manifest: options.manifest,
    pluginGlobal: '__harnessPlugin',
  });
  return {
    page,
    errors,
    readFiles: () => page.evaluate(() => (window as unknown as HarnessWindow).VaultStackHost.readFiles()),
    readFile: (path) => page.evaluate((p) => (window as unknown as HarnessWindow).VaultStackHost.readFile(p), path),
    settle: () => page.evaluate(() => (window as unknown as HarnessWindow).VaultStackHost.settle()),
    notices: () => page.evaluate(() => (window as unknown as HarnessWindow).VaultStackHost.notices()),
    close: () => page.close(),
  };
}
