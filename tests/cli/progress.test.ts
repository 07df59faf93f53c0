import { describe, expect, it } from '@jest/globals';
import { Progress } from '../../src/cli/progress';
import { MemoryIo } from './support/MemoryIo';

/** Drives a Progress over `total` files, advancing a fake clock `msPerFile` per file. */
function drive(total: number, msPerFile: number, tty: boolean): string {
  const io = new MemoryIo('/', { tty });
  let clock = 0;
  const progress = new Progress(io, 'reading', total, () => clock);
  for (let i = 0; i < total; i++) {
    clock += msPerFile;
    progress.update(i);
  }
  progress.finish();
  return io.err;
}

describe('Progress', () => {
  it('draws on a terminal for a large vault and clears the line at the end', () => {
    const err = drive(5000, 0.1, true);

    expect(err).toContain('\rreading 1,024/5,000 notes');
    expect(err.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('stays silent when stderr is not a terminal', () => {
    expect(drive(5000, 0.1, false)).toBe('');
  });

  it('stays silent for a small, fast vault but speaks once a run passes a second', () => {
    expect(drive(1000, 0.1, true)).toBe('');
    expect(drive(1000, 5, true)).toContain('notes');
  });
});
