// Git benchmark: bundles bench/git with esbuild, runs it, writes bench/out/git.json and prints a table.
// Usage: node scripts/run-git-bench.mjs [sizes, default 10000,50000]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const bundle = join(outDir, 'git-bench.bundle.mjs');
await build({
  entryPoints: [join(root, 'bench', 'git', 'main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  packages: 'external',
  logLevel: 'warning',
});
execFileSync(process.execPath, [bundle, outDir, process.argv[2] ?? '10000,50000'], { stdio: 'inherit', cwd: root });
