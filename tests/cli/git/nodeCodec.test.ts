import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { nodeCodec } from '../../../src/cli/git/nodeCodec';

describe('nodeCodec', () => {
  it('deflates loose objects at level 1, as native git does by default', () => {
    const raw = new TextEncoder().encode(`blob 2000\0${'vault stack note '.repeat(125)}`);
    const deflated = nodeCodec.deflate(raw) as Uint8Array;
    // zlib header: CMF 0x78, FLG level bits 0 (fastest) → 0x01.
    expect([deflated[0], deflated[1]]).toEqual([0x78, 0x01]);
    expect(new Uint8Array(inflateSync(deflated))).toEqual(raw);
  });

  it('writes the bytes a 32 KiB window writes, whatever window it deflates with', () => {
    const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
    // Random bytes (matches found only by chance), note text and tree-like entries, at sizes around
    // each window's limit (2^bits - 262 bytes): one byte past it must take the next window.
    const kinds = [
      (n: number) => randomBytes(n),
      (n: number) => Buffer.from('- [ ] task note body text 2026-12-03\n'.repeat(Math.ceil(n / 37) + 1)).subarray(0, n),
      (n: number) => {
        const parts: Buffer[] = [];
        for (let len = 0; len < n; len += 38)
          parts.push(Buffer.concat([Buffer.from(`100644 note-${parts.length}.md\0`), randomBytes(20)]));
        return Buffer.concat(parts).subarray(0, n);
      },
    ];
    const sizes = [0, 1, 100];
    for (let bits = 9; bits <= 15; bits++)
      for (const delta of [-300, -263, -262, -261, -1, 0, 1, 200]) sizes.push((1 << bits) - 262 + delta);
    sizes.push(40_000);
    for (const size of sizes.filter((n) => n >= 0))
      for (const kind of kinds) {
        const raw = kind(size);
        expect(Buffer.from(nodeCodec.deflate(raw) as Uint8Array)).toEqual(deflateSync(raw, { level: 1 }));
      }
  });

  it('writes objects native git compresses the same way', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-stack-codec-'));
    try {
      execFileSync('git', ['init', '-q', dir]);
      const file = path.join(dir, 'note.md');
      fs.writeFileSync(file, 'vault stack note '.repeat(125));
      const oid = execFileSync('git', ['-C', dir, 'hash-object', '-w', file]).toString().trim();
      const native = fs.readFileSync(path.join(dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
      const raw = inflateSync(native);
      expect(Buffer.from(nodeCodec.deflate(raw) as Uint8Array)).toEqual(native);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('nodeCodec SHA-1', () => {
  it('hashes as node’s crypto does, small inputs before its load and any input after', () => {
    const { createHash, randomBytes } = require('node:crypto') as typeof import('node:crypto');
    // Small inputs first (hashed in JavaScript up to 1 KiB in all), then larger ones past that budget.
    for (const size of [0, 1, 55, 64, 300, 2000, 20_000, 100, 300_000, 5])
      for (let round = 0; round < 2; round++) {
        const data = randomBytes(size);
        expect(nodeCodec.sha1(data)).toBe(createHash('sha1').update(data).digest('hex'));
      }
  });
});
