import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { readNote } from '../../../src/core/notes/readNote';

// The kind and group tables are built on the first lookup: an index asked before every
// change (tables kept up to date from the start) must answer as one asked only at the end.

const PATHS = ['A.md', 'x/A.md', 'B.md', 'Kinds/Recipe.md', 'Week.md'];
const KINDS = ['task', 'device', 'service', 'recipe', 'dish', 'kind', 'nope'];
const GROUPS = ['workflow', 'infra', 'knowledge', 'kitchen', 'food'];

const tags = fc.subarray(['infra', 'infra/backup', 'home', 'Infra/Disks']);
const frontmatter = fc.oneof(
  fc.record({ stack: fc.constant('task'), tags }),
  fc.record({ stack: fc.constant('device'), tags }),
  fc.record({ stack: fc.constant('service'), host: fc.constant('[[A]]') }),
  fc.record({ stack: fc.constantFrom('recipe', 'dish'), tags }),
  fc.record({ stack: fc.constant('kind'), name: fc.constantFrom('recipe', 'dish'), group: fc.constant('kitchen') }),
  fc.constant({ stack: 'nope' }),
);
/** A note's text: frontmatter or none, with checklist lines (inline tasks with tags) or none. */
const text = fc
  .tuple(
    fc.option(frontmatter),
    fc.subarray(['- [ ] Pay rent #home', '- [x] Swap disk #infra/disks ✅ 2026-11-30', '- [ ] Call']),
  )
  .map(([fm, lines]) => {
    const head =
      fm === null
        ? ''
        : '---\n' +
          Object.entries(fm)
            .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
            .join('\n') +
          '\n---\n';
    return head + lines.join('\n');
  });

type Op =
  | { op: 'upsert'; path: string; text: string }
  | { op: 'remove'; path: string }
  | { op: 'rename'; from: string; to: string };
const path = fc.constantFrom(...PATHS);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('upsert' as const), path, text }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), path }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), from: path, to: path }) },
);

function lookups(index: ItemIndex): unknown {
  const stats = index.stats();
  return {
    kinds: KINDS.map((k) => index.byKind(k).map((i) => i.path)),
    groups: GROUPS.map((g) => index.byGroup(g).map((i) => i.path)),
    stats: { ...stats, byKindKeys: Object.keys(stats.byKind).sort(), byGroupKeys: Object.keys(stats.byGroup).sort() },
  };
}

function apply(index: ItemIndex, o: Op): void {
  if (o.op === 'upsert') index.upsert(o.path, readNote(o.path, o.text));
  else if (o.op === 'remove') index.remove(o.path);
  else index.rename(o.from, o.to);
}

describe('ItemIndex kind and group tables built on first lookup', () => {
  it('answer as tables kept from the start, after a bulk load, adds, removes and renames', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(path, text), { maxLength: 5 }),
        fc.array(op, { maxLength: 15 }),
        fc.nat(15),
        (initial, ops, askAt) => {
          const inputs = initial.map(([p, t]) => ({ path: p, read: readNote(p, t) }));
          const eager = new ItemIndex();
          lookups(eager);
          eager.upsertMany(inputs);
          const lazy = new ItemIndex();
          lazy.upsertMany(inputs);
          // Counts before any lookup come from the notes themselves.
          expect(lazy.stats()).toEqual(eager.stats());
          ops.forEach((o, i) => {
            apply(eager, o);
            lookups(eager);
            apply(lazy, o);
            // The lazy index builds its tables somewhere along the way (or never before the end).
            if (i === askAt) lookups(lazy);
          });
          expect(lazy.stats()).toEqual(eager.stats());
          expect(lookups(lazy)).toEqual(lookups(eager));
        },
      ),
      { numRuns: 300 },
    );
  });
});
