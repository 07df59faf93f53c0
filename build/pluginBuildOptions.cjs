// What main.js is built from and with: esbuild.config.mjs adds the banner, source maps and
// minification for its builds, scripts/bundle-report.mjs its own for `--final`, so the report
// describes the bundle the build makes.
'use strict';
const { builtinModules } = require('node:module');
const { pluginAliases, pluginBuffer } = require('./pluginDependencies.cjs');
const { yamlForBundles } = require('./yamlForBundles.cjs');
const { obsidianOnce } = require('./obsidianOnce.cjs');

const pluginBuildOptions = {
  entryPoints: ['src/main.ts'],
  bundle: true,
  // `obsidian` is external too, required once: build/obsidianOnce.cjs.
  external: [
    'electron',
    '@codemirror/autocomplete',
    '@codemirror/collab',
    '@codemirror/commands',
    '@codemirror/language',
    '@codemirror/lint',
    '@codemirror/search',
    '@codemirror/state',
    '@codemirror/view',
    '@lezer/common',
    '@lezer/highlight',
    '@lezer/lr',
    // Node builtins stay external, except `buffer`: build/buffer-shim.mjs replaces it.
    ...builtinModules.filter((m) => m !== 'buffer'),
    ...builtinModules.map((m) => `node:${m}`),
  ],
  // Small stand-ins for some of isomorphic-git's dependencies: see build/pluginDependencies.cjs.
  alias: pluginAliases,
  plugins: [pluginBuffer, yamlForBundles, obsidianOnce],
  format: 'cjs',
  // UTF-8 output: emoji and other non-ASCII text stay one character instead of \u escapes.
  charset: 'utf8',
  target: 'es2021',
  platform: 'browser',
  treeShaking: true,
  outfile: 'main.js',
};

module.exports = { pluginBuildOptions };
