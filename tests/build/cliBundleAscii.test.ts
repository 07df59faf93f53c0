import { describe, expect, it } from '@jest/globals';
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { escapeNonAscii } from '../../build/asciiOnly.cjs';

const root = join(__dirname, '..', '..');

/** The CLI bundles are ASCII throughout (build/asciiOnly.cjs): node reads them as one-byte strings. */
describe('the CLI bundles are ASCII', () => {
  it.each(['cli.cjs', 'cli-commit.cjs'])('dist/%s has no byte above 0x7f', (name) => {
    expect(isAscii(readFileSync(join(root, 'dist', name)))).toBe(true);
  });

  it('an escape means the same character in a regular expression (classes, ranges, the u flag, pairs) and in a string', () => {
    const source = [
      String.raw`[/[\ud800-￿]/.test('\uffff'), /[\ud800-￿]/.test('z')]`,
      String.raw`[/…|notreal/.test('a … b'), /…/.test('...')]`,
      String.raw`[/[é-ë]/u.test('ê'), /😀/u.test('x😀'), /^.$/u.test('😀')]`,
      `['café ☕'.length, 'café ☕']`,
    ];
    for (const code of source) {
      const escaped = escapeNonAscii(code);
      expect(isAscii(Buffer.from(escaped))).toBe(true);
      expect([code, runInNewContext(escaped)]).toEqual([code, runInNewContext(code)]);
    }
  });
});
