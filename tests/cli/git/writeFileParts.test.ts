import { describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { syncFs } from '../../../src/cli/git/syncFs';
import { nodeCodec } from '../../../src/cli/git/nodeCodec';
import { createHash } from 'node:crypto';
import type { GitFs } from '../../../src/git/GitFs';

/** The CLI's fs as the git layer sees it. */
const fsp = (syncFs as unknown as GitFs).promises;

describe('writing a file in parts', () => {
  test('the file holds the parts one after another (empty parts, over a longer file, more parts than one writev takes)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parts-'));
    const file = path.join(dir, 'index');
    fs.writeFileSync(file, 'x'.repeat(100_000));
    const parts = Array.from({ length: 2500 }, (_, i) => new Uint8Array(i % 7).fill(i % 251));
    parts.push(new Uint8Array(3 << 20).fill(9));
    await fsp.writeFileParts!(file, parts);
    const expected = Buffer.concat(parts);
    expect(fs.readFileSync(file).equals(expected)).toBe(true);
    expect(nodeCodec.sha1Parts!(parts)).toBe(createHash('sha1').update(expected).digest('hex'));
  });

  test('a missing folder fails with ENOENT, as writeFile does', async () => {
    const missing = path.join(os.tmpdir(), 'no-such-folder-for-parts', 'index');
    await expect(fsp.writeFileParts!(missing, [new Uint8Array(1)])).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
