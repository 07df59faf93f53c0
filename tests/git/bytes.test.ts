import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { hexToBytes } from '../../src/git/bytes';

describe('hexToBytes', () => {
  test('reads hex of either case as node reads it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (bytes, upper) => {
        const hex = Buffer.from(bytes).toString('hex');
        const text = upper ? hex.toUpperCase() : hex;
        expect([...hexToBytes(text)]).toEqual([...bytes]);
      }),
    );
  });

  test('an object id gives its 20 bytes', () => {
    expect([...hexToBytes('4b825dc642cb6eb9a060e54bf8d69288fbee4904')]).toEqual([
      ...Buffer.from('4b825dc642cb6eb9a060e54bf8d69288fbee4904', 'hex'),
    ]);
  });
});
