import { describe, expect, it } from '@jest/globals';
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext, runInThisContext } from 'node:vm';

// The Buffer main.js gives isomorphic-git (build/buffer-shim.mjs), held to Node's own Buffer for
// the calls isomorphic-git makes (its own code names no Node global: the bundle test loads main.js
// without them).
// `npm run test:plugin-deps` runs the git tests against an isomorphic-git built with it.
interface ShimBuffer extends Uint8Array<ArrayBuffer> {
  toString(encoding?: string, start?: number, end?: number): string;
  write(string: string, encoding: string): number;
  write(string: string, offset?: number, length?: number, encoding?: string): number;
  slice(start?: number, end?: number): ShimBuffer;
  equals(other: Uint8Array): boolean;
  compare(other: Uint8Array): number;
  copy(target: Uint8Array, targetStart?: number, sourceStart?: number, sourceEnd?: number): number;
  readUInt8(offset: number): number;
  readUInt16BE(offset: number): number;
  readUInt32BE(offset: number): number;
  writeUInt8(value: number, offset: number): number;
  writeUInt16BE(value: number, offset: number): number;
  writeUInt32BE(value: number, offset: number): number;
}
interface ShimBufferClass {
  from(value: unknown, encodingOrOffset?: string | number, length?: number): ShimBuffer;
  alloc(size: number, fill?: number | string): ShimBuffer;
  concat(list: readonly Uint8Array[], totalLength?: number): ShimBuffer;
  isBuffer(value: unknown): boolean;
  byteLength(value: string | Uint8Array, encoding?: string): number;
  compare(a: Uint8Array, b: Uint8Array): number;
}

const source = readFileSync(join(__dirname, '..', '..', 'build', 'buffer-shim.mjs'), 'utf8');
const shimModule = { exports: {} as { Buffer?: ShimBufferClass } };
const load = runInThisContext(`(function (module, exports) {${transformSync(source, { format: 'cjs' }).code}
})`) as (module: unknown, exports: unknown) => void;
load(shimModule, shimModule.exports);
const Shim = shimModule.exports.Buffer as ShimBufferClass;
type Encoding = 'utf8' | 'hex' | 'base64' | 'latin1';
const bytes = (b: Uint8Array): number[] => Array.from(b);

const TEXTS = ['', 'a', 'vault stack', '\ufeff# BOM first', 'emoji 🗄️ and ümlauts', 'tree 0\0', 'x'.repeat(70_000)];

describe("main.js's Buffer, against Node's", () => {
  it('is not Node’s Buffer, and a Uint8Array', () => {
    expect(Shim).not.toBe(Buffer);
    expect(Shim.from('a')).toBeInstanceOf(Uint8Array);
    expect(ArrayBuffer.isView(Shim.from('a'))).toBe(true);
  });

  it.each(['utf8', 'hex', 'base64', 'latin1'])('encodes and decodes %s as Node does', (encoding) => {
    for (const text of TEXTS) {
      const node = Buffer.from(text, 'utf8');
      const encoded = node.toString(encoding as Encoding);
      expect(bytes(Shim.from(encoded, encoding))).toEqual(bytes(Buffer.from(encoded, encoding as Encoding)));
      expect(Shim.from(node).toString(encoding)).toBe(encoded);
      expect(Shim.from(node).toString(encoding, 1, 5)).toBe(node.toString(encoding as Encoding, 1, 5));
      expect(Shim.byteLength(encoded, encoding)).toBe(Buffer.byteLength(encoded, encoding as Encoding));
    }
  });

  it('decodes base64 leniently as Node does (no padding, url-safe digits, whitespace)', () => {
    for (const input of ['YWJj', 'YWI', 'YQ', 'YWJjZA==', 'YW Jj\nZA', '-_-_', 'YWJjZ']) {
      expect(bytes(Shim.from(input, 'base64'))).toEqual(bytes(Buffer.from(input, 'base64')));
    }
    expect(bytes(Shim.from('0a0bzz', 'hex'))).toEqual(bytes(Buffer.from('0a0bzz', 'hex')));
  });

  it('copies from arrays and views, and shares an ArrayBuffer as Node does', () => {
    const view = new Uint8Array([1, 2, 3, 4]);
    const copy = Shim.from(view);
    view[0] = 9;
    expect(bytes(copy)).toEqual([1, 2, 3, 4]);
    expect(bytes(Shim.from([300, 2, -1]))).toEqual(bytes(Buffer.from([300, 2, -1])));
    const shared = Shim.from(view.buffer, 1, 2);
    view[1] = 7;
    expect(bytes(shared)).toEqual([7, 3]);
    const otherRealm = runInNewContext('new Uint8Array([5, 6]).buffer') as ArrayBuffer;
    expect(bytes(Shim.from(otherRealm))).toEqual([5, 6]);
  });

  it('slices as views, like Node and unlike Uint8Array#slice, and subarrays stay Buffers', () => {
    const b = Shim.from('abcdef');
    const part = b.slice(1, 3);
    part[0] = 'X'.charCodeAt(0);
    expect(b.toString()).toBe('aXcdef');
    expect(part.toString('hex')).toBe(Buffer.from('Xc').toString('hex'));
    expect(Shim.isBuffer(b.subarray(2))).toBe(true);
    expect(Shim.isBuffer(new Uint8Array(2))).toBe(false);
    expect(Shim.isBuffer(Buffer.from('a'))).toBe(false);
  });

  it('concatenates, cut or padded to a total length, as Node does', () => {
    const parts = [Shim.from('abc'), new Uint8Array([1, 2]), Shim.from('')];
    for (const total of [undefined, 0, 2, 5, 8]) {
      expect(bytes(Shim.concat(parts, total))).toEqual(
        bytes(Buffer.concat([Buffer.from('abc'), Buffer.from([1, 2])], total)),
      );
    }
  });

  it('writes strings at offsets within length, returning the bytes written, as Node does', () => {
    const cases: [string, number, number | undefined, string][] = [
      ['DIRC', 0, 4, 'utf8'],
      ['0123456789abcdef0123456789abcdef01234567', 4, 20, 'hex'],
      ['ümlaut', 10, 3, 'utf8'],
      ['too long for the rest', 20, undefined, 'utf8'],
    ];
    const shim = Shim.alloc(24);
    const node = Buffer.alloc(24);
    for (const [text, offset, length, encoding] of cases) {
      expect(shim.write(text, offset, length, encoding)).toBe(
        node.write(text, offset, length as number, encoding as Encoding),
      );
    }
    expect(bytes(shim)).toEqual(bytes(node));
    const sha = Shim.alloc(20);
    sha.write('da39a3ee5e6b4b0d3255bfef95601890afd80709', 'hex');
    expect(sha.toString('hex')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
  });

  it('reads and writes unsigned big-endian integers as Node does, and refuses offsets past the end', () => {
    const shim = Shim.alloc(8);
    const node = Buffer.alloc(8);
    expect(shim.writeUInt32BE(0xfedcba98, 0)).toBe(node.writeUInt32BE(0xfedcba98, 0));
    expect(shim.writeUInt16BE(0xabcd, 4)).toBe(node.writeUInt16BE(0xabcd, 4));
    expect(shim.writeUInt8(0xef, 6)).toBe(node.writeUInt8(0xef, 6));
    expect(bytes(shim)).toEqual(bytes(node));
    for (const offset of [0, 1, 4]) {
      expect(shim.readUInt32BE(offset)).toBe(node.readUInt32BE(offset));
      expect(shim.readUInt16BE(offset)).toBe(node.readUInt16BE(offset));
      expect(shim.readUInt8(offset)).toBe(node.readUInt8(offset));
    }
    expect(() => shim.readUInt32BE(5)).toThrow(/outside the buffer/);
    expect(() => shim.writeUInt16BE(1, 7)).toThrow(/outside the buffer/);
  });

  it('compares, tests equality and copies as Node does', () => {
    const pairs: [string, string][] = [
      ['abc', 'abc'],
      ['abc', 'abd'],
      ['ab', 'abc'],
      ['b', 'abc'],
    ];
    for (const [a, b] of pairs) {
      expect(Shim.compare(Shim.from(a), Shim.from(b))).toBe(Buffer.compare(Buffer.from(a), Buffer.from(b)));
      expect(Shim.from(a).equals(Shim.from(b))).toBe(Buffer.from(a).equals(Buffer.from(b)));
    }
    const shimTarget = Shim.alloc(6, 0x2e);
    const nodeTarget = Buffer.alloc(6, 0x2e);
    expect(Shim.from('abcdef').copy(shimTarget, 2, 1, 6)).toBe(Buffer.from('abcdef').copy(nodeTarget, 2, 1, 6));
    expect(bytes(shimTarget)).toEqual(bytes(nodeTarget));
  });
});
