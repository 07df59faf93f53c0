import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';

/** The stand-in for pako that main.js bundles (esbuild.config.mjs aliases `pako` to it). */
const shim = require('../../build/pako-shim.cjs') as {
  deflate(data: Uint8Array): Uint8Array;
  inflate(data: Uint8Array): Uint8Array;
  Inflate: new () => {
    push(chunk: Uint8Array, last: boolean): boolean;
    result: Uint8Array | undefined;
    err: number;
    msg: string;
    strm: { avail_in: number };
  };
};

const SIZES = [0, 1, 100, 65534, 65535, 65536, 65537, 200_000];

describe("main.js's pako: an inflate of its own, and deflate as zlib's stored form", () => {
  it.each(SIZES)('deflates %i bytes into zlib data that node’s zlib inflates back exactly', (size) => {
    const data = randomBytes(size);

    const deflated = shim.deflate(data);

    expect(Buffer.from(inflateSync(deflated)).equals(data)).toBe(true);
    // Stored: the input plus 6 bytes of framing and 5 per 64 KiB block.
    expect(deflated.length).toBe(size + 6 + 5 * Math.max(1, Math.ceil(size / 65535)));
  });

  const text = (size: number): Buffer =>
    Buffer.from(('stack: task\nstatus: todo\n' + randomBytes(8).toString('hex')).repeat(Math.ceil(size / 40))).subarray(
      0,
      size,
    );

  it.each(SIZES)('inflates %i bytes that node’s zlib deflated, at every level, text and random', (size) => {
    for (const data of [text(size), randomBytes(size)]) {
      for (const level of [0, 1, 6, 9]) {
        expect(Buffer.from(shim.inflate(deflateSync(data, { level }))).equals(data)).toBe(true);
      }
    }
  });

  it.each([1, 7, 4096, 65536])(
    'streams a packfile entry pushed in %i-byte chunks: the result once the stream ends, and the bytes after it',
    (chunkSize) => {
      // As isomorphic-git's listpack reads a pack: push until `result`, then `avail_in` says how
      // much of the last chunk belongs to the next entry.
      for (const data of [text(50_000), randomBytes(20_000), Buffer.alloc(0)]) {
        const deflated = deflateSync(data);
        const input = Buffer.concat([deflated, randomBytes(100)]);
        const inflator = new shim.Inflate();
        let end = -1;
        for (let at = 0; at < input.length && end < 0; at += chunkSize) {
          const chunk = input.subarray(at, at + chunkSize);
          inflator.push(chunk, false);
          expect(inflator.err).toBe(0);
          if (inflator.result) end = at + chunk.length - inflator.strm.avail_in;
        }
        expect(end).toBe(deflated.length);
        expect(Buffer.from(inflator.result as Uint8Array).equals(data)).toBe(true);
      }
    },
  );

  it('refuses damaged data: a string thrown at once, `err` and `msg` when streaming', () => {
    const deflated = deflateSync(text(10_000));
    const damaged = Buffer.from(deflated);
    damaged[damaged.length - 1] ^= 1; // the Adler-32
    expect(() => shim.inflate(damaged)).toThrow('incorrect data check');
    expect(() => shim.inflate(Buffer.from('not zlib'))).toThrow();
    expect(() => shim.inflate(deflated.subarray(0, deflated.length - 10))).toThrow('unexpected end of file');
    const inflator = new shim.Inflate();
    inflator.push(damaged, false);
    expect(inflator.err).not.toBe(0);
    expect(inflator.msg).toBe('incorrect data check');
    expect(inflator.result).toBeUndefined();
  });

  it('inflates what node’s zlib deflates, at once and pushed in chunks', () => {
    const data = Buffer.from('vault stack '.repeat(10_000));
    const deflated = deflateSync(data);

    expect(Buffer.from(shim.inflate(deflated)).equals(data)).toBe(true);
    const inflator = new shim.Inflate();
    for (let at = 0; at < deflated.length; at += 1000)
      inflator.push(deflated.subarray(at, at + 1000), at + 1000 >= deflated.length);
    expect(Buffer.from(inflator.result as Uint8Array).equals(data)).toBe(true);
  });

  it('writes loose objects that native git reads and fsck accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vault-stack-pako-'));
    try {
      execFileSync('git', ['init', '-q', dir]);
      for (const content of [Buffer.from('# note\n'), randomBytes(150_000)]) {
        const raw = Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]);
        const oid = createHash('sha1').update(raw).digest('hex');
        mkdirSync(join(dir, '.git', 'objects', oid.slice(0, 2)), { recursive: true });
        writeFileSync(join(dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)), shim.deflate(raw));

        const read = execFileSync('git', ['-C', dir, 'cat-file', 'blob', oid]);
        expect(read.equals(content)).toBe(true);
      }
      // Unreferenced but sound: fsck names them dangling and finds nothing wrong.
      expect(execFileSync('git', ['-C', dir, 'fsck', '--strict', '--no-dangling'], { encoding: 'utf8' })).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
