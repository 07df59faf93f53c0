import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { editDistance } from '../../../src/core/kinds/typos';
import { basenameOf, cleanTarget, compareStrings, nameKey } from '../../../src/core/index/linkPath';
import { nearestName } from '../../../src/core/index/nearestName';

/** The suggestion as first written: the edit distance to every name of a close length. */
function reference(target: string, paths: readonly string[]): string | null {
  const wanted = nameKey(cleanTarget(target));
  if (wanted.length < 3) return null;
  const limit = wanted.length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const path of paths) {
    const key = nameKey(path);
    if (Math.abs(key.length - wanted.length) > limit || key === wanted) continue;
    const d = editDistance(wanted, key, limit);
    if (
      d < bestDistance ||
      (d === bestDistance &&
        best !== null &&
        (path.length < best.length || (path.length === best.length && compareStrings(path, best) < 0)))
    ) {
      best = path;
      bestDistance = d;
    }
  }
  return best === null ? null : basenameOf(best);
}

describe('nearestName', () => {
  it('suggests the closest name, then the shorter path, then code-point order', () => {
    expect(nearestName('Nextclod', ['Infra/Nextcloud.md', 'Home.md'])).toBe('Nextcloud');
    expect(nearestName('Nextclod', ['b/Nextcloud.md', 'a/Nextcloud.md', 'Nextclou.md'])).toBe('Nextclou');
    expect(nearestName('Nextclod', ['b/NextCloud.md', 'a/Nextcloud.md', 'ab/Nextcloud.md'])).toBe('Nextcloud');
    expect(nearestName('Nextclod', ['Nextclod.md'])).toBeNull();
    expect(nearestName('Backpu', ['Backup.md', 'Backups.md'])).toBe('Backup');
    expect(nearestName('Ölwechsel', ['Car/Oelwechsel.md', 'Ölwechsle.md'])).toBe('Ölwechsle');
  });

  it('names what a full edit-distance scan names, whichever letters the names share', () => {
    // Few letters, some past ASCII and in two cases, so close names, ties and skipped scans all come up.
    const name = fc
      .array(fc.constantFrom('a', 'b', 'c', 'A', 'B', 'é', 'É', 'ß', ' ', 'K', '\u212a'), {
        minLength: 1,
        maxLength: 8,
      })
      .map((cs) => cs.join(''));
    const path = fc
      .tuple(fc.constantFrom('', 'x/', 'yy/', 'x/z/'), name, fc.constantFrom('.md', '.MD', '', '.png'))
      .map(([f, n, e]) => f + n + e);
    fc.assert(
      fc.property(name, fc.array(path, { maxLength: 20 }), (target, paths) => {
        expect(nearestName(target, paths)).toBe(reference(target, paths));
      }),
      { numRuns: 2000 },
    );
  });
});
