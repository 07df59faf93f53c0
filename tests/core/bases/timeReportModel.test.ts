import { describe, expect, it } from '@jest/globals';
import { groupOf, type BaseRow } from '../../../src/core/bases/BaseRow';
import { buildBaseTimeReport, periodDays } from '../../../src/core/bases/timeReportModel';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { readNote } from '../../../src/core/notes/readNote';

const NOTES: Record<string, string> = {
  'A.md': '---\nstack: task\ntime: [2026-11-30T23:00/2026-12-01T01:00]\n---\n',
  'B.md': '---\nstack: habit\ntime: [2026-11-20T08:00/2026-11-20T08:15, 2026-12-03T09:00/..]\n---\n',
  'W.md': '- [ ] Inline\n    - ⏱ 2026-12-02T10:00/2026-12-02T10:30\n',
  'Plain.md': '---\ntopic: x\n---\n',
};

function report(options: Partial<Parameters<typeof buildBaseTimeReport>[1]> = {}) {
  const index = new ItemIndex();
  for (const [path, text] of Object.entries(NOTES)) index.upsert(path, readNote(path, text));
  const rows: BaseRow[] = Object.keys(NOTES).map((path) => ({
    path,
    title: index.get(path)?.title ?? path,
    value: () => undefined,
    item: index.get(path),
  }));
  // The same note twice (two groups of a Base) counts once.
  return buildBaseTimeReport([groupOf('one', rows), groupOf('two', rows.slice(0, 1))], {
    by: 'item',
    period: 'all',
    today: '2026-12-03',
    now: '2026-12-03T10:00',
    inlineTasks: (path) => index.inlineTasks(path),
    ...options,
  });
}

describe('the Bases Time report model', () => {
  it('periods end today; a week starts on Monday, a month on the 1st', () => {
    expect(periodDays('all', '2026-12-03')).toEqual({});
    expect(periodDays('this-week', '2026-12-03')).toEqual({ from: '2026-11-30', to: '2026-12-03' });
    expect(periodDays('last-7-days', '2026-12-03')).toEqual({ from: '2026-11-27', to: '2026-12-03' });
    expect(periodDays('this-month', '2026-12-03')).toEqual({ from: '2026-12-01', to: '2026-12-03' });
    expect(periodDays('last-30-days', '2026-12-03')).toEqual({ from: '2026-11-04', to: '2026-12-03' });
  });

  it('counts each item once, with its inline tasks, a running timer up to now', () => {
    const model = report();
    expect(model.lines.map((l) => [l.key, l.minutes, l.percent, l.running])).toEqual([
      ['A.md', 120, 53, false],
      ['B.md', 75, 33, true],
      ['W.md#L1', 30, 13, false],
    ]);
    expect([model.total, model.timedItems, model.running, model.hidden]).toEqual(['3h 45m', 3, true, 0]);
  });

  it('clips intervals to the period, marks the running week, and cuts rows at maxRows', () => {
    const model = report({ by: 'week', period: 'this-month' });
    // A's interval starts on Nov 30: only its hour in December counts.
    expect(model.lines.map((l) => [l.label, l.minutes, l.running])).toEqual([['week of 2026-11-30', 150, true]]);
    expect([model.from, model.to]).toEqual(['2026-12-01', '2026-12-03']);
    const cut = report({ maxRows: 1 });
    expect([cut.lines.length, cut.hidden, cut.totalMinutes]).toEqual([1, 2, 225]);
  });
});
