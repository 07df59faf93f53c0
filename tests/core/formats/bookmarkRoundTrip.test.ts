import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { BookmarkEntry } from '../../../src/core/formats/BookmarkEntry';
import { bookmarkEntries } from '../../../src/core/formats/bookmarkEntries';
import { emptyImportState } from '../../../src/core/formats/ImportState';
import { parseNetscape, printNetscape } from '../../../src/core/formats/netscape';
import { normalizeUrl } from '../../../src/core/formats/normalizeUrl';
import { planBookmarkImport } from '../../../src/core/formats/planBookmarkImport';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { readNote } from '../../../src/core/notes/readNote';

/** Bookmarks as notes hold them: a status, an added day, clean tags, folders without empty parts, no tracking parameters. */
const bookmarkArb: fc.Arbitrary<BookmarkEntry> = fc
  .record({
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
    title: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 &'"<>.,!?-]{0,30}$/).map((t) => t.trim()),
    tags: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/), { maxLength: 3 }),
    folder: fc.array(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 &._-]{0,8}[A-Za-z0-9]$/), { maxLength: 2 }),
    added: fc.integer({ min: 0, max: 30000 }),
    modified: fc.option(fc.integer({ min: 0, max: 30000 }), { nil: undefined }),
    status: fc.constantFrom('inbox', 'read', 'archived' as const),
    description: fc.option(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 &<>"'.,\n-]{0,40}[A-Za-z0-9]$/), {
      nil: undefined,
    }),
  })
  .filter((b) => !b.url.includes('"') && !/[?&](utm_|fbclid|gclid)/i.test(b.url))
  .map((b) => {
    const day = (d: number): string => new Date(d * 86400000).toISOString().slice(0, 10);
    const out: BookmarkEntry = { url: b.url, title: b.title, tags: b.tags, status: b.status, added: day(b.added) };
    if (b.folder.length > 0) out.folder = b.folder.join('/');
    if (b.modified !== undefined) out.modified = day(b.modified);
    if (b.description !== undefined) out.description = b.description;
    return out;
  });

/** Imports a bookmark file into an empty vault and gives the vault's index, each note read as the CLI reads it. */
function importedVault(html: string): ItemIndex {
  const plan = planBookmarkImport(
    parseNetscape(html),
    {
      notes: [],
      readText: () => '',
      isTaken: () => false,
      folder: 'Bookmarks',
      today: '2026-12-03',
      last: emptyImportState(),
    },
    { foldersAsTags: false },
  );
  expect(plan.problems).toEqual([]);
  const index = new ItemIndex();
  for (const note of plan.notes) {
    if (note.action !== 'create') throw new Error(`unexpected ${note.action}`);
    index.upsert(note.path, readNote(note.path, note.text));
  }
  return index;
}

const canonical = (b: BookmarkEntry): string =>
  JSON.stringify(
    Object.entries(b)
      .filter(([k, v]) => k !== 'line' && v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : 1)),
  );

describe('bookmark notes through Netscape HTML', () => {
  it('import(export(bookmarks)) gives the same bookmarks as notes, and exporting those notes gives them again (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(bookmarkArb, { maxLength: 12, selector: (b) => normalizeUrl(b.url) }), (bookmarks) => {
        const index = importedVault(printNetscape(bookmarks));
        expect(index.problems().filter((p) => p.severity === 'error')).toEqual([]);
        const notes = bookmarkEntries(index);
        expect(notes.map(canonical).sort()).toEqual(bookmarks.map(canonical).sort());
        const again = parseNetscape(printNetscape(notes)).bookmarks;
        expect(again.map(canonical).sort()).toEqual(bookmarks.map(canonical).sort());
      }),
      { numRuns: 60 },
    );
  });
});
