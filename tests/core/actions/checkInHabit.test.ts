import { describe, expect, it } from '@jest/globals';
import { checkInHabit } from '../../../src/core/actions/checkInHabit';
import { applyPlan, dataOf, noteText } from './actionNote';

const TODAY = '2026-11-28';

const meditate = (log: readonly string[]): string =>
  noteText(
    ['stack: habit # since spring', 'goal: daily', '# one date per line', 'log:', ...log, 'started: 2026-03-01'],
    ['## Why', '', 'Calm.'],
  );

describe('checkInHabit', () => {
  it('appends today to the log as a new line at the log indentation', () => {
    const text = meditate(['  - 2026-11-26', '  - 2026-11-27 # evening']);
    const { text: after, summary } = applyPlan(text, checkInHabit(dataOf(text, 'habit'), {}, TODAY));
    expect(after).toBe(meditate(['  - 2026-11-26', '  - 2026-11-27 # evening', '  - 2026-11-28']));
    expect(summary).toBe('checked in 2026-11-28');
  });

  it('changes nothing when the day is already checked in', () => {
    const text = meditate(['  - 2026-11-28']);
    const plan = checkInHabit(dataOf(text, 'habit'), {}, TODAY);
    expect(plan).toEqual({ ok: true, edits: [], summary: 'already checked in 2026-11-28' });
    expect(applyPlan(text, plan).text).toBe(text);
  });

  it('checks in an earlier day given as an argument', () => {
    const text = noteText(['stack: habit', 'goal: 3/week', 'log: [2026-11-20]']);
    const { text: after } = applyPlan(text, checkInHabit(dataOf(text, 'habit'), { day: '2026-11-25' }, TODAY));
    expect(after).toBe(noteText(['stack: habit', 'goal: 3/week', 'log: [2026-11-20, 2026-11-25]']));
  });

  it('creates the log on the first check-in', () => {
    const text = noteText(['stack: habit', 'goal: [mon, wed] # gym days']);
    const { text: after } = applyPlan(text, checkInHabit(dataOf(text, 'habit'), {}, TODAY));
    expect(after).toBe(noteText(['stack: habit', 'goal: [mon, wed] # gym days', 'log:', '  - 2026-11-28']));
  });

  it('undoes a check-in by removing that line', () => {
    const text = meditate(['  - 2026-11-27 # evening', '  - 2026-11-28']);
    const { text: after, summary } = applyPlan(text, checkInHabit(dataOf(text, 'habit'), { undo: true }, TODAY));
    expect(after).toBe(meditate(['  - 2026-11-27 # evening']));
    expect(summary).toBe('check-in on 2026-11-28 undone');
  });

  it('changes nothing when undoing a day that was not checked in', () => {
    const text = meditate(['  - 2026-11-27']);
    expect(checkInHabit(dataOf(text, 'habit'), { undo: true }, TODAY)).toEqual({
      ok: true,
      edits: [],
      summary: 'not checked in on 2026-11-28',
    });
  });

  it('refuses a future day and a day that is not a date', () => {
    const data = dataOf(meditate(['  - 2026-11-27']), 'habit');
    expect(checkInHabit(data, { day: '2026-11-29' }, TODAY)).toEqual({
      ok: false,
      field: 'log',
      message: '2026-11-29 is in the future (today is 2026-11-28)',
    });
    expect(checkInHabit(data, { day: '2026-02-30' }, TODAY)).toEqual({
      ok: false,
      field: 'log',
      message: '"2026-02-30" is not a date (expected YYYY-MM-DD)',
    });
  });
});
