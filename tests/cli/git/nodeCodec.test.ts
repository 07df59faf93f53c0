import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inflateSync } from 'node:zlib';
import { nodeCodec } from '../../../src/cli/git/nodeCodec';

describe('nodeCodec', () => {
  it('deflates loose objects at level 1, as native git does by default', () => {
    const raw = new TextEncoder().encode(`blob 2000\0${'vault stack note '.repeat(125)}`);
    const deflated = nodeCodec.deflate(raw) as Uint8Array;
    // zlib header: CMF 0x78, FLG level bits 0 (fastest) → 0x01.
    expect([deflated[0], deflated[1]]).toEqual([0x78, 0x01]);
    expect(new Uint8Array(inflateSync(deflated))).toEqual(raw);
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
