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
// (desktop) are on. Before it, the builtins' static functions are read through one variable each
// (aliasStaticFunctions: 612,264 -> 605,135 bytes), and strings written as values many times too,
// before and once more after compression (aliasRepeatedStrings: 605,135 -> 594,248 bytes).
// tests/build/minifyAgain.test.ts.
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

/**
 * Static functions of the builtins that do not read `this`, so a call through a variable holding
 * one is the same call: `Array.isArray(x)` and `isArray(x)` after `var isArray = Array.isArray`.
 * (Not Promise.all and the like, which build their result with `this`.)
 */
const STATIC_FUNCTIONS = {
  Array: ['isArray'],
  JSON: ['stringify', 'parse'],
  Object: [
    'assign',
    'create',
    'defineProperty',
    'entries',
    'freeze',
    'fromEntries',
    'getOwnPropertyDescriptor',
    'getOwnPropertyDescriptors',
    'getOwnPropertyNames',
    'getPrototypeOf',
    'is',
    'keys',
    'setPrototypeOf',
    'values',
  ],
  Math: ['abs', 'ceil', 'floor', 'imul', 'log2', 'max', 'min', 'pow', 'round', 'sign', 'sqrt', 'trunc'],
  Number: ['isFinite', 'isInteger', 'isNaN', 'isSafeInteger'],
  String: ['fromCharCode', 'fromCodePoint'],
};

/**
 * `Array.isArray`, `Object.prototype.hasOwnProperty` and the other STATIC_FUNCTIONS read through
 * one top-level variable each instead of written out at every use (main.js names `Array.isArray`
 * 146 times, `JSON.stringify` 78), so the mangler gives each a two-letter name: about 4 KiB. Only
 * reads of the global itself (not of a local named `Math`), never an assignment to one; the
 * variables are set before any other statement runs, from the globals main.js is loaded with.
 * @param {import('uglify-js').AST_Toplevel} toplevel parsed, scope figured out
 * @returns {number} how many reads were replaced
 */
function aliasStaticFunctions(toplevel) {
  const U = uglify;
  const isGlobal = (node, name) =>
    node instanceof U.AST_SymbolRef && node.name === name && node.definition()?.undeclared === true;
  /** The path of a read to alias (`Object.prototype.hasOwnProperty`), or null. */
  const pathOf = (node) => {
    if (!(node instanceof U.AST_Dot)) return null;
    const object = node.expression;
    if (node.property === 'hasOwnProperty' && object instanceof U.AST_Dot && object.property === 'prototype')
      return isGlobal(object.expression, 'Object') ? 'Object.prototype.hasOwnProperty' : null;
    for (const [global, names] of Object.entries(STATIC_FUNCTIONS))
      if (names.includes(node.property) && isGlobal(object, global)) return `${global}.${node.property}`;
    return null;
  };
  const taken = new Set();
  toplevel.walk(
    new U.TreeWalker((node) => {
      if (node instanceof U.AST_Symbol) taken.add(node.name);
    }),
  );
  const names = new Map();
  let replaced = 0;
  const transformer = new U.TreeTransformer(function (node) {
    const path = pathOf(node);
    if (path === null) return undefined;
    const parent = this.parent();
    // Left as it is where it is written to, deleted, or called as a method of something else.
    if (parent instanceof U.AST_Assign && parent.left === node) return node;
    if (
      parent instanceof U.AST_Unary &&
      (parent.operator === 'delete' || parent.operator === '++' || parent.operator === '--')
    )
      return node;
    let name = names.get(path);
    if (name === undefined) {
      name = `static_${path.replace(/\./g, '_')}`;
      while (taken.has(name)) name += '_';
      taken.add(name);
      names.set(path, name);
    }
    replaced++;
    return new U.AST_SymbolRef({ name, start: node.start, end: node.end });
  });
  const transformed = toplevel.transform(transformer);
  if (names.size === 0) return 0;
  const definitions = [...names].map(
    ([path, name]) =>
      new U.AST_VarDef({
        name: new U.AST_SymbolVar({ name, start: aliasToken(), end: aliasToken() }),
        value: U.parse(path, { filename: ALIASES }).body[0].body,
        start: aliasToken(),
        end: aliasToken(),
      }),
  );
  prependVar(transformed, definitions);
  return replaced;
}

/** The source file the aliases' definitions map to (scripts/bundle-report.mjs --final). */
const ALIASES = 'second-pass-aliases';

/** A token placing a node the pass made in ALIASES. */
function aliasToken() {
  return new uglify.AST_Token({
    type: 'name',
    value: '',
    line: 1,
    col: 0,
    pos: 0,
    endline: 1,
    endcol: 0,
    endpos: 0,
    nlb: false,
    comments_before: [],
    comments_after: [],
    file: ALIASES,
  });
}

/** A `var` of `definitions` as the first statement after the directives ("use strict"). */
function prependVar(toplevel, definitions) {
  const directives = toplevel.body.findIndex((statement) => !(statement instanceof uglify.AST_Directive));
  const statement = new uglify.AST_Var({ definitions, start: aliasToken(), end: aliasToken() });
  toplevel.body.splice(directives < 0 ? toplevel.body.length : directives, 0, statement);
}

/** Whether a string literal (`node`, under `parent`) is a value aliasRepeatedStrings may read through a variable. */
function aliasableString(node, parent) {
  const U = uglify;
  return (
    !(parent instanceof U.AST_Binary && ['===', '!==', '==', '!=', 'in'].includes(parent.operator)) &&
    !(parent instanceof U.AST_Case) &&
    !(parent instanceof U.AST_Sub && parent.property === node) &&
    !(parent instanceof U.AST_ObjectProperty && parent.key === node) &&
    !(
      parent instanceof U.AST_Call &&
      parent.expression instanceof U.AST_SymbolRef &&
      parent.expression.name === 'require'
    )
  );
}

/**
 * Whether reading a string written `count` times through a variable is shorter: each use saves the
 * literal less a mangled name of 3 characters; the definition costs the literal and 5 more.
 */
function aliasPays(value, count) {
  const length = JSON.stringify(value).length;
  return count * (length - 3) > length + 5;
}

/**
 * A string written more than once where it is a value (an argument, an element, a property's value,
 * a return value: `{ cls: 'vault-stack-row' }` 10 times) is read through one top-level variable set
 * before any other statement runs, when that is shorter. Strings are immutable, so the value is
 * the same; comparisons (`===`, `case`, `in`) and property names (`a["x"]`) keep theirs, where V8
 * compares with a constant, and so do `require` arguments.
 * @param {import('uglify-js').AST_Toplevel} toplevel parsed, scope figured out
 * @returns {number} how many strings were replaced
 */
function aliasRepeatedStrings(toplevel) {
  const U = uglify;
  const uses = new Map();
  toplevel.walk(
    new U.TreeWalker(function (node) {
      if (node instanceof U.AST_String && aliasableString(node, this.parent()))
        uses.set(node.value, (uses.get(node.value) ?? 0) + 1);
    }),
  );
  const taken = new Set();
  toplevel.walk(
    new U.TreeWalker((node) => {
      if (node instanceof U.AST_Symbol) taken.add(node.name);
    }),
  );
  const names = new Map();
  for (const [value, count] of uses) {
    if (!aliasPays(value, count)) continue;
    let name = `string_${names.size}`;
    while (taken.has(name)) name += '_';
    names.set(value, name);
  }
  let replaced = 0;
  const transformed = toplevel.transform(
    new U.TreeTransformer(function (node) {
      if (!(node instanceof U.AST_String) || !names.has(node.value) || !aliasableString(node, this.parent()))
        return undefined;
      replaced++;
      return new U.AST_SymbolRef({ name: names.get(node.value), start: node.start, end: node.end });
    }),
  );
  const definitions = [...names].map(
    ([value, name]) =>
      new U.AST_VarDef({
        name: new U.AST_SymbolVar({ name, start: aliasToken(), end: aliasToken() }),
        value: new U.AST_String({ value, quote: '"', start: aliasToken(), end: aliasToken() }),
        start: aliasToken(),
        end: aliasToken(),
      }),
  );
  if (definitions.length > 0) prependVar(transformed, definitions);
  return replaced;
}

/** Where results are kept, by hash (the shared node_modules of every worktree), the newest KEEP of them. */
const CACHE = join(__dirname, '..', 'node_modules', '.cache', 'vault-stack-minify');
const KEEP = 16;

/**
 * The second pass itself, uncached: the aliases, compression and mangling, then the strings once
 * more. With `maps`, also the source map of each uglify step (the first leads to `code`, named
 * esbuild.js; a second, when made, to the first's output, named compressed.js), for
 * scripts/bundle-report.mjs --final.
 * @param {string} code esbuild's output, without its banner
 * @param {boolean} [maps]
 * @returns {{ code: string, maps: object[] }}
 */
function secondPass(code, maps = false) {
  const withMap = maps ? { sourceMap: {} } : {};
  const toplevel = uglify.parse(code, { filename: 'esbuild.js' });
  toplevel.figure_out_scope();
  aliasStaticFunctions(toplevel);
  aliasRepeatedStrings(toplevel);
  const result = uglify.minify(toplevel, { ...MINIFY_OPTIONS, ...withMap });
  if (result.error) throw result.error;
  const steps = maps ? [JSON.parse(result.map)] : [];
  // Compression writes template literals as concatenations, whose pieces may repeat too: once
  // more over its result, then only names mangled (the new variables').
  const again = uglify.parse(result.code, { filename: 'compressed.js' });
  again.figure_out_scope();
  if (aliasRepeatedStrings(again) === 0) return { code: result.code, maps: steps };
  const mangled = uglify.minify(again, { ...MINIFY_OPTIONS, compress: false, ...withMap });
  if (mangled.error) throw mangled.error;
  return { code: mangled.code, maps: maps ? [...steps, JSON.parse(mangled.map)] : [] };
}

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
    // This file too: a change to its own steps makes a new result.
    .update(readFileSync(__filename))
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
    minified = secondPass(body).code;
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

module.exports = { minifyAgain, secondPass, ALIASES, MINIFY_OPTIONS, STATIC_FUNCTIONS, aliasableString, aliasPays };
