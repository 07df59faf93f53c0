import { describe, expect, it } from '@jest/globals';
import { tokenize } from '../../../src/core/query/tokenize';

function kinds(source: string): string[] {
  const r = tokenize(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.tokens.map((t) => `${t.type}:${t.text}`);
}

describe('tokenize', () => {
  it('splits identifiers, operators, punctuation, numbers and strings, ending with eof', () => {
    expect(kinds('note["last-run"] >= now() - "2w" && !x.isEmpty()')).toEqual([
      'ident:note',
      'punct:[',
      'string:last-run',
      'punct:]',
      'op:>=',
      'ident:now',
      'punct:(',
      'punct:)',
      'op:-',
      'string:2w',
      'op:&&',
      'op:!',
      'ident:x',
      'punct:.',
      'ident:isEmpty',
      'punct:(',
      'punct:)',
      'eof:',
    ]);
  });

  it('reads every comparison and arithmetic operator, longest first', () => {
    expect(kinds('a==b!=c<d<=e>f>=g+h-i*j/k%l||m')).toEqual([
      'ident:a',
      'op:==',
      'ident:b',
      'op:!=',
      'ident:c',
      'op:<',
      'ident:d',
      'op:<=',
      'ident:e',
      'op:>',
      'ident:f',
      'op:>=',
      'ident:g',
      'op:+',
      'ident:h',
      'op:-',
      'ident:i',
      'op:*',
      'ident:j',
      'op:/',
      'ident:k',
      'op:%',
      'ident:l',
      'op:||',
      'ident:m',
      'eof:',
    ]);
  });

  it('reads integers, decimals and leading-dot decimals', () => {
    expect(kinds('6 2.5 .5 1e3')).toEqual(['number:6', 'number:2.5', 'number:.5', 'number:1e3', 'eof:']);
  });

  it('decodes both quote styles and escapes', () => {
    expect(kinds(`"a\\"b" 'it\\'s' "tab\\there"`)).toEqual(['string:a"b', "string:it's", 'string:tab\there', 'eof:']);
  });

  it('accepts non-ASCII letters in identifiers, as Bases property names allow', () => {
    expect(kinds('tags.contains("0🌲") && catégorie')).toContain('ident:catégorie');
  });

  it('records start and end offsets of each token', () => {
    const r = tokenize('  due < x');
    expect(r.ok && r.tokens.slice(0, 3).map((t) => [t.pos, t.end])).toEqual([
      [2, 5],
      [6, 7],
      [8, 9],
    ]);
  });

  it.each([
    ['"open', 0, 'unterminated string (missing closing ")'],
    ["x == 'open", 5, "unterminated string (missing closing ')"],
    ['"bad \\q"', 5, 'unknown escape "\\q"'],
    ['status = "done"', 7, 'unexpected character "=" (use == to compare)'],
    ['a & b', 2, 'unexpected character "&" (use &&)'],
    ['a | b', 2, 'unexpected character "|" (use ||)'],
    ['due < 12abc', 6, 'malformed number "12a"'],
    ['x @ y', 2, 'unexpected character "@"'],
    ['due == 2026-12-01', 7, 'a date needs quotes: write "2026-12-01" or date("2026-12-01")'],
  ])('reports %j at offset %i', (source, pos, message) => {
    const r = tokenize(source);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.pos).toBe(pos);
      expect(r.error.message).toContain(message);
    }
  });
});
