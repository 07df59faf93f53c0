import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DECLARATIONS = readFileSync(join(ROOT, 'node_modules', 'obsidian', 'obsidian.d.ts'), 'utf8');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  version: string;
  minAppVersion: string;
};
const versions = JSON.parse(readFileSync(join(ROOT, 'versions.json'), 'utf8')) as Record<string, string>;

/** The `@since` of a declared member, read from the doc comment right above its declaration. */
function since(declaration: string): string {
  const at = DECLARATIONS.indexOf(declaration);
  if (at < 0) throw new Error(`obsidian.d.ts has no ${declaration}`);
  const comment = DECLARATIONS.slice(DECLARATIONS.lastIndexOf('/**', at), at);
  const m = /@since (\d+\.\d+\.\d+)/.exec(comment);
  if (!m?.[1]) throw new Error(`no @since above ${declaration}`);
  return m[1];
}

function compare(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((x?.[i] ?? 0) !== (y?.[i] ?? 0)) return (x?.[i] ?? 0) - (y?.[i] ?? 0);
  return 0;
}

describe('minAppVersion', () => {
  // The newest API the plugin calls unguarded sets the floor: secret storage (1.11.4) for remote
  // tokens, Bases views (1.10.0). Settings definitions (1.13) are only used when present.
  const used = {
    'registerBasesView(viewId': since('registerBasesView(viewId: string'),
    BasesView: since('export abstract class BasesView'),
    BasesDropdownOption: since('export interface BasesDropdownOption'),
    getSecret: since('getSecret(id: string)'),
  };

  test('is at least the @since of every API the plugin needs, and the newest of them', () => {
    const newest = Object.values(used).sort(compare).at(-1) as string;

    expect(used['registerBasesView(viewId']).toBe('1.10.0');
    for (const v of Object.values(used)) expect(compare(manifest.minAppVersion, v)).toBeGreaterThanOrEqual(0);
    expect(manifest.minAppVersion).toBe(newest);
  });

  test('versions.json maps the current version to the same minAppVersion', () => {
    expect(versions[manifest.version]).toBe(manifest.minAppVersion);
  });
});
