import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { BookmarkEntry } from '../../../src/core/formats/BookmarkEntry';
import { decodeEntities } from '../../../src/core/formats/htmlText';
import { nameIs } from '../../../src/core/formats/htmlTokens';
import { parseNetscape, printNetscape } from '../../../src/core/formats/netscape';
import { isWebUrl } from '../../../src/core/formats/netscapeRead';
import { cleanTag, uniqueTags } from '../../../src/core/formats/BookmarkEntry';
import { parseNetscapeReference } from './reference/netscapeReference';

/** Pieces of Netscape files and of what else people feed a bookmark reader, in any case and quoting. */
const CASES = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toLowerCase(),
  (s: string) => s.toUpperCase(),
);
const word = fc.constantFrom('rust', 'Tom', 'x', '', ' ', 'a b', 'ünï', '—', '\u212a', 'İ', '\r\n', '\n\r', '/');
const entity = fc.constantFrom(
  '&amp;',
  '&AMP;',
  '&Amp;',
  '&lt;',
  '&gt;',
  '&LT;',
  '&quot;',
  '&quot',
  '&apos;',
  '&nbsp;',
  '&copy;',
  '&;',
  '& amp;',
  '&#39;',
  '&#x27;',
  '&#X1F600;',
  '&#0;',
  '&#xD800;',
  '&#12345678;',
  '&#1234567;',
  '&#x110000;',
  '&#x0000041;',
  '&#x000041;',
  '&#00000065;',
  '&#0000065;',
  '&#;',
  '&#x;',
  '&#xg1;',
  '&#1a;',
  '&',
  '&verylongname123;',
);
const textPiece = fc.oneof(word, entity, fc.constantFrom('<', '< b', '<3', '>', '"', "'", '<BR>', '<br/>', '<p>'));
const text = fc.array(textPiece, { maxLength: 6 }).map((p) => p.join(''));
const number = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000_000 }).map(String),
  fc.constantFrom(
    '1733000000000',
    '1733000000000000',
    '1733000000000000000',
    '99999999999999999999',
    '123456789012345',
    '1234567890123456',
    '253402300799',
    '253402300800',
    ' 1733000000 ',
    '17330a',
    '-1',
    '',
    '1.5',
    '\u0661\u0662',
  ),
);
const url = fc.constantFrom(
  'https://x.example/?a=1&amp;b=2',
  'HTTPS://Y.example',
  'http://z.example/&#x41;',
  ' https://z.example/ ',
  'https:///nohost',
  'place:sort=8',
  'javascript:void(0)',
  '',
  ' ',
);
const flag = fc.constantFrom('1', '0', ' 1 ', '2', '', '01', 'true');
const tagList = fc.oneof(
  fc.constantFrom('linkding:archived,a', 'x,#Y z, y ,LINKDING:BOOKMARKS.ARCHIVED,x', 'a&amp;b,c', ',', ''),
  fc.array(text, { maxLength: 3 }).map((t) => t.join(',')),
);
/** Each attribute mostly with the kind of value it has in real files, sometimes with any. */
const named = (names: string[], value: fc.Arbitrary<string>): fc.Arbitrary<[string, string]> =>
  fc.tuple(fc.constantFrom(...names), fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: text }));
const nameAndValue = fc.oneof(
  named(['href', 'hre', 'hrefs'], url),
  named(['add_date', 'last_modified', 'add-date', 'last_modİfied'], number),
  named(['tags', 'ta\u212ags', 'tag\u017f'], tagList),
  named(['toread', 'to_read'], flag),
  named(['private', 'icon', 'icon_uri'], text),
);
const attribute = fc
  .tuple(CASES, nameAndValue, fc.constantFrom('="', '="', "='", '=', ' = "', ''))
  .map(([c, [name, value], eq]) => {
    const quote = eq.endsWith('"') ? '"' : eq.endsWith("'") ? "'" : '';
    const v = quote === '' ? value.replace(/[\s>]/g, '') : value.replaceAll(quote, '');
    return eq === '' ? c(name) : `${c(name)}${eq}${v}${quote}`;
  });
/** An <A>, most with a web address first. */
const anchor = fc
  .tuple(
    CASES,
    fc.option(fc.constantFrom('https://x.example/', 'http://y.example/a?b'), { freq: 4 }),
    fc.array(attribute, { maxLength: 7 }),
    text,
  )
  .map(
    ([c, href, attrs, t]) =>
      `<${c('a')}${href === null ? '' : ` ${c('href')}="${href}"`} ${attrs.join(' ')}>${t}</${c('a')}>`,
  );
const tagPiece = fc.oneof(
  { weight: 6, arbitrary: anchor },
  {
    weight: 3,
    arbitrary: fc
      .tuple(CASES, fc.constantFrom('DL', 'DL><p', 'UL', 'MENU', 'DT', 'DD', 'P', 'HR', 'BR'))
      .map(([c, n]) => `<${c(n)}>`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(CASES, fc.constantFrom('DL', 'UL', 'MENU', 'DT', 'P', 'H3', 'A', 'TITLE', 'SPAN'))
      .map(([c, n]) => `</${c(n)}>`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(CASES, fc.constantFrom('H2', 'H3', 'H6', 'H1', 'H7'), text)
      .map(([c, n, t]) => `<${c(n)} ADD_DATE="1">${t}</${c(n)}>`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(CASES, fc.constantFrom('TITLE', 'STYLE', 'SCRIPT', 'SPAN', 'B', 'dL-x', 'h3:x'), text)
      .map(([c, n, t]) => `<${c(n)}>${t}`),
  },
  { weight: 3, arbitrary: text },
  {
    weight: 1,
    arbitrary: fc.constantFrom('<!-- c -->', '<!DOCTYPE NETSCAPE-Bookmark-file-1>', '<?xml?>', '\n', '\r\n', '\uFEFF'),
  },
);
/** Markup ending anywhere: a tag or a quoted value may run to the end. */
const markup = fc
  .tuple(
    fc.array(tagPiece, { maxLength: 14 }),
    fc.constantFrom('', '<A HREF="x', '<DT', "<a href='y' tags=z", '<!-- never', '<!DOCTYPE'),
  )
  .map(([pieces, tail]) => pieces.join('') + tail);

/** Bookmarks with what the writer escapes: entities in titles, descriptions, folders and tags. */
const bookmark: fc.Arbitrary<BookmarkEntry> = fc
  .record({
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
    title: text,
    tags: fc.array(text, { maxLength: 4 }),
    folder: fc.array(fc.constantFrom('Dev', 'Rust & co', 'a/b', '<x>'), { maxLength: 3 }),
    added: fc.option(fc.integer({ min: 0, max: 2_900_000 }), { nil: undefined }),
    status: fc.option(fc.constantFrom('inbox', 'read', 'archived' as const), { nil: undefined }),
    description: fc.option(text, { nil: undefined }),
  })
  .map((b) => ({
    url: b.url,
    title: b.title,
    tags: b.tags,
    folder: b.folder.length > 0 ? b.folder.join('/') : undefined,
    added: b.added === undefined ? undefined : new Date(b.added * 86_400_000).toISOString().slice(0, 10),
    status: b.status,
    description: b.description,
  }));

describe('parseNetscape reads as its reference reader does', () => {
  it('on any markup, broken or not (property)', () => {
    fc.assert(
      fc.property(markup, (html) => {
        expect(parseNetscape(html)).toStrictEqual(parseNetscapeReference(html));
      }),
      { numRuns: 3000 },
    );
  });

  it('on what printNetscape writes (property)', () => {
    fc.assert(
      fc.property(fc.array(bookmark, { maxLength: 12 }), (bookmarks) => {
        const html = printNetscape(bookmarks);
        expect(parseNetscape(html)).toStrictEqual(parseNetscapeReference(html));
      }),
      { numRuns: 500 },
    );
  });
});

describe('decodeEntities', () => {
  it('decodes the references exporters write, numeric ones in range, and leaves the rest', () => {
    expect(decodeEntities('&amp;&AMP;&lt;&gt;&quot;&apos;&#39;&#x27;&#X1F600;')).toBe(`&&<>"'''😀`);
    expect(decodeEntities('&#0;&#xD800;&#x110000;&#12345678;&#;&#x;&copy;&quot & amp;')).toBe(
      '&#0;&#xD800;&#x110000;&#12345678;&#;&#x;&copy;&quot & amp;',
    );
  });
});

describe('nameIs', () => {
  it('compares a name in place ignoring case as toLowerCase does, the Kelvin sign included', () => {
    expect(nameIs('<A HrEf=x>', 3, 7, 'href')).toBe(true);
    expect(nameIs('<A HREFS=x>', 3, 8, 'href')).toBe(false);
    expect(nameIs('<A add_date=x>', 3, 11, 'add_date')).toBe(true);
    expect(nameIs('<A ADD_DATE=x>', 3, 11, 'add-date')).toBe(false);
    expect(nameIs('<A \u212a=x>', 3, 4, 'k')).toBe(true);
  });
});

describe('isWebUrl', () => {
  it('accepts http and https URLs with a host, in any case', () => {
    for (const url of ['http://a', 'https://example.org/x?y#z', 'HTTPS://Example.org', 'httpS://1.2.3.4:8080/'])
      expect(isWebUrl(url)).toBe(true);
  });

  it('refuses other schemes, a missing host and white space where the host should be', () => {
    for (const url of [
      '',
      'ftp://example.org',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https:/example.org',
      'https//example.org',
      'http:///path',
      'https://?q',
      'https://#frag',
      'https:// example.org',
      'https://\u00a0example.org',
      'https://\u3000example.org',
      ' https://example.org',
      'xhttps://example.org',
    ])
      expect(isWebUrl(url)).toBe(false);
  });
});

describe('uniqueTags', () => {
  /** The plain loop: clean each tag, drop empty ones and later duplicates ignoring case. */
  const reference = (tags: readonly string[]): string[] => {
    const out: string[] = [];
    const keys: string[] = [];
    for (const raw of tags) {
      const tag = cleanTag(raw);
      if (tag === '' || keys.includes(tag.toLowerCase())) continue;
      keys.push(tag.toLowerCase());
      out.push(tag);
    }
    return out;
  };

  it('cleans and drops duplicates as the plain loop does, clean lists included (property)', () => {
    const tag = fc.oneof(
      fc.constantFrom(
        'rust',
        'Rust',
        'RUST',
        'git',
        'a-b',
        'x_y',
        '#home',
        ' home lab ',
        '',
        'İ',
        'i̇',
        'ß',
        'SS',
        'ǅ',
        'ǆ',
        '\u212a',
        'k',
        'K',
      ),
      fc.stringMatching(/^[A-Za-z0-9#_ -]{0,6}$/),
    );
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 6 }), (tags) => {
        const copy = [...tags];
        expect(uniqueTags(tags)).toStrictEqual(reference(tags));
        expect(tags).toStrictEqual(copy);
      }),
      { numRuns: 2000 },
    );
  });
});
