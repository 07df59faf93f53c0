import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { BookmarkEntry } from '../../../src/core/formats/BookmarkEntry';
import { parseNetscape, printNetscape } from '../../../src/core/formats/netscape';
import { pythonAvailability, pythonReadBookmarks } from '../../support/pythonBookmarks';

const python = pythonAvailability();
if (!python.run) console.warn(python.reason);
const describePython = python.run ? describe : describe.skip;

/** A Firefox export (BookmarkHTMLUtils.sys.mjs): CSP meta, toolbar folder, a place: query, an unclosed root. */
const FIREFOX = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- This is an automatically generated file.
     It will be read and overwritten.
     DO NOT EDIT! -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'none'; img-src data: *; object-src 'none'"></meta>
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks Menu</H1>

<DL><p>
    <DT><H3 ADD_DATE="1700000000" LAST_MODIFIED="1700000100" PERSONAL_TOOLBAR_FOLDER="true">Bookmarks Toolbar</H3>
    <DL><p>
        <DT><A HREF="https://www.mozilla.org/en-US/firefox/" ADD_DATE="1700000000" LAST_MODIFIED="1733100000" ICON_URI="https://www.mozilla.org/favicon.ico" TAGS="browser,mozilla">Get Firefox &amp; more</A>
        <DT><H3 ADD_DATE="1700000000">Homelab / tools</H3>
        <DL><p>
            <DT><A HREF="https://git.example.org/?a=1&amp;b=2" ADD_DATE="1733000000">Gitea &lt;main&gt;</A>
            <DD>described, but Firefox no longer imports it
        </DL><p>
    </DL><p>
    <DT><A HREF="place:sort=8&maxResults=10" ADD_DATE="1700000000">Recent Tags</A>
    <HR>
    <DT><A HREF="https://example.com/no-date">No date</A>
</DL>
`;

/** Linkding's exporter: "\\n\\r" line ends, flat list, archived marker, notes in the DD. */
const LINKDING = [
  '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
  '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
  '<TITLE>Bookmarks</TITLE>',
  '<H1>Bookmarks</H1>',
  '<DL><p>',
  '<DT><A HREF="https://linkding.link/" ADD_DATE="1733000000" LAST_MODIFIED="1733086400" PRIVATE="1" TOREAD="1" TAGS="self-hosted,bookmarks">Linkding</A>',
  '<DD>A bookmark manager[linkding-notes]mine[/linkding-notes]',
  '<DT><A HREF="https://old.example/" ADD_DATE="1600000000" PRIVATE="0" TOREAD="0" TAGS="linkding:bookmarks.archived,old">Old</A>',
  '<DT><A HREF="https://older.example/" ADD_DATE="1500000000" PRIVATE="0" TOREAD="0" TAGS="old,linkding:archived">Older</A>',
  '<DT><A HREF="https://read.example/" ADD_DATE="1500000000" TOREAD="0">Read one</A>',
  '</DL><p>',
].join('\n\r');

/** Pinboard (hbt-ocaml fixture), including its unbalanced `</DL></p>` ending. */
const PINBOARD = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Pinboard Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p><DT><A HREF="http://c-faq.com/decl/spiral.anderson.html" ADD_DATE="1653114361" PRIVATE="0" TOREAD="0" TAGS="c,c++">Clockwise/Spiral Rule</A>
<DT><A HREF="https://learn.microsoft.com/procmon" ADD_DATE="1606184699" PRIVATE="1" TOREAD="0" TAGS="windows-dev">Process Monitor</A>
<DD>Monitor file system, Registry, process, thread and DLL activity in real-time.
Two lines, &amp; an ampersand.
</DL></p>
`;

describe('parseNetscape', () => {
  it('reads a Firefox export: folders as a path, tags, dates as UTC days, entities, skipping place: queries', () => {
    const read = parseNetscape(FIREFOX);
    expect(read.problems).toEqual([]);
    expect(read.skipped).toEqual(['line 21: place:sort=8&maxResults=10 is not an http or https URL (skipped)']);
    expect(read.bookmarks).toEqual([
      {
        line: 14,
        url: 'https://www.mozilla.org/en-US/firefox/',
        title: 'Get Firefox & more',
        tags: ['browser', 'mozilla'],
        folder: 'Bookmarks Toolbar',
        added: '2023-11-14',
        modified: '2024-12-02',
      },
      {
        line: 17,
        url: 'https://git.example.org/?a=1&b=2',
        title: 'Gitea <main>',
        tags: [],
        folder: 'Bookmarks Toolbar/Homelab - tools',
        added: '2024-11-30',
        description: 'described, but Firefox no longer imports it',
      },
      { line: 23, url: 'https://example.com/no-date', title: 'No date', tags: [] },
    ]);
  });

  it("reads Linkding's export: TOREAD as inbox or read, both archived markers as archived (and not as tags)", () => {
    const read = parseNetscape(LINKDING);
    expect(read.problems).toEqual([]);
    expect(read.bookmarks.map((b) => [b.title, b.status, b.tags])).toEqual([
      ['Linkding', 'inbox', ['self-hosted', 'bookmarks']],
      ['Old', 'archived', ['old']],
      ['Older', 'archived', ['old']],
      ['Read one', 'read', []],
    ]);
    expect(read.bookmarks[0]).toMatchObject({
      added: '2024-11-30',
      modified: '2024-12-01',
      description: 'A bookmark manager[linkding-notes]mine[/linkding-notes]',
    });
  });

  it("reads Pinboard's export with a multi-line description and its stray </p>", () => {
    const read = parseNetscape(PINBOARD);
    expect(read.problems).toEqual([]);
    expect(read.bookmarks[1]).toMatchObject({
      title: 'Process Monitor',
      tags: ['windows-dev'],
      status: 'read',
      description:
        'Monitor file system, Registry, process, thread and DLL activity in real-time.\nTwo lines, & an ampersand.',
    });
    expect(read.bookmarks[0].description).toBeUndefined();
  });

  it('reads millisecond and microsecond timestamps as Linkding does, and lowercase, unquoted markup', () => {
    const read = parseNetscape(
      "<dl><dt><a href=https://a.example/ add_date=1733000000000>ms</a><dt><a href='https://b.example/' add_date='1733000000000000'>µs</a></dl>",
    );
    expect(read.bookmarks.map((b) => b.added)).toEqual(['2024-11-30', '2024-11-30']);
  });

  it('names the line of each bad entry: no HREF, a date that is not a number', () => {
    const read = parseNetscape(
      [
        '<DL><p>',
        '<DT><A ADD_DATE="1">nothing</A>',
        '<DT><A HREF="https://x.example/" ADD_DATE="soon">x</A>',
        '</DL>',
      ].join('\n'),
    );
    expect(read.problems).toEqual([
      'line 2: a bookmark (<A>) without HREF',
      'line 3: ADD_DATE "soon" is not a number of seconds since 1970',
    ]);
  });

  it('names the line where markup breaks off, and refuses a file that is no bookmark file', () => {
    expect(parseNetscape('<DL><p>\n<DT><A HREF="https://x.example/>x</A>\n</DL>\n').problems).toEqual([
      'line 2: the HREF value of <A> opened with " is never closed',
    ]);
    expect(parseNetscape('<DL>\n\n<DT><A HREF="https://x.example/"').problems).toEqual([
      'line 3: the tag <A is never closed (a ">" is missing)',
    ]);
    expect(parseNetscape('{"bookmarks": []}').problems).toEqual([
      expect.stringMatching(/^line 1: not a Netscape bookmark file/) as unknown,
    ]);
  });
});

describe('printNetscape', () => {
  const sample: BookmarkEntry[] = [
    {
      url: 'https://git.example.org/?q="a"&b=<1>',
      title: `Gitea & "mirrors" <it's>`,
      tags: ['git', 'self-hosted'],
      folder: 'Homelab/Tools',
      added: '2024-11-30',
      modified: '2024-12-01',
      status: 'inbox',
      description: 'Primary forge\nsecond line',
    },
    { url: 'https://old.example/', title: 'Old', tags: [], status: 'archived' },
    { url: 'https://read.example/', title: 'Read', tags: ['x'], status: 'read', folder: 'Homelab' },
  ];

  it('writes the recommended shape: doctype, nested folders, escaped text, seconds, TOREAD and the archived tag', () => {
    const html = printNetscape(sample);
    expect(html).toContain('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n');
    expect(html).toContain(
      '<DT><A HREF="https://git.example.org/?q=%22a%22&amp;b=<1>" ADD_DATE="1732924800" LAST_MODIFIED="1733011200" PRIVATE="1" TOREAD="1" TAGS="git,self-hosted">Gitea &amp; &quot;mirrors&quot; &lt;it&#39;s&gt;</A>',
    );
    expect(html).toContain('TOREAD="0" TAGS="linkding:bookmarks.archived">Old</A>');
    expect(html).toMatch(/<DT><H3>Homelab<\/H3>\n {4}<DL><p>\n {8}<DT><A HREF="https:\/\/read\.example\/"/);
  });

  it('reads back what it writes', () => {
    const read = parseNetscape(printNetscape(sample));
    expect(read.problems).toEqual([]);
    expect(read.bookmarks.map(({ line: _line, ...b }) => b)).toEqual([
      sample[1],
      sample[2],
      { ...sample[0], url: 'https://git.example.org/?q=%22a%22&b=<1>' },
    ]);
  });
});

/** Bookmarks the format can carry: trimmed one-line titles, clean tags, dates, folders without empty parts. */
const bookmarkArb: fc.Arbitrary<BookmarkEntry> = fc
  .record(
    {
      url: fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((u) => !u.includes('"')),
      title: fc.string({ minLength: 1, maxLength: 40 }).map((t) => t.replace(/\s+/g, ' ').trim()),
      tags: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_/-]{0,12}$/), { maxLength: 4 }),
      folder: fc.array(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 &'<>"._-]{0,10}[A-Za-z0-9]$/), { maxLength: 3 }),
      added: fc.integer({ min: 0, max: 30000 }).map((d) => new Date(d * 86400000).toISOString().slice(0, 10)),
      modified: fc.integer({ min: 0, max: 30000 }).map((d) => new Date(d * 86400000).toISOString().slice(0, 10)),
      status: fc.constantFrom('inbox', 'read', 'archived' as const),
      description: fc.string({ maxLength: 60 }).map((d) => d.replace(/\r/g, '').trim()),
    },
    { requiredKeys: ['url', 'title', 'tags'] },
  )
  .filter((b) => b.title !== '')
  .map((b) => {
    const out: BookmarkEntry = { url: b.url, title: b.title, tags: b.tags };
    if (b.folder && b.folder.length > 0) out.folder = b.folder.join('/');
    if (b.added) out.added = b.added;
    if (b.modified) {
      out.modified = b.modified;
      out.added ??= b.modified;
    }
    if (b.status) out.status = b.status;
    if (b.description) out.description = b.description;
    return out;
  });

describe('import(export(bookmarks))', () => {
  it('gives the same bookmarks back (property)', () => {
    fc.assert(
      fc.property(fc.array(bookmarkArb, { maxLength: 15 }), (bookmarks) => {
        const read = parseNetscape(printNetscape(bookmarks));
        expect(read.problems).toEqual([]);
        expect(read.skipped).toEqual([]);
        // The printer groups bookmarks by folder, so compare them as sets (canonical JSON, sorted).
        const canonical = (b: BookmarkEntry): string =>
          JSON.stringify(
            Object.entries(b)
              .filter(([k, v]) => k !== 'line' && v !== undefined)
              .sort(([x], [y]) => (x < y ? -1 : 1)),
          );
        expect(read.bookmarks.map(canonical).sort()).toEqual(bookmarks.map(canonical).sort());
      }),
      { numRuns: 300 },
    );
  });
});

describePython('printNetscape read by Python html.parser', () => {
  it('gives an independent HTML parser the same URLs, titles, dates, tags, folders and descriptions (property)', () => {
    fc.assert(
      fc.property(fc.array(bookmarkArb, { minLength: 1, maxLength: 20 }), (bookmarks) => {
        const seen = pythonReadBookmarks(printNetscape(bookmarks));
        const key = (url: string, title: string): string => `${url}\u0000${title}`;
        const expected = bookmarks
          .map((b) => ({
            key: key(b.url, b.title),
            folders: (b.folder ?? '').split('/').filter((f) => f !== ''),
            description: b.description ?? null,
            add: b.added ? String(Date.parse(`${b.added}T00:00:00Z`) / 1000) : undefined,
            tags: [...b.tags, ...(b.status === 'archived' ? ['linkding:bookmarks.archived'] : [])].join(','),
            toread: b.status === undefined ? undefined : b.status === 'inbox' ? '1' : '0',
          }))
          .sort((a, b) => (a.key < b.key ? -1 : 1));
        const actual = seen
          .map((p) => ({
            key: key(p.attrs.href, p.title),
            folders: p.folders,
            description: p.description,
            add: p.attrs.add_date,
            tags: p.attrs.tags ?? '',
            toread: p.attrs.toread,
          }))
          .sort((a, b) => (a.key < b.key ? -1 : 1));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
