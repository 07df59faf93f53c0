import { describe, expect, test } from '@jest/globals';
import { plural } from '../../src/cli/commands/vaultArgs';

describe('plural', () => {
  test('counts read as en-US formats them, small ones without the locale formatter', () => {
    for (const n of [0, 1, 2, 9, 10, 99, 100, 999, 1000, 1001, 12345, 50001, 1234567, 1.5, -3])
      expect(plural(n, 'file')).toBe(`${n.toLocaleString('en-US')} ${n === 1 ? 'file' : 'files'}`);
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });
});
