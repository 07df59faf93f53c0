import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SortedRows } from '../../../src/core/dashboard/SortedRows';

interface Entry {
  rank: number;
  id: number;
}

const compare = (a: Entry, b: Entry): number => a.rank - b.rank || a.id - b.id;

describe('SortedRows', () => {
  it('shows the rows of its first entries after any inserts and removals, making rows only for the entries placed', () => {
    const op = fc.oneof(
      fc.record({ add: fc.constant(true), rank: fc.integer({ min: 0, max: 20 }) }),
      fc.record({ add: fc.constant(false), pick: fc.nat() }),
      fc.constant('show' as const),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), fc.integer({ min: 1, max: 6 }), (ops, limit) => {
        const list = new SortedRows<Entry, string>(compare);
        const held: Entry[] = [];
        let made = 0;
        let id = 0;
        const rowOf = (e: Entry): string => {
          made++;
          return `${e.rank}/${e.id}`;
        };
        let shownBefore = false;
        let edits = 0;
        for (const o of ops) {
          if (o === 'show') {
            made = 0;
            const rows = list.shown(limit, rowOf);
            const expected = [...held].sort(compare).slice(0, limit);
            expect(rows).toEqual(expected.map((e) => `${e.rank}/${e.id}`));
            // Rows are made for the entries placed since (or that moved up into view), all of them only the first time.
            expect(made).toBeLessThanOrEqual(shownBefore ? edits : expected.length);
            // An unchanged list hands back the same array.
            expect(list.shown(limit, rowOf)).toBe(rows);
            shownBefore = true;
            edits = 0;
          } else if (o.add) {
            edits++;
            const e = { rank: o.rank, id: id++ };
            held.push(e);
            list.insert(e);
          } else if (held.length > 0) {
            edits++;
            const [e] = held.splice(o.pick % held.length, 1);
            expect(list.remove(e)).toBe(true);
          }
          expect(list.length).toBe(held.length);
        }
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('makes no row for an edit past its shown rows, and keeps the array it handed out unchanged', () => {
    const list = new SortedRows<Entry, string>(compare);
    for (let i = 0; i < 10; i++) list.insert({ rank: i, id: i });
    const made: string[] = [];
    const rowOf = (e: Entry): string => {
      made.push(`${e.rank}`);
      return `${e.rank}`;
    };
    const first = list.shown(3, rowOf);
    expect(first).toEqual(['0', '1', '2']);
    made.length = 0;
    list.insert({ rank: 7, id: 70 });
    expect(list.shown(3, rowOf)).toBe(first);
    expect(made).toEqual([]);
    list.insert({ rank: 1, id: 10 });
    const second = list.shown(3, rowOf);
    expect(second).toEqual(['0', '1', '1']);
    expect(made).toEqual(['1']);
    expect(first).toEqual(['0', '1', '2']);
  });
});

describe('SortedRows.between', () => {
  it('gives the entries from one bound (with it) to another (without it), as a look at every entry would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 31 }),
        fc.integer({ min: 0, max: 31 }),
        (ranks, lo, hi) => {
          const list = new SortedRows<Entry>(compare);
          const held = ranks.map((rank, id) => ({ rank, id }));
          for (const e of held) list.insert(e);
          // The lowest id orders a bound before every entry of its rank.
          const got = list.between({ rank: lo, id: -1 }, { rank: hi, id: -1 });
          const expected = held.filter((e) => e.rank >= lo && e.rank < hi).sort(compare);
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 300, seed: 20261204 },
    );
  });
});
