import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAsync } from '../../../src/cli/run';
import { MemoryIo } from '../support/MemoryIo';
import { TempVault } from '../support/TempVault';

const EXPORT = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<DL><p>
    <DT><H3>Dev</H3>
    <DL><p>
        <DT><A HREF="https://doc.rust-lang.org/book/?utm_source=hn" ADD_DATE="1733000000" TAGS="rust,learning" TOREAD="1">The Rust Book</A>
        <DD>Start here
        <DT><A HREF="http://Doc.Rust-Lang.org/book" ADD_DATE="1733000000">The same book again</A>
    </DL><p>
    <DT><A HREF="https://old.example/" ADD_DATE="1600000000" TOREAD="0" TAGS="linkding:archived">Old page</A>
    <DT><A HREF="javascript:alert(1)">Bookmarklet</A>
</DL><p>
`;

describe('vault-stack import netscape | raindrop', () => {
  let vault: TempVault;
  beforeEach(() => {
    vault = new TempVault();
    vault.note('Reading/Existing.md', ['stack: bookmark', 'url: https://existing.example/page/', 'tags: [keep]']);
  });
  afterEach(() => vault.remove());

  async function cli(argv: string[]): Promise<{ code: number; io: MemoryIo }> {
    const io = new MemoryIo(vault.root, { cacheHome: join(vault.root, '.cache') });
    return { code: await runAsync([...argv, '--no-cache'], io), io };
  }
  const file = (name: string, text: string): string => {
    writeFileSync(join(vault.root, name), text);
    return name;
  };
  const read = (path: string): string => readFileSync(join(vault.root, path), 'utf8');

  it('creates one note per page in the folder holding most bookmarks, noting duplicates and skipped entries', async () => {
    const { code, io } = await cli(['import', 'netscape', file('bookmarks.html', EXPORT), '.']);
    expect(code).toBe(0);
    expect(io.lines()).toEqual(['create    Reading/The Rust Book.md', 'create    Reading/Old page.md']);
    expect(io.err).toContain('bookmarks.html: line 7: the same page as line 5');
    expect(io.err).toContain('bookmarks.html: line 10: javascript:alert(1) is not an http or https URL (skipped)');
    const note = read('Reading/The Rust Book.md');
    expect(note).toMatch(/^---\nstack: bookmark\ntitle: The Rust Book\n/);
    expect(note).toContain('url: https://doc.rust-lang.org/book/');
    expect(note).not.toContain('utm_source');
    expect(note).toContain('status: inbox\nadded: 2024-11-30\n');
    expect(note).toContain('tags: [rust, learning]');
    expect(note).toContain('folder: Dev\ndescription: Start here\n');
    expect(read('Reading/Old page.md')).toContain('status: archived');
  });

  it('changes nothing on a second import, updates what the source changed, and leaves a field changed on both sides', async () => {
    await cli(['import', 'netscape', file('b.html', EXPORT), '.']);
    const again = await cli(['import', 'netscape', 'b.html', '.']);
    expect(again.io.lines()).toEqual(['unchanged Reading/The Rust Book.md', 'unchanged Reading/Old page.md']);

    // The source marks the book read and retitles the old page; the vault retitled the old page too.
    writeFileSync(
      join(vault.root, 'Reading/Old page.md'),
      read('Reading/Old page.md').replace('title: Old page', 'title: My old page'),
    );
    file('b.html', EXPORT.replace('TOREAD="1"', 'TOREAD="0"').replace('>Old page<', '>Old page (2020)<'));
    const changed = await cli(['import', 'netscape', 'b.html', '.']);

    expect(changed.code).toBe(1);
    expect(changed.io.lines()).toEqual([
      'update    Reading/The Rust Book.md (status)',
      'conflict  Reading/Old page.md: title: vault "My old page", incoming "Old page (2020)" (left as it is)',
    ]);
    expect(read('Reading/The Rust Book.md')).toContain('status: read');
    expect(read('Reading/Old page.md')).toContain('title: My old page');
  });

  it('matches an existing note by normalized URL instead of making a second one', async () => {
    const { io } = await cli([
      'import',
      'netscape',
      file('x.html', '<DL><DT><A HREF="HTTPS://EXISTING.example/page?fbclid=1">Existing</A></DL>'),
      '.',
    ]);
    expect(io.lines()).toEqual(['unchanged Reading/Existing.md']);
  });

  it('writes nothing on a dry run, or when an entry is bad (naming its line)', async () => {
    const dry = await cli(['import', 'netscape', file('b.html', EXPORT), '.', '--dry-run']);
    expect(dry.io.err).toContain('would create 2, update 0, unchanged 0, conflicts 0 (dry run: nothing written)');
    const bad = await cli([
      'import',
      'netscape',
      file('bad.html', EXPORT.replace('ADD_DATE="1600000000"', 'ADD_DATE="last year"')),
      '.',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.io.err).toContain('bad.html: line 9: ADD_DATE "last year" is not a number of seconds since 1970');
    expect(readdirSync(join(vault.root, 'Reading'))).toEqual(['Existing.md']);
    expect(existsSync(join(vault.root, '.obsidian/plugins/vault-stack/state/imports/netscape.json'))).toBe(false);
  });

  it("imports Raindrop's CSV, with folders as nested tags when asked", async () => {
    const csv = [
      'id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite',
      '1,"Rust Book","mine","An excerpt",https://doc.rust-lang.org/book,Dev / Rust,"rust, learning",2020-05-01T10:10:00.000Z,,,true',
    ].join('\n');
    const { code, io } = await cli([
      'import',
      'raindrop',
      file('r.csv', csv),
      '.',
      '--folders-as-tags',
      '--folder',
      'Inbox',
    ]);
    expect(code).toBe(0);
    expect(io.lines()).toEqual(['create    Inbox/Rust Book.md']);
    const note = read('Inbox/Rust Book.md');
    expect(note).toContain('tags: [rust, learning, dev/rust]');
    expect(note).toContain('added: 2020-05-01');
    expect(note).not.toContain('folder:');
    expect(note).toContain('description: "An excerpt\\n\\nmine"');
  });
});
