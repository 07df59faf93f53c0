import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { compareStrings, nameKey as nameKeyOf } from '../../../src/core/index/linkPath';
import { problem } from '../../../src/core/model/Problem';
import { noteReadOf, type NoteRead } from '../../../src/core/notes/readNote';

type Frontmatter = Record<string, unknown> | null;

const PATHS = ['A.md', 'x/A.md', 'B.md', 'y/z/B.md', 'Kinds/Recipe.md', 'Kinds/Other.md', 'C.md'];
const TARGETS = [
  '[[A]]',
  '[[./A]]',
  '[[../B]]',
  '[[A#Setup|the a]]',
  '[[B]]',
  '[[x/A]]',
  '[[C]]',
  '[[Nope]]',
  '[[Recipe]]',
  '[[a.md]]',
];
const TAGS = ['infra', 'infra/backup', 'home', 'Infra/Disks'];

const link = fc.constantFrom(...TARGETS);
const tags = fc.subarray(TAGS);
const frontmatter: fc.Arbitrary<Frontmatter> = fc.oneof(
  fc.record({ stack: fc.constant('task'), depends: fc.array(link, { maxLength: 2 }), tags }),
  fc.record(
    { stack: fc.constant('device'), tags, title: fc.constantFrom('NAS', 'Router') },
    { requiredKeys: ['stack'] },
  ),
  fc.record({ stack: fc.constant('service'), host: link, secrets: fc.array(link, { maxLength: 2 }) }),
  fc.record({ stack: fc.constantFrom('recipe', 'Recipe'), tags, source: link }),
  fc.record({
    stack: fc.constant('kind'),
    name: fc.constantFrom('recipe', 'dish'),
    group: fc.constantFrom('kitchen', 'food'),
  }),
  fc.record({ stack: fc.constant('task'), due: fc.constantFrom('2026-11-30', 'soon') }),
  fc.constant({ aliases: ['x'] }),
  fc.constant(null),
);

/** What reading a note gives the index: mostly frontmatter, sometimes a note that cannot be read (naming a kind or not). */
const read: fc.Arbitrary<NoteRead> = fc.oneof(
  { weight: 8, arbitrary: frontmatter.map((fm) => noteReadOf(fm)) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        type: fc.constant('invalid' as const),
        problems: fc.constantFrom('YAML error: bad', 'not valid UTF-8 text').map((m) => [problem('any.md', '', m)]),
        kind: fc.constantFrom('task', 'recipe', 'kind'),
      },
      { requiredKeys: ['type', 'problems'] },
    ),
  },
);
const PLAIN: NoteRead = { type: 'plain' };

type Op =
  | { op: 'upsert'; path: string; fm: NoteRead }
  | { op: 'remove'; path: string }
  | { op: 'rename'; from: string; to: string };
const path = fc.constantFrom(...PATHS);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('upsert' as const), path, fm: read }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), path }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), from: path, to: path }) },
);

/** Everything observable about an index, in a comparable shape. */
function snapshot(index: ItemIndex): unknown {
  return {
    items: index.items().map((i) => [i.path, i.kind, i.group, i.title, i.tags, i.links]),
    problems: index.problems(),
    linksTo: PATHS.map((p) => index.linksTo(p)),
    linksFrom: PATHS.map((p) => index.linksFrom(p)),
    stats: index.stats(),
    kinds: [...index.userKinds().keys()].sort(compareStrings),
    resolved: TARGETS.map((t) => index.resolve(t)),
  };
}

describe('ItemIndex incremental updates', () => {
  it('end in the same state as a rebuild from the final notes, for any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const incremental = new ItemIndex();
        const vault = new Map<string, NoteRead>();
        for (const o of ops) {
          if (o.op === 'upsert') {
            incremental.upsert(o.path, o.fm);
            vault.set(o.path, o.fm);
          } else if (o.op === 'remove') {
            incremental.remove(o.path);
            vault.delete(o.path);
          } else if (vault.has(o.from) && o.from !== o.to) {
            incremental.rename(o.from, o.to);
            vault.set(o.to, vault.get(o.from) ?? PLAIN);
            vault.delete(o.from);
          }
        }

        const rebuilt = new ItemIndex();
        for (const p of [...vault.keys()].sort(compareStrings)) rebuilt.upsert(p, vault.get(p) ?? PLAIN);

        expect(snapshot(incremental)).toEqual(snapshot(rebuilt));
      }),
      { numRuns: 300 },
    );
  });

  it('end in the same state as one bulk load of the final notes, in any order, with stale duplicates first', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), fc.func(fc.integer()), (ops, order) => {
        const incremental = new ItemIndex();
        const vault = new Map<string, NoteRead>();
        const stale: { path: string; read: NoteRead }[] = [];
        for (const o of ops) {
          if (o.op === 'upsert') {
            incremental.upsert(o.path, o.fm);
            if (vault.has(o.path)) stale.push({ path: o.path, read: vault.get(o.path) ?? PLAIN });
            vault.set(o.path, o.fm);
          } else if (o.op === 'remove') {
            incremental.remove(o.path);
            vault.delete(o.path);
          } else if (vault.has(o.from) && o.from !== o.to) {
            incremental.rename(o.from, o.to);
            vault.set(o.to, vault.get(o.from) ?? PLAIN);
            vault.delete(o.from);
          }
        }
        const final = [...vault].map(([p, r]) => ({ path: p, read: r })).sort((a, b) => order(a.path) - order(b.path));

        const bulk = new ItemIndex();
        bulk.upsertMany([...stale.filter((s) => vault.has(s.path)), ...final]);

        expect(snapshot(bulk)).toEqual(snapshot(incremental));
      }),
      { numRuns: 300 },
    );
  });

  it('end in the same state as a bulk load of pre-parsed results and of plain link targets added only when linked', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(path, read), { maxLength: 15 }), fc.subarray(PATHS), (notes, plain) => {
        const vault = new Map<string, NoteRead>(notes);
        const reference = new ItemIndex();
        for (const [p, r] of vault) reference.upsert(p, r);
        const linkedPlain = plain.filter(
          (p) =>
            !vault.has(p) && reference.items().some((i) => i.links.some((l) => nameKeyOf(l.target) === nameKeyOf(p))),
        );
        for (const p of linkedPlain) reference.upsert(p, PLAIN);
        const inputs = [...vault].map(([p, r]) => ({
          path: p,
          read: r,
          parsed: r.type === 'item' ? reference.parseResult(p) : undefined,
        }));

        const bulk = new ItemIndex();
        bulk.upsertMany(inputs, plain);

        expect(snapshot(bulk)).toEqual(snapshot(reference));
        expect(PATHS.map((p) => bulk.hasNote(p))).toEqual(PATHS.map((p) => reference.hasNote(p)));
        // Nothing is parsed: every frontmatter came pre-parsed, and plain and invalid notes need no parse.
        expect(bulk.work.parses).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('end in the same state as upserting plain paths then notes one by one, when plain notes come by path (repeats and notes at the same path included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(path, read), { maxLength: 12 }),
        fc.array(path, { maxLength: 8 }),
        fc.boolean(),
        (notes, plain, startFilled) => {
          const reference = new ItemIndex();
          const bulk = new ItemIndex();
          // Into an empty index it is a bulk load; into a filled one, upserts.
          if (startFilled) for (const index of [reference, bulk]) index.upsert('C.md', noteReadOf({ stack: 'task' }));
          for (const p of plain) reference.upsert(p, PLAIN);
          for (const [p, r] of notes) reference.upsert(p, r);

          bulk.upsertMany(
            notes.map(([p, r]) => ({ path: p, read: r })),
            [],
            plain,
          );

          expect(snapshot(bulk)).toEqual(snapshot(reference));
          expect(PATHS.map((p) => bulk.hasNote(p))).toEqual(PATHS.map((p) => reference.hasNote(p)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('learning key lines after a build from frontmatter ends as reading them at once, parsing again only notes with parse problems', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(path, frontmatter), { maxLength: 15 }), fc.subarray(PATHS), (notes, learnt) => {
        const vault = new Map<string, Frontmatter>(notes);
        // Each key on its own line below the opening `---`, as a note's text would place them.
        const withLines = (fm: Frontmatter): NoteRead => {
          const read = noteReadOf(fm);
          if (read.type !== 'item') return read;
          return { ...read, lines: Object.fromEntries(Object.keys(read.frontmatter).map((k, i) => [k, i + 2])) };
        };
        const learns = (p: string): boolean => learnt.includes(p);
        const reference = new ItemIndex();
        for (const [p, fm] of vault) reference.upsert(p, learns(p) ? withLines(fm) : noteReadOf(fm));
        const fromCache = new ItemIndex();
        for (const [p, fm] of vault) fromCache.upsert(p, noteReadOf(fm));
        const reparsed = [...vault.keys()].filter((p) => {
          const result = fromCache.parseResult(p);
          if (!learns(p) || noteReadOf(vault.get(p)).type !== 'item') return false;
          return result?.item == null || result.item.kind === 'kind' || result.problems.length > 0;
        });
        const parses = fromCache.work.parses;

        for (const p of vault.keys()) if (learns(p)) fromCache.upsert(p, withLines(vault.get(p) ?? null));

        expect(snapshot(fromCache)).toEqual(snapshot(reference));
        // A kind declaration parsed again re-parses the notes of its kind too.
        if (!reparsed.some((p) => fromCache.parseResult(p)?.item?.kind === 'kind'))
          expect(fromCache.work.parses - parses).toBe(reparsed.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never moves the revision on an upsert that repeats the stored frontmatter', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(path, frontmatter), { maxLength: 15 }), fc.nat(), (notes, pick) => {
        const index = new ItemIndex();
        for (const [p, fm] of notes) index.upsert(p, noteReadOf(fm));
        if (notes.length === 0) return;
        const [p, fm] = notes.filter(([q]) => q === notes[pick % notes.length][0]).pop() ?? notes[0];
        const before = index.revision;

        index.upsert(p, noteReadOf(fm === null ? null : structuredClone(fm)));

        expect(index.revision).toBe(before);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ItemIndex bulk load as the plugin does it (plain notes by path, link resolution deferred)', () => {
  // Names shared across folders (same and different path lengths, other cases, `.MD`), an
  // attachment, non-ASCII names (one whose lower case is ASCII: the Kelvin sign), close names for
  // "did you mean" ties, and notes nothing links to (whose registration the bulk load defers).
  const VAULT = [
    'A.md',
    'x/A.md',
    'y/A.md',
    'X/a.md',
    'y/z/A.MD',
    'img/A.png',
    'Nextcloud.md',
    'b/Nextcloud.md',
    'Nextclodu.md',
    'Café.md',
    'e/café.md',
    'K\u212Aey.md',
    'kkey.md',
    'Kinds/Recipe.md',
    'Solo.md',
    'z/Lonely.md',
    'z/Other.md',
  ];
  const LINKS = [
    '[[A]]',
    '[[a]]',
    '[[A.md]]',
    '[[x/A]]',
    '[[X/A]]',
    '[[z/A]]',
    '[[./A]]',
    '[[../A]]',
    '[[../A/]]',
    '[[./x/../A]]',
    '[[A#Setup|the a]]',
    '[[A.png]]',
    '[[img/A.png]]',
    '[[Nextclod]]',
    '[[nextcloud]]',
    '[[Cafe]]',
    '[[CAFÉ]]',
    '[[kkey]]',
    '[[Lonly]]',
    '[[Recipe]]',
    '[[Nope]]',
  ];
  const vaultPath = fc.constantFrom(...VAULT);
  const target = fc.constantFrom(...LINKS);
  const fm: fc.Arbitrary<Frontmatter> = fc.oneof(
    fc.record({ stack: fc.constant('task'), depends: fc.array(target, { maxLength: 3 }) }),
    fc.record({ stack: fc.constant('service'), host: target, secrets: fc.array(target, { maxLength: 2 }) }),
    fc.record({ stack: fc.constant('device'), title: fc.constantFrom('NAS', 'Router') }),
    fc.record({ stack: fc.constant('recipe'), source: target }),
    fc.constant({ stack: 'kind', name: 'recipe' }),
    fc.constant(null),
  );
  const noteRead = fm.map((f) => noteReadOf(f));

  type Change =
    | { op: 'upsert'; path: string; read: NoteRead }
    | { op: 'remove'; path: string }
    | { op: 'rename'; from: string; to: string }
    | { op: 'look'; first: number };
  const change: fc.Arbitrary<Change> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('upsert' as const), path: vaultPath, read: noteRead }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), path: vaultPath }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('rename' as const), from: vaultPath, to: vaultPath }) },
    // Compares the two indexes between changes too, so a lookup made while paths still wait is checked.
    { weight: 1, arbitrary: fc.record({ op: fc.constant('look' as const), first: fc.nat() }) },
  );

  /**
   * What the index answers, asked in a given order (`first`: which question goes first): a lookup
   * of a name nobody links to, and a listing, may register the paths a bulk load left waiting, so
   * each question is also asked while they wait.
   */
  function answers(index: ItemIndex, first: number): unknown[] {
    const questions = [
      () => VAULT.map((from) => LINKS.map((t) => index.resolve(t, from))),
      () => VAULT.map((p) => index.linksFrom(p)),
      () => VAULT.map((p) => index.linksTo(p)),
      () => index.problems(),
      () => index.items().map((i) => [i.path, i.kind, i.title, i.links]),
      () => index.stats(),
      () => VAULT.map((p) => index.hasNote(p)),
    ];
    return questions.map((_, i) => questions[(first + i) % questions.length]());
  }

  it('answers as upserting the same notes one at a time, before and after random changes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(vaultPath, noteRead), { selector: ([p]) => p, maxLength: VAULT.length }),
        fc.array(change, { maxLength: 12 }),
        fc.func(fc.integer()),
        fc.nat(),
        (notes, changes, order, first) => {
          const one = new ItemIndex();
          for (const [p, r] of [...notes].sort(([a], [b]) => order(a) - order(b))) one.upsert(p, r);
          const bulk = new ItemIndex();
          const plain = notes.filter(([, r]) => r.type === 'plain').map(([p]) => p);
          const rest = notes.filter(([, r]) => r.type !== 'plain').map(([p, r]) => ({ path: p, read: r }));
          bulk.upsertMany(rest, [], plain);

          const vault = new Map(notes);
          for (const c of changes) {
            if (c.op === 'upsert') vault.set(c.path, c.read);
            else if (c.op === 'remove') vault.delete(c.path);
            else if (c.op === 'rename' && vault.has(c.from) && c.from !== c.to) {
              vault.set(c.to, vault.get(c.from) ?? PLAIN);
              vault.delete(c.from);
            }
            if (c.op === 'look') {
              expect(answers(bulk, c.first)).toEqual(answers(one, c.first));
              continue;
            }
            for (const index of [one, bulk])
              if (c.op === 'upsert') index.upsert(c.path, c.read);
              else if (c.op === 'remove') index.remove(c.path);
              else index.rename(c.from, c.to);
          }

          expect(answers(bulk, first)).toEqual(answers(one, first));
          // And both as an index made from the final notes.
          const fresh = new ItemIndex();
          for (const [p, r] of vault) fresh.upsert(p, r);
          expect(answers(one, first)).toEqual(answers(fresh, first));
        },
      ),
      { numRuns: 400 },
    );
  });
});
