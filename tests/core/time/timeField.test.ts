import { describe, expect, it } from '@jest/globals';
import { aHabit, aTask } from '../../builders/itemBuilders';
import { formatMinutes, intervalMinutes, parseTimeInterval } from '../../../src/core/time';

describe('the time field', () => {
  it('reads closed and running intervals on a task', () => {
    const item = aTask()
      .with('time', [
        '2026-12-01T09:00/2026-12-01T10:30',
        '2026-12-02 14:00:10/2026-12-02T14:45',
        '2026-12-03T08:00/..',
      ])
      .item<'task'>();
    expect(item.data.time).toEqual([
      { start: '2026-12-01T09:00', end: '2026-12-01T10:30', text: '2026-12-01T09:00/2026-12-01T10:30' },
      { start: '2026-12-02T14:00', end: '2026-12-02T14:45', text: '2026-12-02 14:00:10/2026-12-02T14:45' },
      { start: '2026-12-03T08:00', text: '2026-12-03T08:00/..' },
    ]);
  });

  it('reads time on a habit, and a single interval written without a list', () => {
    const item = aHabit().with('time', '2026-12-01T06:30/2026-12-01T06:50').item<'habit'>();
    expect(item.data.time).toEqual([
      { start: '2026-12-01T06:30', end: '2026-12-01T06:50', text: '2026-12-01T06:30/2026-12-01T06:50' },
    ]);
  });

  it('leaves time out when the note has none', () => {
    expect(aTask().item<'task'>().data.time).toBeUndefined();
  });

  it('reports each bad interval on its entry, clearly, and keeps the good ones', () => {
    const result = aTask()
      .with('time', [
        '2026-12-01T09:00/2026-12-01T08:00',
        '2026-12-01/2026-12-01T10:00',
        '2026-12-01T09:00',
        '2026-13-01T09:00/..',
        42,
        '2026-12-02T09:00/..',
        '2026-12-03T09:00/..',
        '2026-12-04T09:00/2026-12-04T09:30',
      ])
      .parse();
    const messages = result.problems.map((p) => `${p.field}: ${p.message}`);
    expect(messages).toEqual([
      'time[0]: "2026-12-01T09:00/2026-12-01T08:00" ends before it starts',
      'time[1]: "2026-12-01/2026-12-01T10:00": its start "2026-12-01" needs a time of day (YYYY-MM-DDTHH:mm)',
      'time[2]: "2026-12-01T09:00" is not a time interval (expected YYYY-MM-DDTHH:mm/YYYY-MM-DDTHH:mm, or YYYY-MM-DDTHH:mm/.. while the timer runs)',
      expect.stringContaining('time[3]: "2026-13-01T09:00/..": its start "2026-13-01T09:00" is not a datetime'),
      expect.stringContaining('time[4]: 42 is not a time interval'),
      'time[6]: is a second running timer (one has run since 2026-12-02T09:00): give one of them an end (start/end)',
    ]);
    expect(result.item?.data.type === 'task' && result.item.data.time?.map((t) => t.text)).toEqual([
      '2026-12-02T09:00/..',
      '2026-12-04T09:00/2026-12-04T09:30',
    ]);
  });

  it('measures intervals on the wall clock, a running one up to now', () => {
    const closed = parseTimeInterval('2026-12-01T23:30/2026-12-02T01:15');
    const running = parseTimeInterval('2026-12-03T09:00/..');
    if (!closed.ok || !running.ok) throw new Error('fixture');
    expect(intervalMinutes(closed.value, '2026-12-09T00:00')).toBe(105);
    expect(intervalMinutes(running.value, '2026-12-03T09:40')).toBe(40);
    expect(intervalMinutes(running.value, '2026-12-03T08:00')).toBe(0);
    expect([45, 60, 90, 725].map(formatMinutes)).toEqual(['45m', '1h', '1h 30m', '12h 5m']);
  });
});
