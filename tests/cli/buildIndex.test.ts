import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ItemIndex } from '../../src/core/index/ItemIndex';
import { buildIndex } from '../../src/cli/vault/buildIndex';
import type { IndexNoteInput } from '../../src/core/index/types';
import { noteReadOf } from '../../src/core/notes/readNote';

type Input = { path: string; frontmatter: Record<string, unknown>; lines: Record<string, number> };

/** The index inputs of item notes. */
function inputsOf(items: readonly Input[]): IndexNoteInput[] {
  return items.map((i) => ({ path: i.path, read: noteReadOf(i.frontmatter, i.lines) }));
}

/** The reference: every note upserted, plain notes with no frontmatter. */
function fullIndex(notes: readonly string[], items: readonly Input[]): ItemIndex {
  const index = new ItemIndex();
  const byPath = new Map(items.map((i) => [i.path, i]));
  for (const path of notes) {
    const item = byPath.get(path);
    index.upsert(path, noteReadOf(item ? item.frontmatter : null, item?.lines));
  }
  return index;
}

/** What the CLI reads from an index: items, their resolved relations, and problems. */
function observable(index: ItemIndex): unknown {
  return { items: index.items(), links: index.items().map((i) => index.linksFrom(i.path)), problems: index.problems() };
}

const folders = ['', 'Infra/', 'Infra/Old/', 'Tasks/'];
const names = ['nas', 'NAS', 'Pi', 'Passport', 'Home'];

describe('buildIndex', () => {
  it('resolves links exactly as an index holding every note, while adding only linked plain notes', () => {
    const notes = [
      'Home.md',
      'Infra/nas.md',
      'Infra/Old/nas.md',
      'Archive/Unlinked.md',
      'Tasks/Pay.md',
      'Infra/Nextcloud.md',
    ];
    const items: Input[] = [
      {
        path: 'Tasks/Pay.md',
        frontmatter: { stack: 'task', depends: ['[[Home]]', '[[Old/nas|old box]]'] },
        lines: { stack: 2, depends: 3 },
      },
      {
        path: 'Infra/Nextcloud.md',
        frontmatter: { stack: 'service', host: '[[nas]]', secrets: ['[[./Missing#x]]'] },
        lines: { stack: 2, host: 3, secrets: 4 },
      },
    ];

    const built = buildIndex(notes, inputsOf(items));

    expect(observable(built)).toEqual(observable(fullIndex(notes, items)));
    expect(built.hasNote('Archive/Unlinked.md')).toBe(false);
  });

  it('parses items of a user kind once, however the walk orders them', () => {
    const notes = ['A/Dal.md', 'A/Soup.md', 'Z/Recipe.md'];
    const items: Input[] = [
      { path: 'A/Dal.md', frontmatter: { stack: 'recipe', serves: 4 }, lines: { stack: 2, serves: 3 } },
      { path: 'A/Soup.md', frontmatter: { stack: 'recipe', serves: 2 }, lines: { stack: 2, serves: 3 } },
      {
        path: 'Z/Recipe.md',
        frontmatter: { stack: 'kind', name: 'recipe', fields: { serves: 'number' } },
        lines: { stack: 2, name: 3, fields: 4 },
      },
    ];

    const built = buildIndex(notes, inputsOf(items));

    expect(built.work.parses).toBe(3);
    expect(fullIndex(notes, items).work.parses).toBeGreaterThan(3);
    expect(observable(built)).toEqual(observable(fullIndex(notes, items)));
  });

  it('agrees with the full index on generated vaults with clashing names and relative links', () => {
    const path = fc.tuple(fc.constantFrom(...folders), fc.constantFrom(...names)).map(([f, n]) => `${f}${n}.md`);
    const target = fc.oneof(
      fc.constantFrom(...names),
      fc
        .tuple(fc.constantFrom('Infra/', 'Old/', './', '../', '/Infra/'), fc.constantFrom(...names))
        .map(([f, n]) => f + n),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(path, { minLength: 1, maxLength: 10, selector: (p) => p.toLowerCase() }),
        fc.array(fc.array(target, { maxLength: 3 }), { maxLength: 10 }),
        (notes, linkLists) => {
          const items: Input[] = notes.slice(0, linkLists.length).map((p, i) => ({
            path: p,
            frontmatter: { stack: 'task', depends: linkLists[i].map((t) => `[[${t}]]`) },
            lines: { stack: 2, depends: 3 },
          }));
          expect(observable(buildIndex(notes, inputsOf(items)))).toEqual(observable(fullIndex(notes, items)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
