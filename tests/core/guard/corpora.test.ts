import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { scanForSecrets } from '../../../src/core/guard/scanForSecrets';

const ROOT = join(__dirname, '..', '..', '..');
const CORPORA = [join(ROOT, 'examples', 'vault'), join(ROOT, '..', 'shared', 'corpora', 'kepano-obsidian')];

/** Every text file under a folder, as the guard would see it, skipping `.git`. */
function readTextFiles(root: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.(png|jpe?g|gif|webp|pdf)$/i.test(entry.name)) out.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return out;
}

describe('scanForSecrets on real vaults', () => {
  it.each(CORPORA.filter((dir) => existsSync(dir) && readdirSync(dir).length > 0))('reports nothing in %s', (dir) => {
    const files = readTextFiles(dir);

    const findings = scanForSecrets(files, { allowlist: [] });

    expect(files.length).toBeGreaterThan(0);
    expect(findings).toEqual([]);
  });
});
