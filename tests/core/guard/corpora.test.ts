import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ScannedFile } from '../../../src/core/guard/Finding';
import { scanForSecrets } from '../../../src/core/guard/scanForSecrets';

const ROOT = join(__dirname, '..', '..', '..');
const CORPORA = [join(ROOT, 'examples', 'vault'), join(ROOT, '..', 'shared', 'corpora', 'kepano-obsidian')];

/** Every file under a folder, as bytes the way the guard sees it (images too), skipping `.git`. */
function readFiles(root: string): ScannedFile[] {
  const out: ScannedFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push({ path: relative(root, full).split(sep).join('/'), bytes: readFileSync(full) });
    }
  };
  walk(root);
  return out;
}

const present = CORPORA.filter((dir) => existsSync(dir) && readdirSync(dir).length > 0);
const absent = CORPORA.filter((dir) => !present.includes(dir));
if (absent.length > 0 && process.env.CI !== 'true') console.warn(`guard corpora: skipping ${absent.join(', ')} (not present)`);

describe('scanForSecrets on real vaults', () => {
  it('has every corpus in CI', () => {
    expect(process.env.CI === 'true' ? absent : []).toEqual([]);
  });

  it.each(present)('reports nothing in %s', (dir) => {
    const files = readFiles(dir);

    const findings = scanForSecrets(files, { allowlist: [] });

    expect(files.length).toBeGreaterThan(0);
    expect(findings).toEqual([]);
  });
});
