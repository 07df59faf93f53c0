import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

// `npm test` builds main.js first (the pretest script). The manifest says the plugin is not
// desktop-only, so the bundle may ask its host for `obsidian` and nothing else: Obsidian mobile
// has no Node builtins and no global Buffer.
const root = join(__dirname, '..', '..');

describe('the plugin bundle', () => {
  const code = readFileSync(join(root, 'main.js'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { isDesktopOnly: boolean };

  it('names no module but obsidian, besides crypto and zlib for the desktop-only git codec and the desktop-only observers', () => {
    const required = new Set([...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    expect(manifest.isDesktopOnly).toBe(false);
    // child_process, fs and process: restic, borg and secret references; tls and net: served certificates (DESIGN.md §5).
    expect([...required].sort()).toEqual([
      'child_process',
      'crypto',
      'fs',
      'net',
      'obsidian',
      'process',
      'tls',
      'zlib',
    ]);
  });

  it('loads in a context with no Node globals, asking only for obsidian', () => {
    const requested: string[] = [];
    // What every Obsidian window offers (web platform globals), and nothing Node-only.
    const web = {
      TextEncoder,
      TextDecoder,
      URL,
      URLSearchParams,
      console,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      queueMicrotask,
      crypto,
    };
    const sandbox = {
      ...web,
      module: { exports: {} as Record<string, unknown> },
      require: (name: string) => {
        requested.push(name);
        return new Proxy({}, { get: () => class {} });
      },
    };
    runInNewContext(`(function (module, exports, require) {${code}\n})(module, module.exports, require)`, sandbox);
    expect(runInNewContext('typeof Buffer + typeof process', sandbox)).toBe('undefinedundefined');
    expect(new Set(requested)).toEqual(new Set(['obsidian']));
    expect(typeof sandbox.module.exports.default).toBe('function');
  });
});
