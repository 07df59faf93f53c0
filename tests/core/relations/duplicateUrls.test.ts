import { describe, expect, it } from '@jest/globals';
import { duplicateUrls } from '../../../src/core/relations/duplicateUrls';
import { ALL_RELATION_CHECKS, relationWarnings } from '../../../src/core/relations/relationWarnings';
import { yamlIndex } from '../../builders/yamlIndex';

const vault = yamlIndex({
  'Bookmarks/Rust book.md': 'stack: bookmark\nurl: https://doc.rust-lang.org/book/',
  'Inbox/rust book again.md': 'stack: bookmark\nurl: HTTP://Doc.Rust-Lang.org/book?utm_source=hn',
  'Bookmarks/Other page.md': 'stack: bookmark\nurl: https://doc.rust-lang.org/book/ch01',
  'Services/Docs.md': 'stack: service\nurl: https://doc.rust-lang.org/book/',
});

describe('duplicate bookmarks', () => {
  it('groups bookmarks whose URLs name the same page, and only bookmarks', () => {
    expect(duplicateUrls(vault)).toEqual([
      { identity: 'https://doc.rust-lang.org/book', paths: ['Bookmarks/Rust book.md', 'Inbox/rust book again.md'] },
    ]);
  });

  it('warns in check on each of the two notes, naming the other', () => {
    const warnings = relationWarnings(vault, ALL_RELATION_CHECKS).filter((w) => w.field === 'url');
    expect(warnings.map((w) => [w.path, w.severity])).toEqual([
      ['Bookmarks/Rust book.md', 'warning'],
      ['Inbox/rust book again.md', 'warning'],
    ]);
    expect(warnings[0].message).toMatch(
      /^the same page as Inbox\/rust book again\.md \(https:\/\/doc\.rust-lang\.org\/book,/,
    );
    expect(warnings[1].message).toMatch(/^the same page as Bookmarks\/Rust book\.md /);
  });

  it('is switched off with the other relation checks', () => {
    const off = relationWarnings(vault, { ...ALL_RELATION_CHECKS, 'duplicate-url': false });
    expect(off.filter((w) => w.field === 'url')).toEqual([]);
  });
});
