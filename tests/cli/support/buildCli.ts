import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { asciiOnly } from '../../../build/asciiOnly.cjs';

const ROOT = join(__dirname, '..', '..', '..');

/** Bundles src/cli/main.ts (or another CLI entry) the way `npm run build` does, into `dir`, and returns the bundle's path. */
export function buildCli(dir: string, entry = 'main.ts', name = 'cli.cjs'): string {
  const outfile = join(dir, name);
  buildSync({
    entryPoints: [join(ROOT, 'src', 'cli', entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    outfile,
    // Minified, as dist/ is: names the tests would see in a readable bundle are gone there.
    minify: true,
    // isomorphic-git loaded on its first call, as in dist/ (yaml is bundled whole here).
    alias: {
      'isomorphic-git': join(ROOT, 'build', 'lazyIsomorphicGit.mjs'),
      'isomorphic-git/http/node': join(ROOT, 'node_modules', 'isomorphic-git', 'http', 'node', 'index.cjs'),
    },
    logLevel: 'silent',
  });
  // ASCII throughout, as dist/ is.
  asciiOnly(outfile);
  return outfile;
}
