import { describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

// The stand-ins main.js bundles for sha.js, crc-32 and async-lock (build/pluginDependencies.cjs),
// held to node's crypto and zlib and to async-lock's one-at-a-time contract.
const Sha1 = require('../../build/sha1-shim.cjs') as new () => {
  update(bytes: Uint8Array): unknown;
  digest(): Uint8Array;
  digest(encoding: 'hex'): string;
};
const crc = require('../../build/crc32-shim.cjs') as { buf(bytes: Uint8Array): number };
const pify = require('../../build/pify-shim.cjs') as <T>(
  fn: (arg: string, done: (err: Error | null, value?: T) => void) => void,
) => (arg: string) => Promise<T>;
const AsyncLock = require('../../build/async-lock-shim.cjs') as new () => {
  acquire<T>(key: string, fn: () => Promise<T>): Promise<T>;
};

describe("main.js's SHA-1", () => {
  it.each([0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 100_000])(
    'hashes %i bytes as node’s crypto does, fed in pieces',
    (size) => {
      const data = randomBytes(size);
      const expected = createHash('sha1').update(data).digest();
      const hash = new Sha1();
      for (let at = 0; at < size; at += 37) hash.update(data.subarray(at, at + 37));
      expect(Buffer.from(hash.digest()).equals(expected)).toBe(true);
      const hex = new Sha1();
      hex.update(data);
      expect(hex.digest('hex')).toBe(expected.toString('hex'));
    },
  );
});

describe("main.js's CRC-32", () => {
  it.each([0, 1, 100, 70_000])('matches node’s zlib over %i bytes, signed as crc-32 returns it', (size) => {
    const data = randomBytes(size);
    expect(crc.buf(data) >>> 0).toBe(crc32(data));
    expect(crc.buf(data)).toBe(crc32(data) | 0);
  });
});

describe("main.js's async lock", () => {
  const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  it('runs holders of one key one at a time, in order, and keys apart in parallel', async () => {
    const lock = new AsyncLock();
    const events: string[] = [];
    const hold = (key: string, name: string) =>
      lock.acquire(key, async () => {
        events.push(`${name} in`);
        await tick();
        events.push(`${name} out`);
        return name;
      });

    const results = await Promise.all([hold('index', 'a'), hold('index', 'b'), hold('refs', 'c')]);

    expect(results).toEqual(['a', 'b', 'c']);
    expect(events.indexOf('a out')).toBeLessThan(events.indexOf('b in'));
    expect(events.indexOf('c in')).toBeLessThan(events.indexOf('a out'));
  });

  it('passes a failure to its caller and still lets the next holder in', async () => {
    const lock = new AsyncLock();
    const failed = lock.acquire('index', () => Promise.reject(new Error('disk full')));
    const next = lock.acquire('index', () => Promise.resolve('written'));

    await expect(failed).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('written');
  });
});

describe("main.js's pify", () => {
  it('resolves with the callback’s value and rejects with its error', async () => {
    const read = pify<string>((path, done) =>
      path === 'missing' ? done(new Error('ENOENT')) : done(null, `read ${path}`),
    );

    await expect(read('a.md')).resolves.toBe('read a.md');
    await expect(read('missing')).rejects.toThrow('ENOENT');
  });
});
