// A second minifier pass over esbuild's main.js: uglify-js's compression, three passes (it joins and
// inlines variables used once, which esbuild's minifier does not; function declarations hoisted
// to the top of their scope, as JavaScript already treats them), and top-level name mangling.
// Measured on main.js at 660 KiB: 28.1 KiB less (one compression pass without hoisting: 23.1),
// for 11 to 17 s of CPU on the shared 2-core machine. A third pass with `var` declarations hoisted
// to the top of their function (one `var` statement per function instead of one per use; `var` is
// function-scoped in JavaScript anyway) took 2.5 KiB more off 644.7 KiB of esbuild output
// (614,723 -> 612,144 bytes; a third pass alone 613,919, a fourth 613,387) for about the same CPU.
// The result is kept by the hash of what it was made from, so a build whose esbuild output is
// unchanged (the `pretest` build after `npm run build`, other worktrees) reuses it at no cost.
// uglify drops unused arguments only of functions whose every use it sees (a function handed to
// other code keeps its `length`), and its workarounds for WebKit (Obsidian mobile on iOS) and V8
// (desktop) are on. tests/build/minifyAgain.test.ts.
'use strict';
const { createHash } = require('node:crypto');
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const uglify = require('uglify-js');
const UGLIFY_VERSION = require('uglify-js/package.json').version;

const MINIFY_OPTIONS = {
  module: false,
  toplevel: true,
  webkit: true,
  v8: true,
  compress: { passes: 3, hoist_funs: true, hoist_vars: true },
  output: { comments: false },
};

/** Where results are kept, by hash (the shared node_modules of every worktree), the newest KEEP of them. */
const CACHE = join(__dirname, '..', 'node_modules', '.cache', 'vault-stack-minify');
const KEEP = 16;

/**
 * main.js's code after the second pass, its first line (esbuild's banner comment) kept.
 * @param {string} code esbuild's output
 * @param {string | null} [cacheDir] where results are kept (null: none)
 * @returns {string}
 */
function minifyAgain(code, cacheDir = CACHE) {
  const newline = code.indexOf('\n');
  const banner = code.startsWith('/*') && newline > 0 ? code.slice(0, newline) : '';
  const body = banner === '' ? code : code.slice(newline + 1);
  const key = createHash('sha256')
    .update(`${UGLIFY_VERSION}\0${JSON.stringify(MINIFY_OPTIONS)}\0`)
    .update(body)
    .digest('hex');
  const kept = cacheDir === null ? null : join(cacheDir, `${key}.js`);
  let minified = null;
  if (kept !== null) {
    try {
      minified = readFileSync(kept, 'utf8');
    } catch {
      minified = null;
    }
  }
  if (minified === null) {
    const result = uglify.minify(body, MINIFY_OPTIONS);
    if (result.error) throw result.error;
    minified = result.code;
    if (kept !== null) {
      mkdirSync(cacheDir, { recursive: true });
      const temp = `${kept}.${process.pid}.tmp`;
      writeFileSync(temp, minified);
      renameSync(temp, kept);
      prune(cacheDir);
    }
  }
  return banner === '' ? minified : `${banner}\n${minified}`;
}

/** Removes all but the newest KEEP results (a file another build removed first is passed over). */
function prune(dir) {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      try {
        return { path: join(dir, name), time: statSync(join(dir, name)).mtimeMs };
      } catch {
        return null;
      }
    })
    .filter((file) => file !== null)
    .sort((a, b) => b.time - a.time);
  for (const { path } of files.slice(KEEP)) rmSync(path, { force: true });
}

module.exports = { minifyAgain, MINIFY_OPTIONS };
