import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { CliError } from '../../src/cli/CliError';
import { readCappedFile } from '../../src/cli/readCappedFile';
import { MemoryIo } from './support/MemoryIo';

const EXAMPLE_VAULT = join(__dirname, '..', '..', 'examples', 'vault');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'vault-stack-capped-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('readCappedFile', () => {
  it('reads a file within the cap whole', () => {
    const file = join(work, 'small.css');
    writeFileSync(file, 'a { color: red }\n'.repeat(5000));

    expect(readCappedFile(file, 'the stylesheet', 1024 * 1024)).toBe('a { color: red }\n'.repeat(5000));
  });

  it('stops one byte past the cap of an endless input (/dev/zero) with a CliError naming it', () => {
    const read = (): string => readCappedFile('/dev/zero', 'the stylesheet', 1024 * 1024);

    expect(read).toThrow(CliError);
    expect(read).toThrow('the stylesheet /dev/zero is larger than 1.0 MB; not read');
  });

  it('refuses a file exactly one byte over the cap and accepts one at the cap', () => {
    const at = join(work, 'at.txt');
    const over = join(work, 'over.txt');
    writeFileSync(at, 'x'.repeat(100));
    writeFileSync(over, 'x'.repeat(101));

    expect(readCappedFile(at, 'the file', 100)).toHaveLength(100);
    expect(() => readCappedFile(over, 'the file', 100)).toThrow('is larger than');
  });
});

describe('vault-stack render with an endless stylesheet', () => {
  it('exits 2 with a clear message for --styles /dev/zero, and for a link to /dev/urandom, instead of running out of memory', () => {
    const link = join(work, 'random.css');
    symlinkSync('/dev/urandom', link);
    const outcomes = ['/dev/zero', link].map((styles) => {
      const io = new MemoryIo(work, { cacheHome: join(work, 'cache') });
      const code = run(
        ['render', EXAMPLE_VAULT, '--out', join(work, 'page.html'), '--styles', styles, '--no-cache'],
        io,
      );
      return { code, err: io.err };
    });

    expect(outcomes[0]).toEqual({
      code: 2,
      err: 'vault-stack: the stylesheet /dev/zero is larger than 8.0 MB; not read\ncheck that the path names the file you meant\n',
    });
    expect(outcomes[1].code).toBe(2);
    expect(outcomes[1].err).toContain(`the stylesheet ${link} is larger than 8.0 MB`);
  });
});
