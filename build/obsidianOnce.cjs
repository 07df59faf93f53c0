// main.js requires `obsidian` once. esbuild gives each module importing an external package a
// `require` of its own (40 in main.js, each kept: a call may have effects) and reaches every value
// through it (`t.Notice`), which a minifier cannot shorten. Here `obsidian` resolves to one module
// that requires it and names each value src/ imports, so a module refers to `Notice` itself, as to
// any value of the bundle: about 1.9 KiB less. The values are read once, when main.js is loaded,
// from the module object Obsidian hands the plugin (the same object every `require` of it gives).
// tests/build/bundleContents.test.ts holds main.js to one `require("obsidian")`.
'use strict';
const { readdirSync, readFileSync } = require('node:fs');
const { join, relative } = require('node:path');

/**
 * The value names the TypeScript files under `dir` import from `obsidian` (`import { Notice, type
 * App }`: Notice). Throws on any other import of it (default, namespace, re-export), whose names
 * this list could not follow.
 * @param {string} dir
 * @returns {string[]}
 */
function obsidianValueNames(dir) {
  const names = new Set();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) read(path);
    }
  };
  const read = (path) => {
    const text = readFileSync(path, 'utf8');
    let named = 0;
    for (const [, typeOnly, list] of text.matchAll(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'obsidian';/gm)) {
      named++;
      if (typeOnly !== undefined) continue;
      for (const part of list.split(',')) {
        const name = part.trim();
        if (name !== '' && !name.startsWith('type ')) names.add(name.split(/\s+as\s+/)[0]);
      }
    }
    const all = [...text.matchAll(/\bfrom\s+'obsidian'|\brequire\(\s*'obsidian'\s*\)|\bimport\(\s*'obsidian'\s*\)/g)]
      .length;
    if (all !== named)
      throw new Error(
        `${relative(process.cwd(), path)}: import obsidian's values by name (import { … } from 'obsidian'), see build/obsidianOnce.cjs`,
      );
  };
  walk(dir);
  return [...names].sort();
}

/** The esbuild plugin: `obsidian` from src/ is the one module below; from that module, the external package. */
const obsidianOnce = {
  name: 'obsidian-once',
  setup(build) {
    const src = join(build.initialOptions.absWorkingDir ?? process.cwd(), 'src');
    build.onResolve({ filter: /^obsidian$/ }, (args) =>
      args.namespace === 'obsidian-once'
        ? { path: 'obsidian', external: true }
        : { path: 'obsidian', namespace: 'obsidian-once' },
    );
    build.onLoad({ filter: /.*/, namespace: 'obsidian-once' }, () => ({
      contents: `export const { ${obsidianValueNames(src).join(', ')} } = require('obsidian');\n`,
      loader: 'js',
    }));
  },
};

module.exports = { obsidianOnce, obsidianValueNames };
