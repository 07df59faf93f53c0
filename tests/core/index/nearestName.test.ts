import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { editDistance } from '../../../src/core/kinds/typos';
import { basenameOf, cleanTarget, compareStrings, nameKey } from '../../../src/core/index/linkPath';
import { nearestName } from '../../../src/core/index/nearestName';

/** The edit distance as first written (a new array per row), the oracle of the kept-rows one. */
function osaDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    rows.push(row);
    if (i > 0 && rowMin > limit) return limit + 1;
  }
  return rows[a.length][b.length];
}

/** The suggestion as first written: the edit distance to every name of a close length. */
function reference(target: string, paths: readonly string[]): string | null {
  const wanted = nameKey(cleanTarget(target));
  if (wanted.length < 3) return null;
  const limit = wanted.length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const path of paths) {
    const key = nameKey(path);
    if (Math.abs(key.length - wanted.length) > limit) continue;
    const d = osaDistance(wanted, key, limit);
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

describe('editDistance', () => {
  it('is the distance of a table made afresh, for short and long names and any limit', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 }),
      fc.string({ unit: fc.constantFrom('a', 'b'), minLength: 60, maxLength: 140 }),
    );
    const limit = fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(text, text, limit, (a, b, l) => {
        expect(editDistance(a, b, l)).toBe(osaDistance(a, b, l));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('nearestName', () => {
  it('suggests the closest name, then the shorter path, then code-point order', () => {
    expect(nearestName('Nextclod', ['Infra/Nextcloud.md', 'Home.md'])).toBe('Nextcloud');
    expect(nearestName('Nextclod', ['b/Nextcloud.md', 'a/Nextcloud.md', 'Nextclou.md'])).toBe('Nextclou');
    expect(nearestName('Nextclod', ['b/NextCloud.md', 'a/Nextcloud.md', 'ab/Nextcloud.md'])).toBe('Nextcloud');
    expect(nearestName('x/Nextcloud', ['Nextcloud.md', 'Nextclodu.md'])).toBe('Nextcloud');
    expect(nearestName('Backpu', ['Backup.md', 'Backups.md'])).toBe('Backup');
    expect(nearestName('Ölwechsel', ['Car/Oelwechsel.md', 'Ölwechsle.md'])).toBe('Ölwechsle');
  });

  it('compares names longer than the kept rows of the edit table', () => {
    const long = 'Meeting notes from the quarterly planning session with the whole team';
    const swapped = long.replace('quarterly', 'quartelry');
    expect(nearestName(swapped, [`Work/${long}.md`, 'Home.md'])).toBe(long);
    expect(nearestName(`${long} and more`, [`${long}.md`])).toBeNull();
    // Two swaps: still close; three: too far.
    expect(nearestName(swapped + swapped, [`${long}${long}.md`])).toBe(long + long);
    expect(nearestName(swapped + swapped + 'x', [`${long}${long}.md`])).toBeNull();
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
