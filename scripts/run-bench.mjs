// `npm run bench`: bundles bench/main.ts (with the sources it measures) and runs it.
// The table goes to stdout, progress to stderr, JSON to bench/out/ (ignored by git).
import esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('bench/out/bundle', { recursive: true });
await esbuild.build({
  entryPoints: ['bench/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: 'bench/out/bundle/bench.cjs',
  logLevel: 'warning',
  // Plugin suites load the plugin against the in-memory Obsidian the tests use.
  alias: { obsidian: './tests/host/index.ts' },
  // jsdom loads files at run time; the onload suite requires it from node_modules.
  external: ['jsdom'],
});
const result = spawnSync(process.execPath, ['bench/out/bundle/bench.cjs'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
