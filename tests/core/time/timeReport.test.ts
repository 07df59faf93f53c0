import { describe, expect, it } from '@jest/globals';
import { aHabit, aTask } from '../../builders/itemBuilders';
import { timeReport } from '../../../src/core/time';

const items = [
  aTask()
    .at('Tasks/Site.md')
    .with('title', 'Site')
    .with('project', '[[Website]]')
    .with('tags', ['work', 'web'])
    .with('time', ['2026-11-29T22:00/2026-11-30T01:00', '2026-12-02T09:00/2026-12-02T10:00'])
    .item(),
  aTask()
    .at('Tasks/Taxes.md')
    .with('title', 'Taxes')
    .with('time', ['2026-12-01T14:00/2026-12-01T14:30', '2026-12-03T11:00/..'])
    .item(),
  aHabit()
    .at('Habits/Run.md')
    .with('title', 'Run')
    .with('tags', 'health')
    .with('time', '2026-12-01T07:00/2026-12-01T07:40')
    .item(),
];
const NOW = '2026-12-03T11:20';

describe('timeReport', () => {
  it('sums time per item, running timers up to now', () => {
    const r = timeReport(items, { by: 'item', now: NOW });
    expect(r.rows.map((row) => [row.label, row.minutes])).toEqual([
      ['Site', 240],
      ['Taxes', 50],
      ['Run', 40],
    ]);
    expect(r.totalMinutes).toBe(330);
  });

  it('groups by project and tag (an item with two tags counts in both)', () => {
    expect(timeReport(items, { by: 'project', now: NOW }).rows.map((r) => [r.label, r.minutes])).toEqual([
      ['Website', 240],
      ['(no project)', 90],
    ]);
    expect(timeReport(items, { by: 'tag', now: NOW }).rows.map((r) => [r.label, r.minutes])).toEqual([
      ['#web', 240],
      ['#work', 240],
      ['(no tag)', 50],
      ['#health', 40],
    ]);
  });

  it('splits an interval across midnight into the weeks it falls in, weeks in order', () => {
    expect(timeReport(items, { by: 'week', now: NOW }).rows.map((r) => [r.label, r.minutes])).toEqual([
      ['week of 2026-11-23', 120],
      ['week of 2026-11-30', 210],
    ]);
  });

  it('counts only the part of each interval inside --from and --to', () => {
    const r = timeReport(items, { by: 'item', from: '2026-11-30', to: '2026-12-01', now: NOW });
    expect(r.rows.map((row) => [row.label, row.minutes])).toEqual([
      ['Site', 60],
      ['Run', 40],
      ['Taxes', 30],
    ]);
    expect(r.totalMinutes).toBe(130);
  });
});
