import { addDays as addLocalDays } from 'date-fns';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { localMoment } from '../../../src/cli/clock';
import { addDays } from '../../../src/core/dates/arithmetic';
import { taskState } from '../../../src/core/kinds/task';
import { aTask } from '../../builders/itemBuilders';
import { Taskwarrior, taskwarriorAvailability, taskwarriorDate } from '../../support/taskwarrior';

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
  [
    'low priority, 2 tags, a project, due in 30 days',
    { due: day(30), priority: 'low', tags: ['a', 'b'], project: 'Home' },
    { blockedBy: 0, blocking: 0 },
    6.1,
  ],
  [
    'medium priority, 4 tags, 100 days old',
    { created: day(-100), priority: 'medium', tags: ['a', 'b', 'c', 'd'] },
    { blockedBy: 0, blocking: 0 },
    5.4479,
  ],
  ['scheduled yesterday', { scheduled: day(-1) }, { blockedBy: 0, blocking: 0 }, 5],
  ['10 days overdue', { due: day(-10) }, { blockedBy: 0, blocking: 0 }, 12],
  ['blocking another task', {}, { blockedBy: 0, blocking: 1 }, 8],
  ['blocked by another task', { depends: '[[c7]]' }, { blockedBy: 1, blocking: 0 }, -5],
  ['waiting (start ahead)', { start: day(3) }, { blockedBy: 0, blocking: 0 }, -3],
  ['due today', { due: day(0) }, { blockedBy: 0, blocking: 0 }, 8.8],
  ['due in 14 days', { due: day(14) }, { blockedBy: 0, blocking: 0 }, 2.4],
  ['tagged next (task add c12 +next)', { tags: ['next'] }, { blockedBy: 0, blocking: 0 }, 15.8],
];

describe('task urgency against Taskwarrior 2.6.2', () => {
  it.each(CASES)('matches for a task %s', (_name, fields, ctx, expected) => {
    const b = aTask();
    for (const [k, v] of Object.entries(fields)) b.with(k, v);
    expect(taskState(b.item<'task'>(), TODAY, ctx).urgency).toBeCloseTo(expected, 2);
  });
});

/*
 * The same rule against the real `task` binary: tasks imported into a throwaway Taskwarrior with
 * dates relative to the clock, urgency read back from `task export`. Due dates are whole weeks
 * away (where Taskwarrior's seconds and our calendar days agree), tags include `next`.
 */
const tw = taskwarriorAvailability();
const describeTw = tw.run ? describe : describe.skip;
if (!tw.run) console.warn(tw.reason);

interface OracleCase {
  name: string;
  tags: string[];
  priority?: 'H' | 'M' | 'L';
  due?: number;
  ageDays?: number;
  project?: string;
  active?: boolean;
  scheduled?: number;
  dependsOn?: string;
}

function oracleCases(): OracleCase[] {
  const out: OracleCase[] = [];
  const tagSets = [['next'], ['next', 'a'], ['next', 'a', 'b'], ['a', 'next', 'b', 'c'], ['a'], []];
  const dues = [undefined, 20, -10];
  const priorities = [undefined, 'H', 'L'] as const;
  for (const [t, tags] of tagSets.entries()) {
    for (const due of dues) {
      for (const priority of priorities) {
        const n = out.length;
        out.push({
          name: `t${n}`,
          tags,
          due,
          priority,
          project: n % 2 === 0 ? 'Home' : undefined,
          ageDays: (t * 37 + n * 11) % 400,
        });
      }
    }
  }
  out.push({ name: 'active-next', tags: ['next'], active: true, due: 30 });
  out.push({ name: 'scheduled-next', tags: ['next', 'x'], scheduled: -1 });
  out.push({ name: 'blocker', tags: [] });
  out.push({ name: 'blocked-next', tags: ['next'], dependsOn: 'blocker' });
  return out;
}

describeTw('task urgency against the real Taskwarrior binary', () => {
  const cases = oracleCases();
  let exported: Map<string, number>;
  let today: string;

  beforeAll(() => {
    const now = new Date();
    // Whole local days (the same wall-clock time across a change of daylight saving time), as our urgency counts them.
    const at = (days: number): Date => addLocalDays(now, days);
    const local = (d: Date): string => localMoment(d).today;
    today = local(now);
    const uuid = (i: number): string => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const uuids = new Map(cases.map((c, i) => [c.name, uuid(i)]));
    const json = cases.map((c) => {
      const t: Record<string, unknown> = {
        uuid: uuids.get(c.name),
        description: c.name,
        status: 'pending',
        entry: taskwarriorDate(at(-(c.ageDays ?? 0))),
      };
      if (c.tags.length > 0) t.tags = c.tags;
      if (c.priority) t.priority = c.priority;
      if (c.due !== undefined) t.due = taskwarriorDate(at(c.due));
      if (c.project) t.project = c.project;
      if (c.active) t.start = taskwarriorDate(now);
      if (c.scheduled !== undefined) t.scheduled = taskwarriorDate(at(c.scheduled));
      if (c.dependsOn) t.depends = uuids.get(c.dependsOn);
      return t;
    });
    const task = new Taskwarrior();
    try {
      task.import(json);
      exported = new Map(task.export().map((t) => [t.description, t.urgency]));
    } finally {
      task.dispose();
    }
    // Our side reads the same dates as local calendar days.
    for (const c of cases)
      (c as OracleCase & { dates: Record<string, string> }).dates = {
        ...(c.due === undefined ? {} : { due: local(at(c.due)) }),
        ...(c.scheduled === undefined ? {} : { scheduled: local(at(c.scheduled)) }),
        created: local(at(-(c.ageDays ?? 0))),
      };
  });

  it('imports every case', () => {
    expect(exported.size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))('agrees to 3 decimals on %s', (name, c) => {
    const b = aTask().with('tags', c.tags);
    const dates = (c as OracleCase & { dates: Record<string, string> }).dates;
    for (const [k, v] of Object.entries(dates)) b.with(k, v);
    if (c.priority) b.with('priority', { H: 'high', M: 'medium', L: 'low' }[c.priority]);
    if (c.project) b.with('project', c.project);
    if (c.active) b.with('status', 'doing');
    const ctx = { blockedBy: c.dependsOn ? 1 : 0, blocking: cases.some((o) => o.dependsOn === name) ? 1 : 0 };
    const ours = taskState(b.item<'task'>(), today, ctx).urgency;
    expect(Math.abs(ours - (exported.get(name) ?? NaN))).toBeLessThan(0.0015);
  });
});
