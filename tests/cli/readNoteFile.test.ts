import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBytes, readNoteFile } from '../../src/cli/vault/readNoteFile';
import { TempVault } from './support/TempVault';

const KB = 1024;

/** Notes around the reader's buffer sizes (64 KB start, 1 MB kept), with and without `stack:`. */
function notes(): Record<string, string | Uint8Array> {
  const item = (bytes: number): string => {
    const head = '---\nstack: task\ndue: 2026-12-01\n---\n';
    return head + 'x'.repeat(bytes - head.length);
  };
  return {
    'empty.md': '',
    'small.md': item(300),
    'checklist.md': '# Tasks\n\n- [ ] Pay rent 📅 2026-12-01\n- [x] Call mum ✅ 2026-11-30\n',
    'exactly 64 KB.md': item(64 * KB),
    'one over 64 KB.md': item(64 * KB + 1),
    '200 KB.md': item(200 * KB),
    '2 MB.md': item(2048 * KB),
    'latin1.md': Buffer.from('---\nstack: task\ntitle: caf\xe9\n---\n', 'latin1'),
    'latin1 after 64 KB.md': Buffer.concat([Buffer.from(item(70 * KB)), Buffer.from([0xe9, 0x0a])]),
  };
}

describe('readNoteFile', () => {
  const vault = new TempVault();
  const files = notes();
  beforeAll(() => {
    for (const [name, content] of Object.entries(files)) vault.write(name, content);
  });
  afterAll(() => vault.remove());

  it('reads every note to what its bytes read to, with and without the fstat, in any order', () => {
    const names = Object.keys(files);
    // Large before small and back: a grown buffer must not leak bytes of the previous note.
    for (const order of [names, [...names].reverse()]) {
      for (const name of order) {
        const abs = join(vault.root, name);
        const expected = readBytes(name, readFileSync(abs));
        const size = readFileSync(abs).length;
        const withStat = readNoteFile(abs, name);
        const withoutStat = readNoteFile(abs, name, undefined, false);
        expect({ name, read: withStat.read, size: withStat.size }).toEqual({ name, read: expected, size });
        expect({ name, read: withoutStat.read, size: withoutStat.size }).toEqual({ name, read: expected, size });
        expect(withStat.mtimeMs).toBeGreaterThan(0);
        expect(withoutStat.mtimeMs).toBe(-1);
      }
    }
  });

  it('reads a note over the limit as its head only, with and without the fstat', () => {
    for (const [name, limit] of [
      ['200 KB.md', 100 * KB],
      ['one over 64 KB.md', 64 * KB],
      ['small.md', 100],
      ['2 MB.md', 1024 * KB],
    ] as const) {
      const abs = join(vault.root, name);
      const size = readFileSync(abs).length;
      const withStat = readNoteFile(abs, name, limit);
      const withoutStat = readNoteFile(abs, name, limit, false);
      expect(withStat.read).toEqual({
        type: 'invalid',
        problems: [expect.objectContaining({ message: expect.stringContaining('over the') })],
      });
      expect({ read: withoutStat.read, size: withoutStat.size }).toEqual({ read: withStat.read, size });
    }
  });

  it('makes a missing note a problem, not a throw', () => {
    const read = readNoteFile(join(vault.root, 'gone.md'), 'gone.md', undefined, false);
    expect(read).toEqual({
      size: -1,
      mtimeMs: -1,
      read: { type: 'invalid', problems: [expect.objectContaining({ message: 'could not be read (ENOENT)' })] },
    });
  });
});
