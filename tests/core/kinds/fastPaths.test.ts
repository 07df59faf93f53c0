import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseDate } from '../../../src/core/dates/parseDate';
import { daysInMonth } from '../../../src/core/dates/dayNumber';
import { basename } from '../../../src/core/kinds/common';
import { parseHttpUrlValue } from '../../../src/core/kinds/fields/valueParsers';
import { linkTarget } from '../../../src/core/kinds/fields/wikilink';

/** The URL rule spelled out with the URL parser, as it was before the fast path. */
function acceptedByUrlParser(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const urlPiece = fc.constantFrom(
  'http://',
  'https://',
  'HTTP://',
  'ftp://',
  'a',
  'Z',
  '0',
  '9',
  '1.2.3.4',
  '.',
  '-',
  'xn--',
  ':',
  ':80',
  ':99999',
  '/',
  '?',
  '#',
  '@',
  ' ',
  '%',
  '\\',
  '[',
  ']',
  'example',
  'com',
  '256',
);
/** URL-shaped text: a scheme, host labels (names, numbers, hex, punycode), maybe a port, then anything. */
const urlShaped = fc
  .tuple(
    fc.constantFrom('http://', 'https://', 'Https://', 'mailto:'),
    fc.array(
      fc.constantFrom(
        'example',
        'a-b',
        'EXAMPLE',
        '256',
        '1',
        '0x1f',
        '09',
        'xn--bcher-kva',
        'xn--a',
        '',
        'ab--c',
        'com',
      ),
      { minLength: 1, maxLength: 4 },
    ),
    fc.constantFrom('', ':', ':8080', ':65535', ':65536', ':99999'),
    fc.constantFrom('', '/', '/a b', '/%zz', '?q=1#x', '\\x', '@evil', '/ä'),
  )
  .map(([scheme, labels, port, rest]) => scheme + labels.join('.') + port + rest);

describe('fast paths of the parser', () => {
  it('accepts exactly the URLs the URL parser accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(urlPiece, { maxLength: 10 }).map((p) => p.join('')),
          urlShaped,
        ),
        (text) => {
          expect(parseHttpUrlValue(text).ok).toBe(acceptedByUrlParser(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads the same dates as the YYYY-MM-DD pattern with a real day of month', () => {
    const datePiece = fc.constantFrom('2024', '2023', '0000', '-', '02', '29', '13', '00', '31', '1', ' ', '٢', 'x');
    fc.assert(
      fc.property(fc.array(datePiece, { maxLength: 6 }), (pieces) => {
        const text = pieces.join('');
        const t = text.trim();
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
        const valid =
          m !== null &&
          Number(m[2]) >= 1 &&
          Number(m[2]) <= 12 &&
          Number(m[3]) >= 1 &&
          Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));

        expect(parseDate(text)).toBe(valid ? t : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts a link body at its first alias, heading or block mark, and names a note by its file name', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z|#^ /.MD]{0,12}$/), (text) => {
        const expected = text.split('|')[0].split('#')[0].split('^')[0].trim();

        expect(linkTarget(text)).toBe(expected === '' ? null : expected);
        expect(basename(text)).toBe((text.split('/').pop() ?? text).replace(/\.md$/i, ''));
      }),
      { numRuns: 2000 },
    );
  });
});
