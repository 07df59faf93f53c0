import { describe, expect, it } from '@jest/globals';
import { formatFinding } from '../../../src/core/guard/Finding';
import { scanForSecrets } from '../../../src/core/guard/scanForSecrets';
import { buildCorpus } from './corpus/buildCorpus';
import { LAYOUTS } from './corpus/layouts';

const { secretFiles, innocentFiles } = buildCorpus();

describe('the guard corpus', () => {
  it('finds every secret family in every layout and encoding, and nothing in look-alikes', () => {
    const missed = secretFiles
      .filter((file) => {
        const findings = scanForSecrets([{ path: 'n.md', bytes: file.bytes }], { allowlist: [] });
        return !findings.some((f) => f.rule === file.rule && f.line === file.line);
      })
      .map((file) => file.name);
    const falsePositives = innocentFiles.flatMap((file) =>
      scanForSecrets([{ path: 'n.md', bytes: file.bytes }], { allowlist: [] }).map((f) => ({
        file: file.name,
        finding: formatFinding(f),
      })),
    );

    // The figures belong in the test output: this line is the corpus report.
    console.warn(
      `guard corpus: recall ${secretFiles.length - missed.length}/${secretFiles.length}, ` +
        `false positives ${new Set(falsePositives.map((f) => f.file)).size}/${innocentFiles.length} (${LAYOUTS.length} layouts)`,
    );

    expect(missed).toEqual([]);
    expect(falsePositives).toEqual([]);
  });

  it('holds every family in every layout', () => {
    expect(secretFiles.length).toBeGreaterThan(500);
    expect(innocentFiles.length).toBeGreaterThan(500);
  });
});
