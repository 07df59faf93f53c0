import { describe, expect, it } from '@jest/globals';
import { isUtf8Text } from '../../../src/git/remote/isUtf8Text';

describe('isUtf8Text', () => {
  it.each([
    ['plain ASCII', Buffer.from('# Note\n'), true],
    ['UTF-8 with accents and emoji', Buffer.from('Café ☕ 🚀\n'), true],
    ['empty', Buffer.alloc(0), true],
    ['a NUL byte', Buffer.from([0x61, 0x00, 0x62]), false],
    ['Latin-1 bytes', Buffer.from('caf\xe9', 'latin1'), false],
    ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), false],
  ])('%s → %s', (_name, bytes, expected) => {
    expect(isUtf8Text(bytes)).toBe(expected);
  });
});
