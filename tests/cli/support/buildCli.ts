import { buildSync } from 'esbuild';
import { join } from 'node:path';

/** Bundles src/cli/main.ts the way `npm run build` does, into `dir`, and returns the bundle's path. */
export function buildCli(dir: string): string {
  const outfile = join(dir, 'cli.cjs');
  buildSync({
    entryPoints: [join(__dirname, '..', '..', '..', 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}
