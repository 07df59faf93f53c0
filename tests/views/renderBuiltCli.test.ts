import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli } from '../cli/support/buildCli';
import { TempVault } from '../cli/support/TempVault';
import { ROOT, writeBuiltStyles } from './support/builtStyles';

const EXAMPLE_VAULT = join(ROOT, 'examples', 'vault');

describe('vault-stack render from the built bundle', () => {
  let pkg: TempVault;
  let bundle: string;
  beforeAll(() => {
    // A package laid out as installed: dist/cli.cjs with styles.css beside dist/.
    pkg = new TempVault('vault-stack-pkg-');
    mkdirSync(join(pkg.root, 'dist'));
    bundle = buildCli(join(pkg.root, 'dist'));
  });
  afterAll(() => pkg.remove());

  const spawnRender = (out: string): { status: number | null; stderr: string } =>
    spawnSync(
      process.execPath,
      [bundle, 'render', EXAMPLE_VAULT, '--out', out, '--today', '2026-11-28', '--no-cache'],
      { encoding: 'utf8' },
    );

  it('says how to build styles.css when the package has none, writing nothing', () => {
    const out = join(pkg.root, 'missing.html');

    const result = spawnRender(out);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`styles.css not found (looked in ${join(pkg.root, 'styles.css')}`);
    expect(result.stderr).toContain('npm run build');
    expect(existsSync(out)).toBe(false);
  });

  it('inlines the styles.css found next to dist/', () => {
    const css = writeBuiltStyles(join(pkg.root, 'styles.css'));
    const out = join(pkg.root, 'page.html');

    const result = spawnRender(out);
    const html = readFileSync(out, 'utf8');
    rmSync(join(pkg.root, 'styles.css'));

    expect(result.status).toBe(0);
    expect(html).toContain(css.trim());
    expect(html).toContain('<div class="vault-stack-dashboard">');
    expect(html).not.toContain('<script');
  });
});
