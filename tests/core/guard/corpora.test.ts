import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ScannedFile } from '../../../src/core/guard/Finding';
import { scanForSecrets } from '../../../src/core/guard/scanForSecrets';
import { describeWithCorpus } from '../../support/describeWithCorpus';

const ROOT = join(__dirname, '..', '..', '..');

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

/** The guard's verdict on every text file under `dir`: no finding at all. */
function expectNoFindings(dir: string): void {
  const files = readFiles(dir);

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
