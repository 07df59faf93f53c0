import type { GuardRule } from '../../../../src/core/guard/Finding';
import { FakeSecrets } from '../fakeSecrets';
import { innocentSamples } from './innocentSamples';
import { LAYOUTS } from './layouts';
import { secretSamples } from './secretSamples';

/** A corpus file with a secret: its bytes and the finding it must produce. */
export interface SecretFile {
  name: string;
  rule: GuardRule;
  /** 1-based line the finding must name. */
  line: number;
  bytes: Uint8Array;
}

/** A corpus file without a secret. */
export interface InnocentFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * The guard's corpus: every secret family in every layout it fits, and every innocent look-alike
 * in every layout, with values made from `seed` (never real credentials).
 */
export function buildCorpus(seed = 20261202): { secretFiles: SecretFile[]; innocentFiles: InnocentFile[] } {
  const fake = new FakeSecrets(seed);
  const secretFiles = LAYOUTS.flatMap((layout) =>
    secretSamples(fake)
      .filter((sample) => !sample.fileStart || layout.keepsFileStart)
      .map((sample) => {
        const laid = layout.lay(sample.lines, sample.fileStart === true);
        return {
          name: `${sample.name} (${layout.name})`,
          rule: sample.rule,
          line: laid.lineOf(sample.at),
          bytes: laid.bytes,
        };
      }),
  );
  const innocentFiles = LAYOUTS.flatMap((layout) =>
    innocentSamples(fake).map((sample) => ({
      name: `${sample.name} (${layout.name})`,
      bytes: layout.lay(sample.lines, false).bytes,
    })),
  );
  return { secretFiles, innocentFiles };
}
