// What each package and source folder adds to main.js (bytes in the minified output), from the
// metafile `npm run build` writes to dist/main.meta.json. Usage: node scripts/bundle-report.mjs [rows]
import { readFileSync } from 'node:fs';

const meta = JSON.parse(readFileSync('dist/main.meta.json', 'utf8'));
const output = meta.outputs['main.js'];
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
const kib = (n) => (n / 1024).toFixed(1).padStart(7);
process.stdout.write(`main.js ${kib(output.bytes)} KiB (budget 600 KiB)\n`);
for (const [key, bytes] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[2] ?? 30)))
  process.stdout.write(`${kib(bytes)} KiB  ${key}\n`);
