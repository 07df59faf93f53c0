import { describe, expect, it } from '@jest/globals';
import { parseQuery } from '../../../src/core/query/parseQuery';
import { runQuery } from '../../../src/core/query/runQuery';
import { displayValue } from '../../../src/core/query/Value';
import { aHabit, aTask } from '../../builders/itemBuilders';
import { CLOCK } from './evaluate';

describe('the Time summary in stack blocks', () => {
  const items = [
    aTask().at('T/A.md').with('time', ['2026-11-27T09:00/2026-11-27T10:30', '2026-11-28T09:00/..']).item(),
    aHabit().at('H/B.md').with('time', '2026-11-26T18:00/2026-11-26T18:45').item(),
    aTask().at('T/C.md').item(),
  ];

  it('totals the time lists of the rows shown, a running timer up to now', () => {
    const parsed = parseQuery(
      'group: workflow\nviews: [{ type: table, order: [file.basename, time], summaries: { time: Time } }]',
    );
    if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
    const result = runQuery(parsed.query, items, CLOCK);
    // 90 + 30 (running since 09:00, now 09:30) + 45 minutes.
    expect(result.summaries.map((s) => [s.id, s.name, s.value])).toEqual([
      ['time', 'Time', { type: 'duration', months: 0, minutes: 165 }],
    ]);
    expect(displayValue(result.summaries[0]?.value ?? null)).not.toBe('');
  });

  it('is empty when no row tracked time', () => {
    const parsed = parseQuery(
      'kind: task\nfilters: \'file.basename == "C"\'\nviews: [{ type: table, order: [time], summaries: { time: time } }]',
    );
    if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
    expect(runQuery(parsed.query, items, CLOCK).summaries[0]?.value).toBeNull();
  });
});
