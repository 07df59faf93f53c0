import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAsync } from '../../../src/cli/run';
import { MemoryIo } from '../support/MemoryIo';
import { TempVault } from '../support/TempVault';
import { completeWithEmacs, emacsAvailability, readOrgWithEmacs } from '../../support/emacsOrg';
import { aTask } from '../../builders/itemBuilders';
import { addDays } from '../../../src/core/dates/arithmetic';
import { nextOccurrence } from '../../../src/core/kinds/task';

const tools = emacsAvailability();
if (!tools.run) console.warn(tools.reason);
const describeEmacs = tools.run ? describe : describe.skip;

const ts = (
  raw: string,
  date: string,
  time: string | null = null,
  repeater: [string, number, string] | null = null,
): Record<string, unknown> => ({
  raw,
  date,
  time,
  repeaterType: repeater?.[0] ?? null,
  repeaterValue: repeater?.[1] ?? null,
  repeaterUnit: repeater?.[2] ?? null,
});

describeEmacs('vault-stack export org (read back by Emacs org-element)', () => {
  let vault: TempVault;
  beforeAll(() => {
    vault = new TempVault();
    vault
      .note('Tasks/Pay rent.md', [
        'stack: task',
        'project: "[[Home]]"',
        'priority: high',
        'due: 2026-12-01',
        'every: month',
        'tags: [money, area/home]',
      ])
      .note('Tasks/Water plants.md', [
        'stack: task',
        'project: Home',
        'status: doing',
        'scheduled: 2026-12-04T08:30',
        'due: 2026-12-05T18:00',
        'every: 3 days when done',
        'priority: low',
        'time: [2026-12-01T08:00/2026-12-01T08:20, 2026-12-02T08:00/2026-12-02T09:05]',
      ])
      .note('Tasks/Standup.md', ['stack: task', 'project: Work', 'due: 2026-12-07T09:30', 'every: weekday'])
      .note('Tasks/Old report.md', [
        'stack: task',
        'project: Work',
        'status: done',
        'done: 2026-11-20',
        'priority: medium',
      ])
      .note('Tasks/Call bank.md', ['stack: task', 'status: waiting', 'start: 2026-12-10', 'tags: [client-x]'])
      .note('Tasks/Dropped.md', ['stack: task', 'status: cancelled', 'done: 2026-11-02'])
      .note('Habits/Run.md', ['stack: habit'])
      // An Obsidian Tasks inline task with its time on ⏱ sub-items.
      .write('Week.md', '- [ ] Ring the plumber 📅 2026-12-08\n    - ⏱ 2026-12-03T10:00/2026-12-03T10:10\n');
  });
  afterAll(() => vault.remove());

  it('writes every task as a headline that org-element reads back with its dates, keyword, priority, tags and repeater', async () => {
    const io = new MemoryIo(vault.root);
    const code = await runAsync(['export', 'org', vault.root, '--no-cache'], io);
    expect(code).toBe(0);
    expect(io.err).toContain('7 tasks as Org headlines');
    expect(io.err).toContain('Tasks/Standup.md: Org has no repeater for "every: weekday"');
    const file = join(vault.root, 'tasks.org');
    writeFileSync(file, io.out);
    const read = readOrgWithEmacs(file);
    const byId = new Map(read.map((r) => [r.id, r]));
    expect(read).toHaveLength(7);
    expect(byId.get('Week.md#L1')).toMatchObject({
      title: 'Ring the plumber',
      keyword: 'TODO',
      parent: 'No project',
      clocks: ['[2026-12-03 Thu 10:00]--[2026-12-03 Thu 10:10] 0:10'],
    });
    expect(byId.get('Tasks/Pay rent.md')).toEqual({
      title: 'Pay rent',
      keyword: 'TODO',
      todoType: 'todo',
      priority: 'A',
      tags: ['money', 'area_home'],
      parent: 'Home',
      id: 'Tasks/Pay rent.md',
      scheduled: null,
      deadline: ts('<2026-12-01 Tue ++1m>', '2026-12-01', null, ['catch-up', 1, 'month']),
      closed: null,
      clocks: [],
    });
    expect(byId.get('Tasks/Water plants.md')).toMatchObject({
      keyword: 'DOING',
      todoType: 'todo',
      priority: 'C',
      parent: 'Home',
      scheduled: ts('<2026-12-04 Fri 08:30 .+3d>', '2026-12-04', '08:30', ['restart', 3, 'day']),
      deadline: ts('<2026-12-05 Sat 18:00 .+3d>', '2026-12-05', '18:00', ['restart', 3, 'day']),
      clocks: [
        '[2026-12-02 Wed 08:00]--[2026-12-02 Wed 09:05] 1:05',
        '[2026-12-01 Tue 08:00]--[2026-12-01 Tue 08:20] 0:20',
      ],
    });
    expect(byId.get('Tasks/Standup.md')).toMatchObject({
      keyword: 'TODO',
      parent: 'Work',
      deadline: ts('<2026-12-07 Mon 09:30>', '2026-12-07', '09:30'),
    });
    expect(byId.get('Tasks/Old report.md')).toMatchObject({
      keyword: 'DONE',
      todoType: 'done',
      priority: 'B',
      closed: ts('[2026-11-20 Fri]', '2026-11-20'),
    });
    expect(byId.get('Tasks/Call bank.md')).toMatchObject({
      keyword: 'WAITING',
      tags: ['client_x'],
      parent: 'No project',
    });
    expect(byId.get('Tasks/Dropped.md')).toMatchObject({
      keyword: 'CANCELLED',
      todoType: 'done',
      parent: 'No project',
    });
    // Projects in name order, tasks without one last.
    expect([...new Set(read.map((r) => r.parent))]).toEqual(['Home', 'Work', 'No project']);
  });
});

describeEmacs("Org's repeaters move a completed task where completing it here does", () => {
  // Emacs's date primitives read the real clock, so both sides complete the tasks today.
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const tasks: Record<string, string[]> = {
    'Tasks/Weekly review.md': ['stack: task', `due: ${addDays(today, -8)}`, 'every: week'],
    'Tasks/Water plants.md': ['stack: task', `due: ${addDays(today, -2)}T18:00`, 'every: 3 days when done'],
    'Tasks/Pay rent.md': ['stack: task', `due: ${addDays(today, -40)}`, 'every: month'],
    'Tasks/Stretch.md': ['stack: task', `scheduled: ${addDays(today, 1)}T07:00`, 'every: 2 weeks'],
    'Tasks/Renew licence.md': ['stack: task', `due: ${addDays(today, -3)}`, 'every: year'],
  };
  let vault: TempVault;
  beforeAll(() => {
    vault = new TempVault();
    for (const [path, lines] of Object.entries(tasks)) vault.note(path, lines);
  });
  afterAll(() => vault.remove());

  it('gives the same next dates as completeTask for ++ (plain) and .+ (when done) repeaters', async () => {
    const io = new MemoryIo(vault.root);
    expect(await runAsync(['export', 'org', vault.root, '--no-cache'], io)).toBe(0);
    const file = join(vault.root, 'tasks.org');
    writeFileSync(file, io.out);
    const completed = completeWithEmacs(file, today);
    expect(completed).toHaveLength(Object.keys(tasks).length);
    for (const done of completed) {
      const lines = tasks[done.id] ?? [];
      const fm = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
      const item = Object.entries(fm)
        .reduce((b, [k, v]) => b.with(k, v), aTask().at(done.id))
        .item<'task'>();
      const next = nextOccurrence(item.data, today);
      const orgDate = (ts: string | null): string | null => {
        const m = ts === null ? null : /^<(\d{4}-\d{2}-\d{2})(?: \w+)?(?: (\d{2}:\d{2}))?/.exec(ts);
        return m === null ? null : m[2] === undefined ? (m[1] ?? null) : `${m[1]}T${m[2]}`;
      };
      expect({
        id: done.id,
        keyword: done.keyword,
        due: orgDate(done.deadline),
        scheduled: orgDate(done.scheduled),
      }).toEqual({
        id: done.id,
        keyword: 'TODO',
        due: next?.due ?? null,
        scheduled: next?.scheduled ?? null,
      });
    }
  });
});
