import { describe, expect, it } from '@jest/globals';
import { addDays } from '../../../src/core/dates/arithmetic';
import { taskState } from '../../../src/core/kinds/task';
import { aTask } from '../../builders/itemBuilders';

/*
 * Expected urgencies were recorded from Taskwarrior 2.6.2 (Debian `taskwarrior`), default taskrc
 * plus `urgency.inherit=0`, with the same tasks written relative to now:
 *   task add c1 due:now+3d; task 1 start          task add c2 due:now-2d priority:H
 *   task add c3 due:now+30d priority:L +a +b project:Home
 *   task add c4 entry:now-100d priority:M +a +b +c +d
 *   task add c5 scheduled:now-1d                  task add c6 due:now-10d
 *   task add c7; task add c8 depends:7            task add c9 wait:now+3d
 *   task add c10 due:now                          task add c11 due:now+14d
 *   task export   # the "urgency" of each
 */
const TODAY = '2026-11-28';
const day = (n: number) => addDays(TODAY, n);
const CASES: [string, Record<string, unknown>, { blockedBy: number; blocking: number }, number][] = [
  ['active, due in 3 days', { due: day(3), status: 'doing' }, { blockedBy: 0, blocking: 0 }, 11.4286],
  ['high priority, 2 days overdue', { due: day(-2), priority: 'high' }, { blockedBy: 0, blocking: 0 }, 15.7143],
  ['low priority, 2 tags, a project, due in 30 days', { due: day(30), priority: 'low', tags: ['a', 'b'], project: 'Home' }, { blockedBy: 0, blocking: 0 }, 6.1],
  ['medium priority, 4 tags, 100 days old', { created: day(-100), priority: 'medium', tags: ['a', 'b', 'c', 'd'] }, { blockedBy: 0, blocking: 0 }, 5.4479],
  ['scheduled yesterday', { scheduled: day(-1) }, { blockedBy: 0, blocking: 0 }, 5],
  ['10 days overdue', { due: day(-10) }, { blockedBy: 0, blocking: 0 }, 12],
  ['blocking another task', {}, { blockedBy: 0, blocking: 1 }, 8],
  ['blocked by another task', { depends: '[[c7]]' }, { blockedBy: 1, blocking: 0 }, -5],
  ['waiting (start ahead)', { start: day(3) }, { blockedBy: 0, blocking: 0 }, -3],
  ['due today', { due: day(0) }, { blockedBy: 0, blocking: 0 }, 8.8],
  ['due in 14 days', { due: day(14) }, { blockedBy: 0, blocking: 0 }, 2.4],
];

describe('task urgency against Taskwarrior 2.6.2', () => {
  it.each(CASES)('matches for a task %s', (_name, fields, ctx, expected) => {
    const b = aTask();
    for (const [k, v] of Object.entries(fields)) b.with(k, v);
    expect(taskState(b.item<'task'>(), TODAY, ctx).urgency).toBeCloseTo(expected, 2);
  });
});
