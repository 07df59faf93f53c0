import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { escapeIcsText, foldIcsLine, icsDateValue } from '../../../src/core/formats/icsText';

const octets = (s: string): number => Buffer.byteLength(s, 'utf8');

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (s: string): string => s.replace(/\r\n[ \t]/g, '');

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon and comma, and writes newlines as \\n', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('leaves a colon and a tab as they are and drops other control characters', () => {
    expect(escapeIcsText('time: 10\tam\u0000\u0007\u007f')).toBe('time: 10\tam');
  });
});

describe('foldIcsLine', () => {
  it('leaves a line of 75 octets whole and folds one of 76', () => {
    const at75 = 'X'.repeat(75);
    expect(foldIcsLine(at75)).toBe(`${at75}\r\n`);
    expect(foldIcsLine(`${at75}Y`)).toBe(`${at75}\r\n Y\r\n`);
  });

  it('counts the leading space of a continuation toward its 75 octets', () => {
    const lines = foldIcsLine('A'.repeat(75 + 74 + 10)).split('\r\n');
    expect(lines.map(octets)).toEqual([75, 75, 11, 0]);
  });

  it('never splits a multi-byte character: a 3-octet character that would cross 75 moves to the next line', () => {
    const line = `${'a'.repeat(74)}€b`;
    expect(foldIcsLine(line)).toBe(`${'a'.repeat(74)}\r\n €b\r\n`);
  });

  it('keeps every physical line within 75 octets, splits no character, and unfolds to the line (any text)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 12 }), (text, name) => {
        const line = `${name.replace(/[\r\n]/g, '')}:${text.replace(/[\r\n]/g, '')}`;
        const folded = foldIcsLine(line);
        expect(folded.endsWith('\r\n')).toBe(true);
        const physical = folded.slice(0, -2).split('\r\n');
        for (const [i, p] of physical.entries()) {
          expect(octets(p)).toBeLessThanOrEqual(75);
          if (i > 0) expect(p.startsWith(' ')).toBe(true);
          // A split surrogate pair would not survive UTF-8 encoding (it becomes U+FFFD).
          expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
        }
        expect(unfold(folded.slice(0, -2))).toBe(line);
      }),
    );
  });
});

describe('icsDateValue', () => {
  it('writes a date in basic form and a datetime as a floating local time', () => {
    expect(icsDateValue('2026-12-01')).toBe('20261201');
    expect(icsDateValue('2026-12-01T14:30')).toBe('20261201T143000');
  });
});
