import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { createTestApp } from '../../host/testing';

/**
 * The index resolves links as the test host's metadata cache does (the host models Obsidian's
 * `getFirstLinkpathDest`: exact path, relative path, then the name in the linking note's folder,
 * then the shortest path), for the index filled by a bulk load (names nothing links to waiting).
 * Two known differences are left out: a relative link climbing above the vault's root matches
 * nothing in the index (the host stays at the root), and of two paths differing in case only,
 * neither as written, the host takes whichever it listed last (the index the first in code-point order).
 */
describe('ItemIndex link resolution against the host', () => {
  const PATHS = [
    'Note.md',
    'a/Note.md',
    'b/Note.md',
    'a/b/Note.md',
    'a/Other.md',
    'Other.md',
    'a/b/Deep.md',
    'img/Note.png',
    'Café.md',
  ];
  const LINKS = [
    'Note',
    'note',
    'NOTE.md',
    'a/Note',
    'b/Note',
    'A/B/note',
    './Note',
    '../Note',
    '../b/Note',
    './b/Deep',
    'Other',
    'Deep',
    'Note.png',
    'img/Note.png',
    'café',
    'Missing',
    'a/Missing',
    '../../Note',
  ];
  const SOURCES = ['Home.md', 'a/Home.md', 'a/b/Home.md', 'b/Home.md', 'z/Home.md'];

  it('prefers the path as written to one differing in case only', () => {
    const files = { 'b/Note.md': '', 'B/note.md': '', 'Note.md': '', 'note.md': '' };
    const app = createTestApp({ files });
    const index = new ItemIndex();
    index.upsertMany([], [], Object.keys(files));

    for (const link of ['b/Note', 'B/note', 'note', 'Note'])
      expect([link, index.resolve(link, 'Home.md')]).toEqual([
        link,
        app.metadataCache.getFirstLinkpathDest(link, 'Home.md')?.path ?? null,
      ]);
    expect(index.resolve('b/Note', 'Home.md')).toBe('b/Note.md');
  });

  it('to the same note for any vault, link and linking note', () => {
    fc.assert(
      fc.property(fc.subarray(PATHS, { minLength: 1 }), (paths) => {
        const files: Record<string, string> = {};
        for (const p of [...paths, ...SOURCES]) files[p] = `# ${p}\n`;
        const app = createTestApp({ files });
        const index = new ItemIndex();
        index.upsertMany([], [], [...paths, ...SOURCES]);
        for (const source of SOURCES)
          for (const link of LINKS.filter((l) => !climbsAboveRoot(l, source)))
            expect([source, link, index.resolve(link, source)]).toEqual([
              source,
              link,
              app.metadataCache.getFirstLinkpathDest(link, source)?.path ?? null,
            ]);
      }),
      { numRuns: 200 },
    );
  });
});

/** Whether a relative link goes up more folders than its linking note is deep. */
function climbsAboveRoot(link: string, source: string): boolean {
  if (!link.startsWith('../')) return false;
  return link.split('/').filter((s) => s === '..').length > source.split('/').length - 1;
}
