#!/usr/bin/env node
// Entry for `npx vault-stack`: runs the CLI bundle that `npm run build` writes to dist/cli.cjs.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('vault-stack: the CLI is not built yet; run `npm run build` first\n');
  process.exit(2);
}
require(bundle);
