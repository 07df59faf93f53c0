import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { scanForSecrets } from '../../../src/core/guard/scanForSecrets';
import { describeWithCorpus } from '../../support/describeWithCorpus';

const ROOT = join(__dirname, '..', '..', '..');

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

/** The guard's verdict on every text file under `dir`: no finding at all. */
function expectNoFindings(dir: string): void {
  const files = readTextFiles(dir);

  const findings = scanForSecrets(files, { allowlist: [] });

  expect(files.length).toBeGreaterThan(0);
  expect(findings).toEqual([]);
}

describe('scanForSecrets on the example vault', () => {
  it('reports nothing', () => expectNoFindings(join(ROOT, 'examples', 'vault')));
});

describeWithCorpus('kepano-obsidian', "scanForSecrets on kepano's vault", (root) => {
  it('reports nothing', () => expectNoFindings(root));
});
