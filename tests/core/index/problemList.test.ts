import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { readNote } from '../../../src/core/notes/readNote';
import { note, PATHS, step, VARIANTS } from '../dashboard/changeSteps';
import { DASHBOARD_VAULT } from '../dashboard/dashboardVault';

/** The index built afresh from `texts`: its problems are listed whole. */
function fresh(texts: ReadonlyMap<string, string>): ItemIndex {
  const index = new ItemIndex();
  for (const [path, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    index.upsert(path, readNote(path, text));
  return index;
}

describe('ItemIndex problems', () => {
  it('kept from revision to revision, equal the problems of an index built afresh after any change', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const texts = new Map<string, string>(Object.entries(DASHBOARD_VAULT).map(([p, yaml]) => [p, note(yaml)]));
        const index = fresh(texts);
        index.problems();
        const at = (n: number): string => PATHS[n % PATHS.length];
        for (const s of steps) {
          if (s.op === 'write') {
            const text = VARIANTS[s.text % VARIANTS.length];
            texts.set(at(s.path), text);
            index.upsert(at(s.path), readNote(at(s.path), text));
          } else if (s.op === 'delete') {
            texts.delete(at(s.path));
            index.remove(at(s.path));
          } else if (s.op === 'rename') {
            const [from, to] = [at(s.from), at(s.to)];
            const text = texts.get(from);
            if (text !== undefined && from !== to) {
              texts.delete(from);
              texts.set(to, text);
            }
            index.rename(from, to);
          } else continue;
          const before = index.problems();
          expect(before).toEqual(fresh(texts).problems());
          expect(index.problems()).toBe(before);
        }
      }),
      { numRuns: 150, seed: 20261204 },
    );
  });

  it("says 'did you mean' for a dangling link once a note with a close name comes, and no longer once it goes", () => {
    const index = new ItemIndex();
    index.upsert('A.md', readNote('A.md', note('stack: task\ndue: 2026-11-28\ndepends: ["[[Pay rnt]]"]')));
    index.upsert('B.md', readNote('B.md', note('stack: task\ndue: 2026-11-28')));
    const message = (): string | undefined => index.problems().find((p) => p.path === 'A.md')?.message;
    expect(message()).not.toMatch(/did you mean/);
    index.upsert('Pay rent.md', readNote('Pay rent.md', note('stack: task\ndue: 2026-11-29')));
    expect(message()).toMatch(/did you mean \[\[Pay rent\]\]\?/);
    index.rename('Pay rent.md', 'Elsewhere/Something else.md');
    expect(message()).not.toMatch(/did you mean/);
  });

  it('hands back the same list after a change that touched no note with problems', () => {
    const index = new ItemIndex();
    index.upsert('A.md', readNote('A.md', note('stack: task\ndue: 2026-13-45')));
    index.upsert('B.md', readNote('B.md', note('stack: task\ndue: 2026-11-28')));
    const before = index.problems();
    expect(before).toHaveLength(1);
    index.upsert('B.md', readNote('B.md', note('stack: task\ndue: 2026-11-29')));
    expect(index.problems()).toBe(before);
    index.upsert('B.md', readNote('B.md', note('stack: task\ndue: 2026-11-31')));
    expect(index.problems()).not.toBe(before);
    expect(index.problems()).toHaveLength(2);
    expect(before).toHaveLength(1);
  });
});
