// What each package and source folder adds to main.js (bytes in the minified output), from the
// metafile `npm run build` writes to dist/main.meta.json. Usage: node scripts/bundle-report.mjs [rows]
// With `--isomorphic-git`: the isomorphic-git functions main.js's sources call, and what leaving
// out each one would save (isomorphic-git bundled alone, with main.js's stand-ins; code shared by
// several functions is saved only when all of them go, so also try groups with `--without a,b`).
import esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { pluginAliases, pluginBuffer } from '../build/pluginDependencies.cjs';

const meta = JSON.parse(readFileSync('dist/main.meta.json', 'utf8'));
const output = meta.outputs['main.js'];
const kib = (n) => (n / 1024).toFixed(1).padStart(7);
const args = process.argv.slice(2);

if (args.includes('--isomorphic-git')) await isomorphicGitReport();
else packageReport(Number(args[0] ?? 30));

function packageReport(rows) {
  const groups = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    // A package by its name, wherever node_modules is (a worktree may link the main checkout's).
    const at = file.lastIndexOf('node_modules/');
    const parts = at < 0 ? file.split('/') : file.slice(at).split('/');
    const key =
      parts[0] === 'node_modules'
        ? parts.slice(0, parts[1].startsWith('@') ? 3 : 2).join('/')
        : parts.slice(0, Math.min(3, parts.length - 1)).join('/') || file;
    groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
  }
  process.stdout.write(`main.js ${kib(output.bytes)} KiB (budget 600 KiB)\n`);
  if (output.bytesBeforeSecondPass !== undefined)
    process.stdout.write(
      `esbuild's output ${kib(output.bytesBeforeSecondPass)} KiB before the second minifier pass; the rows below are its sizes\n`,
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
