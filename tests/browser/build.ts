// Bundles for browser tests, written to test-artifacts/browser/ (git-ignored): the host as one
// script (tests/browser/harnessEntry.ts → window.VaultStackHost) and plugin bundles built like main.js.
import { buildSync } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(__dirname, '..', '..');
/** Where bundles go. */
export const BROWSER_ARTIFACTS = join(ROOT, 'test-artifacts', 'browser');

/** Builds the host bundle (an IIFE exposing `window.VaultStackHost` and `window.require`) and returns its code. */
export function buildHostBundle(): string {
  mkdirSync(BROWSER_ARTIFACTS, { recursive: true });
  const outfile = join(BROWSER_ARTIFACTS, 'vault-stack-host.js');
  buildSync({
    entryPoints: [join(__dirname, 'harnessEntry.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2021',
    outfile,
    logLevel: 'silent',
  });
  return readFileSync(outfile, 'utf8');
}

/** Builds a plugin entry as Obsidian expects it (CommonJS, `obsidian` external) and returns its code. */
export function buildPluginBundle(entry: string, name: string): string {
  mkdirSync(BROWSER_ARTIFACTS, { recursive: true });
  const outfile = join(BROWSER_ARTIFACTS, `${name}.js`);
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2021',
    external: ['obsidian'],
    outfile,
    logLevel: 'silent',
  });
  return readFileSync(outfile, 'utf8');
}
