import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// What main.js is made of, from the metafile `npm run build` writes (`npm test` builds first):
// code only the CLI runs, and the packages scripts/pluginDependencies.mjs replaces, stay out, so
// the plugin's 600 KiB budget (issues 11 and 14) cannot be spent again without a test saying so.
const root = join(__dirname, '..', '..');
const meta = JSON.parse(readFileSync(join(root, 'dist', 'main.meta.json'), 'utf8')) as {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
};
const inputs = Object.keys(meta.outputs['main.js']?.inputs ?? {});
/** An input's package name (wherever node_modules is), or its source path. */
const names = inputs.map((file) => {
  const at = file.lastIndexOf('node_modules/');
  if (at < 0) return file;
  const parts = file.slice(at + 'node_modules/'.length).split('/');
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
});

describe('main.js', () => {
  it('bundles the plugin (a sanity check of the metafile)', () => {
    expect(names).toContain('src/main.ts');
    expect(names).toContain('isomorphic-git');
    expect(names).toContain('yaml');
  });

  it('has none of the CLI: its commands, its static pages, and the formats only it imports or exports', () => {
    const cliOnly = [
      /^src\/cli\//,
      /^src\/views\/page\//,
      /^src\/views\/dom\/StaticElement\.ts$/,
      /^src\/git\/remote\/clone\.ts$/,
      /^src\/core\/formats\/(gatus|systemd|org|timewarrior|toggl|raindrop|csvRecords|timeImport|taskwarrior)\.ts$/,
    ];
    expect(names.filter((name) => cliOnly.some((pattern) => pattern.test(name)))).toEqual([]);
  });

  it('has none of the packages replaced by the stand-ins in build/', () => {
    const replaced = [
      'buffer',
      'base64-js',
      'ieee754',
      'pako',
      'sha.js',
      'to-buffer',
      'safe-buffer',
      'typed-array-buffer',
      'async-lock',
      'crc-32',
      'pify',
    ];
    expect(names.filter((name) => replaced.includes(name))).toEqual([]);
    for (const shim of [
      'buffer-shim.mjs',
      'pako-shim.cjs',
      'sha1-shim.cjs',
      'async-lock-shim.cjs',
      'crc32-shim.cjs',
      'pify-shim.cjs',
    ])
      expect(names).toContain(`build/${shim}`);
  });
});
