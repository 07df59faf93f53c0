// What each package and source folder adds to main.js (bytes in the minified output), from the
// metafile `npm run build` writes to dist/main.meta.json. Usage: node scripts/bundle-report.mjs [rows]
// With `--isomorphic-git`: the isomorphic-git functions main.js's sources call, and what leaving
// out each one would save (isomorphic-git bundled alone, with main.js's stand-ins; code shared by
// several functions is saved only when all of them go, so also try groups with `--without a,b`).
// With `--final [rows]`: what each folder adds to main.js after the second minifier pass (its
// aliases and uglify's compression, which the metafile's esbuild sizes do not show), from source
// maps through both passes; `--final --files [rows]` per file. About 30 s (the pass runs uncached).
import esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { pluginAliases, pluginBuffer } from '../build/pluginDependencies.cjs';
import { pluginBuildOptions } from '../build/pluginBuildOptions.cjs';
import { ALIASES, secondPass } from '../build/minifyAgain.cjs';

const meta = JSON.parse(readFileSync('dist/main.meta.json', 'utf8'));
const output = meta.outputs['main.js'];
const kib = (n) => (n / 1024).toFixed(1).padStart(7);
const args = process.argv.slice(2);

const numberArg = Number(args.find((a) => /^\d+$/.test(a)) ?? 30);
if (args.includes('--isomorphic-git')) await isomorphicGitReport();
else if (args.includes('--final')) await finalReport(numberArg, args.includes('--files'));
else packageReport(numberArg);

/** A package by its name, wherever node_modules is (a worktree may link the main checkout's), else a source folder. */
function groupOf(file) {
  const at = file.lastIndexOf('node_modules/');
  const parts = at < 0 ? file.split('/') : file.slice(at).split('/');
  return parts[0] === 'node_modules'
    ? parts.slice(0, parts[1].startsWith('@') ? 3 : 2).join('/')
    : parts.slice(0, Math.min(3, parts.length - 1)).join('/') || file;
}

function packageReport(rows) {
  const groups = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs))
    groups.set(groupOf(file), (groups.get(groupOf(file)) ?? 0) + bytesInOutput);
  process.stdout.write(`main.js ${kib(output.bytes)} KiB (budget 600 KiB)\n`);
  if (output.bytesBeforeSecondPass !== undefined)
    process.stdout.write(
      `esbuild's output ${kib(output.bytesBeforeSecondPass)} KiB before the second minifier pass; the rows below are its sizes (after it: --final)\n`,
    );
  for (const [key, bytes] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, rows))
    process.stdout.write(`${kib(bytes)} KiB  ${key}\n`);
}

/** The isomorphic-git values named by the sources in main.js: `git.name(` and `import { name }`. */
function usedFunctions() {
  const used = new Set();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    // The metafile lists every file esbuild read; a file tree-shaken away adds no bytes.
    if (!file.startsWith('src/') || bytesInOutput === 0) continue;
    // Without comments: a doc comment's `@example git.clone(…)` is not a call.
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    if (!source.includes("from 'isomorphic-git'")) continue;
    for (const [, name] of source.matchAll(/\bgit\.([A-Za-z]+)\(/g)) used.add(name);
    for (const [, names] of source.matchAll(/import \{([^}]*)\} from 'isomorphic-git'/g))
      for (const name of names.split(',').map((n) => n.trim()))
        if (name && !name.startsWith('type ')) used.add(name.split(/\s+as\s+/)[0]);
  }
  return [...used].sort();
}

async function isomorphicGitSize(names) {
  const result = await esbuild.build({
    stdin: { contents: `export { ${names.join(', ')} } from 'isomorphic-git';`, resolveDir: process.cwd() },
    bundle: true,
    write: false,
    minify: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2021',
    charset: 'utf8',
    external: builtinModules.filter((m) => m !== 'buffer'),
    alias: pluginAliases,
    plugins: [pluginBuffer],
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents.length;
}

async function isomorphicGitReport() {
  const used = usedFunctions();
  const all = await isomorphicGitSize(used);
  process.stdout.write(`isomorphic-git and its stand-ins for the ${used.length} names main.js uses: ${kib(all)} KiB\n`);
  const without = args[args.indexOf('--without') + 1];
  const groups = args.includes('--without') ? [without.split(',')] : used.map((name) => [name]);
  const rows = [];
  for (const group of groups)
    rows.push([group.join(', '), all - (await isomorphicGitSize(used.filter((n) => !group.includes(n))))]);
  for (const [name, saved] of rows.sort((a, b) => b[1] - a[1]))
    process.stdout.write(`${kib(saved)} KiB  without ${name}\n`);
}

/** main.js built again with source maps through esbuild and the second pass; its bytes by the source each maps to. */
async function finalReport(rows, perFile) {
  const result = await esbuild.build({
    // As esbuild.config.mjs builds main.js (without its banner, whose line the map would not hold).
    ...pluginBuildOptions,
    minify: true,
    sourcemap: 'external',
    sourcesContent: false,
    write: false,
    outfile: 'final-report/main.js',
    logLevel: 'silent',
  });
  const text = (ending) => result.outputFiles.find((f) => f.path.endsWith(ending)).text;
  const final = secondPass(text('.js'), true);
  // Each map leads one step back: the last uglify step's to the one before, the first's to
  // esbuild's output, esbuild's to the sources.
  const esbuildMap = JSON.parse(text('.js.map'));
  const maps = [...final.maps.reverse(), esbuildMap];
  const steps = maps.map((m) => decodeMappings(m.mappings));
  const bytes = new Map();
  const lines = final.code.split('\n');
  steps[0].forEach((segments, line) => {
    const code = lines[line] ?? '';
    segments.forEach((segment, i) => {
      let at = segment;
      let step = 0;
      // Back through the steps while each leads to the one before (not to the aliases the pass made).
      for (; at[1] !== undefined && step < steps.length - 1; step++) {
        if (maps[step].sources[at[1]] === ALIASES) break;
        at = segmentAt(steps[step + 1], at[2], at[3]);
      }
      if (at[1] === undefined) return;
      const end = segments[i + 1]?.[0] ?? code.length;
      const file = maps[step].sources[at[1]].replace(/^(\.\.\/)+/, '').replace(/^.*?(node_modules\/)/, '$1');
      const key = file === ALIASES ? '(aliases of the second pass)' : perFile ? file : groupOf(file);
      bytes.set(key, (bytes.get(key) ?? 0) + Buffer.byteLength(code.slice(segment[0], end)));
    });
  });
  const mapped = [...bytes.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `main.js as built now ${kib(Buffer.byteLength(final.code))} KiB after the second pass, ${kib(mapped)} KiB of it mapped to a source\n`,
  );
  for (const [key, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, rows))
    process.stdout.write(`${kib(n)} KiB  ${key}\n`);
}

/** The segment of `lines` (decoded mappings) covering a line and column: the last one starting at or before it. */
function segmentAt(lines, line, column) {
  const segments = lines[line] ?? [];
  let low = 0;
  let high = segments.length - 1;
  let found = [0, undefined];
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (segments[mid][0] <= column) {
      found = segments[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** A source map's `mappings` as, per generated line, [column, source index, line, column] per segment (a segment without a source: [column]). */
function decodeMappings(mappings) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let source = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter((segment) => segment !== '')
      .map((segment) => {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = digits.indexOf(char);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        column += values[0];
        if (values.length === 1) return [column];
        source += values[1];
        sourceLine += values[2];
        sourceColumn += values[3];
        return [column, source, sourceLine, sourceColumn];
      });
  });
}
