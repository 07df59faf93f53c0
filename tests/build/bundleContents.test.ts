import { describe, expect, it } from '@jest/globals';
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

// What main.js is made of, from the metafile `npm run build` writes (`npm test` builds first):
// code only the CLI runs, and the packages build/pluginDependencies.cjs replaces, stay out, so
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
      /^src\/git\/remote\/clone\.ts$/,
      // The stat-data refresh after a scan: only `vault-stack commit` hands it to the scan.
      /^src\/git\/refreshIndexStats\.ts$/,
      /^src\/core\/formats\/(gatus|systemd|org|timewarrior|toggl|raindrop|csvRecords|timeImport|taskwarrior|icsTodo)\.ts$/,
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

  it('names no Node global outside a typeof guard, so no call fails later on mobile', async () => {
    // main.js as npm run build makes it, unminified, with each free Node global replaced by a marker:
    // a name bound to a stand-in (isomorphic-git's Buffer) is not free and keeps its name.
    const { pluginAliases, pluginBuffer } = require('../../build/pluginDependencies.cjs') as {
      pluginAliases: Record<string, string>;
      pluginBuffer: Plugin;
    };
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['src/main.ts'],
      bundle: true,
      write: false,
      outfile: 'free-globals.js',
      format: 'cjs',
      platform: 'browser',
      external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules.filter((m) => m !== 'buffer')],
      alias: pluginAliases,
      plugins: [pluginBuffer],
      define: {
        Buffer: 'FREE_Buffer',
        process: 'FREE_process',
        global: 'FREE_global',
        setImmediate: 'FREE_setImmediate',
      },
      logLevel: 'silent',
    });
    // A line may name a global only where it also tests it (`typeof process !== "undefined" && process.env…`).
    const unguarded = (result.outputFiles[0]?.text ?? '').split('\n').filter((line) => {
      const named = [...line.matchAll(/\bFREE_(\w+)/g)].map((m) => m[1]);
      return named.some((name) => !line.includes(`typeof FREE_${name}`));
    });

    expect(unguarded).toEqual([]);
  });

  it('leaves out the isomorphic-git functions src/git does itself, so a call to one cannot come back unnoticed', async () => {
    // Our own code instead: the pull's merge, checkout and local-changes check (src/git/remote);
    // init, the initial import and the index writes of a commit (src/git); refs, config and ignore rules.
    const ours = ['merge', 'mergeTree', 'checkout', 'statusMatrix', 'add', 'remove', 'commit', 'init', 'listFiles'];
    ours.push('resolveRef', 'writeRef', 'getConfig', 'addRemote', 'isIgnored'); // currentBranch: fetch uses its own
    ours.push('writeBlob', 'writeTree', 'writeCommit', 'hashBlob'); // objects: src/git/ObjectStore.ts
    const { pluginAliases, pluginBuffer } = require('../../build/pluginDependencies.cjs') as {
      pluginAliases: Record<string, string>;
      pluginBuffer: Plugin;
    };
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['src/main.ts'],
      bundle: true,
      write: false,
      outfile: 'isomorphic-git-functions.js',
      format: 'cjs',
      platform: 'browser',
      external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules.filter((m) => m !== 'buffer')],
      alias: pluginAliases,
      plugins: [pluginBuffer],
      logLevel: 'silent',
    });
    const text = result.outputFiles[0]?.text ?? '';
    // Unminified, esbuild keeps isomorphic-git's function names (a clash adds a digit: checkout2);
    // each takes one destructured argument, which tells them from our own functions of the same name.
    expect(text).toMatch(/\bfunction _?fetch\d*\(\{/);
    expect(ours.filter((name) => new RegExp(`\\bfunction _?${name}\\d*\\(\\{`).test(text))).toEqual([]);
  });
});
