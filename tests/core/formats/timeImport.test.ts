import { describe, expect, it } from '@jest/globals';
import { planTimeImport, type IncomingTime } from '../../../src/core/formats/timeImport';
import { parseCsv } from '../../../src/core/formats/toggl';

const NOTE = '---\nstack: task\ntime:\n  - 2026-11-02 09:00:30/2026-11-02T10:30\n---\n';
const entry = (start: string, end?: string): IncomingTime => ({
  names: ['Work', 'Write report'],
  start,
  ...(end === undefined ? {} : { end }),
  tags: [],
  label: 'entry 1',
});
const plan = (entries: IncomingTime[]) =>
  planTimeImport({
    entries,
    notes: [
      { path: 'Tasks/Write report.md', title: 'Write report', rawTime: ['2026-11-02 09:00:30/2026-11-02T10:30'] },
    ],
    readText: () => NOTE,
    isTaken: () => false,
    folder: 'Tasks',
    today: '2026-12-03',
  });

describe('planTimeImport', () => {
  it('matches an interval already written another way (seconds, a space) as unchanged', () => {
    expect(plan([entry('2026-11-02T09:00', '2026-11-02T10:30')]).notes).toEqual([
      { action: 'unchanged', path: 'Tasks/Write report.md', title: 'Write report' },
    ]);
  });

  it('reports a conflict for the same start with another end, and leaves the note', () => {
    expect(plan([entry('2026-11-02T09:00', '2026-11-02T11:00')]).notes).toEqual([
      {
        action: 'conflict',
        path: 'Tasks/Write report.md',
        title: 'Write report',
        conflicts: [
          {
            field: 'time',
            vault: '2026-11-02 09:00:30/2026-11-02T10:30',
            incoming: '2026-11-02T09:00/2026-11-02T11:00',
          },
        ],
      },
    ]);
  });

  it('appends new intervals keeping the entries as written', () => {
    const planned = plan([entry('2026-11-03T09:00', '2026-11-03T09:30')]).notes[0];
    expect(planned?.action === 'update' && planned.text).toBe(
      '---\nstack: task\ntime:\n  - 2026-11-02 09:00:30/2026-11-02T10:30\n  - 2026-11-03T09:00/2026-11-03T09:30\n---\n',
    );
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });
});
