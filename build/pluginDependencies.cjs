// What main.js bundles in place of some of isomorphic-git's dependencies: the parts of them it
// calls, small enough for the plugin's 600 KiB budget and free of Node globals (Obsidian mobile
// has none). esbuild.config.mjs builds the plugin with these; jest.plugin-deps.config.cjs runs the
// git tests against an isomorphic-git built with them (`npm run test:plugin-deps`).
'use strict';
const { readFile } = require('node:fs/promises');
const { join } = require('node:path');

const pluginAliases = {
  // Node's Buffer API as isomorphic-git uses it (the npm `buffer` package: 25 KiB).
  buffer: './build/buffer-shim.mjs',
  // Inflate of its own, deflate as zlib's stored form (pako: 45 KiB).
  pako: './build/pako-shim.cjs',
  // SHA-1 for packfiles being pushed (sha.js and its helpers: 5 KiB).
  'sha.js/sha1.js': './build/sha1-shim.cjs',
  // One-at-a-time per key (async-lock: 3 KiB).
  'async-lock': './build/async-lock-shim.cjs',
  // CRC-32 of packed objects (crc-32: 2 KiB).
  'crc-32': './build/crc32-shim.cjs',
  // Promises from a callback-style fs (pify: 1 KiB).
  pify: './build/pify-shim.cjs',
};

/**
 * Supplies the global `Buffer` isomorphic-git names, as an import at the top of its module: only
 * isomorphic-git names it, and an esbuild `inject` would instead add a call to the shim's lazy
 * initialiser at the top of every module in main.js (about 500 of them, 2 KiB).
 */
const pluginBuffer = {
  name: 'isomorphic-git-buffer',
  setup(build) {
    const shim = join(__dirname, 'buffer-shim.mjs');
    build.onLoad({ filter: /[\\/]isomorphic-git[\\/]index\.js$/ }, async (args) => ({
      contents: `import { Buffer } from ${JSON.stringify(shim)};\n${await readFile(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

module.exports = { pluginAliases, pluginBuffer };
