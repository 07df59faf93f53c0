import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findTaskLines } from '../../../src/core/inline/findTaskLines';

/** The full line-by-line reading: every line that opens with a list marker and a one-character checkbox. */
function everyLine(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  text.split('\n').forEach((raw, i) => {
    if (/^(?:[^\S\r\n]|>)*(?:[-*+]|[0-9]+[.)]) +\[[^\r\n]\]/u.test(raw))
      out.push({ line: i + 1, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
  });
  return out;
}

const LINES = [
  '- [ ] Pay rent 📅 2026-12-01',
  '  * [x] done ✅ 2026-11-30',
  '> + [/] quoted',
  '12) [-] cancelled',
  '1. [📅] astral checkbox',
  '-[ ] no space',
  '- [] empty',
  '- [ab] two',
  'prose with - [ ] inside',
  'a [x] b',
  '[[link]] [ ]',
  '',
  '# Heading',
  '\t- [ ] tab',
  // Only \n ends a line, as the line-by-line reading splits: a list marker after U+2028, U+2029 or a lone CR opens no checklist line.
  'text\u2028- [ ] after a line separator',
  'text\u2029- [ ] after a paragraph separator',
  'text\r- [ ] after a lone CR',
  '\u2028- [ ] a line separator as indentation',
];

describe('findTaskLines', () => {
  it('finds in notes without frontmatter or fences exactly the lines the full line-by-line reading finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { maxLength: 15 }),
        fc.constantFrom('\n', '\r\n'),
        (lines, eol) => {
          const text = lines.join(eol);
          expect(findTaskLines(text)).toEqual(everyLine(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
