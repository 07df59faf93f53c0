import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, differenceInCalendarDays } from '../../../src/core/dates/arithmetic';
import { addRecurrence, parseRecurrence } from '../../../src/core/dates/recurrence';
import { habitStats } from '../../../src/core/kinds/habit';
import { nextOccurrence } from '../../../src/core/kinds/task';
import { aHabit, aTask } from '../../builders/itemBuilders';

const TODAY = '2026-11-28';
const goal = fc.oneof(
  fc.constant('daily'),
  fc.integer({ min: 1, max: 7 }).map((n) => `${n}/week`),
  fc.integer({ min: 1, max: 5 }).map((n) => `${n}/month`),
  fc.subarray(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], { minLength: 1 }),
);
const offsets = fc.uniqueArray(fc.integer({ min: -120, max: 3 }), { maxLength: 60 });
const paused = fc.option(
  fc.oneof(
    fc.constant(true),
    fc.integer({ min: -60, max: 5 }).map((n) => addDays(TODAY, n)),
  ),
  { nil: undefined },
);

describe('habitStats invariants', () => {
  it('keeps streaks and rates within bounds, and a check-in today never lowers the current streak', () => {
    fc.assert(
      fc.property(goal, offsets, paused, (g, offs, p) => {
        const build = (extra: number[]) => {
          const b = aHabit()
            .with('goal', g)
            .with(
              'log',
              [...offs, ...extra].map((n) => addDays(TODAY, n)),
            );
          if (p !== undefined) b.with('paused', p);
          return b.item<'habit'>().data;
        };
        const before = habitStats(build([]), TODAY);
        const after = habitStats(build([0]), TODAY);
        for (const s of [before, after]) {
          expect(s.longestStreak).toBeGreaterThanOrEqual(s.currentStreak);
          expect(s.currentStreak).toBeGreaterThanOrEqual(0);
          expect(s.completionRate).toBeGreaterThanOrEqual(0);
          expect(s.completionRate).toBeLessThanOrEqual(1);
        }
        expect(after.doneToday).toBe(true);
        if (!after.paused) expect(after.currentStreak).toBeGreaterThanOrEqual(before.currentStreak);
        if (before.paused) expect(before.dueToday).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});

describe('nextOccurrence invariants', () => {
  it('lands on the first step after the completion date, as naive stepping from the due date does', () => {
    const every = fc.constantFrom(
      'day',
      'week',
      'month',
      'year',
      '2 days',
      '3 weeks',
      '2 months',
      '5 years',
      'weekday',
    );
    fc.assert(
      fc.property(
        every,
        fc.integer({ min: -400, max: 40 }),
        fc.integer({ min: -30, max: 30 }),
        (text, dueOffset, doneOffset) => {
          const due = addDays(TODAY, dueOffset);
          const doneOn = addDays(TODAY, doneOffset);
          const r = parseRecurrence(text);
          if (r === null) throw new Error('bad fixture');
          const next = nextOccurrence(aTask().with('due', due).with('every', text).item<'task'>().data, doneOn);
          let times = 1;
          let naive = addRecurrence(due, r, times);
          while (differenceInCalendarDays(naive, doneOn) <= 0)
            naive = r.unit === 'weekday' ? addRecurrence(naive, r) : addRecurrence(due, r, ++times);
          expect(next?.due).toBe(naive);
        },
      ),
      { numRuns: 500 },
    );
  });
});
