import { describe, expect, it } from '@jest/globals';
import { emptyImportState } from '../../../src/core/formats/ImportState';
import { planTaskwarriorImport } from '../../../src/core/formats/planTaskwarriorImport';
import {
  derivedTaskUuid,
  fixedOffsetZone,
  readTaskwarrior,
  taskwarriorTaskOf,
} from '../../../src/core/formats/taskwarrior';
import { localVaultDate, readTaskwarriorDate, taskwarriorDateOf } from '../../../src/core/formats/taskwarriorDates';
import { everyOf } from '../../../src/core/formats/taskwarriorTarget';
import { aTask } from '../../builders/itemBuilders';

const U1 = '296d835e-8f85-4224-8f36-c612cad1b9f8';
const U2 = 'a1111111-a111-4111-a111-a11111111111';
const BERLIN_WINTER = fixedOffsetZone(60);

describe('Taskwarrior dates', () => {
  it('reads 20261201T000000Z, the same without Z, and epoch seconds', () => {
    const minutes = readTaskwarriorDate('20261201T000000Z');
    expect(minutes).not.toBeNull();
    expect(readTaskwarriorDate('20261201T000000')).toBe(minutes);
    expect(readTaskwarriorDate(String((minutes ?? 0) * 60))).toBe(minutes);
  });

  it('refuses what is not a date', () => {
    for (const bad of ['2026-12-01', '20261301T000000Z', '20260231T000000Z', '20261201T250000Z', 'tomorrow'])
      expect(readTaskwarriorDate(bad)).toBeNull();
  });

  it('turns UTC into local vault dates: a local midnight is a plain date', () => {
    expect(localVaultDate(readTaskwarriorDate('20261130T230000Z') ?? 0, BERLIN_WINTER)).toBe('2026-12-01');
    expect(localVaultDate(readTaskwarriorDate('20261201T133045Z') ?? 0, BERLIN_WINTER)).toBe('2026-12-01T14:30');
  });

  it('turns local vault dates into UTC, a date being its local midnight', () => {
    expect(taskwarriorDateOf('2026-12-01', BERLIN_WINTER)).toBe('20261130T230000Z');
    expect(taskwarriorDateOf('2026-12-01T14:30', fixedOffsetZone(-300))).toBe('20261201T193000Z');
  });
});

describe('reading Taskwarrior JSON', () => {
  it('reads what task export writes, depends as an array or the 2.5 comma string', () => {
    const text = [
      '[',
      `{"id":3,"description":"Renew TLS cert","due":"20261128T120000Z","entry":"20261101T090000Z","status":"pending","uuid":"${U1}","tags":["cert"],"depends":["${U2}"],"urgency":14.9},`,
      `{"id":4,"description":"Other","entry":"20261101T090000Z","status":"pending","uuid":"${U2.toUpperCase()}","depends":"${U1}"}`,
      ']',
    ].join('\n');
    const read = readTaskwarrior(text);
    expect(read.problems).toEqual([]);
    expect(read.tasks.map((t) => [t.uuid, t.depends])).toEqual([
      [U1, [U2]],
      [U2, [U1]],
    ]);
    expect(read.tasks.map((_, i) => read.labelOf(i))).toEqual(['entry 1', 'entry 2']);
  });

  it('reads one object per line, and a single object', () => {
    const line = (u: string) => `{"uuid":"${u}","description":"x","status":"pending"}`;
    const lines = readTaskwarrior(`${line(U1)}\n\n${line(U2)}\n`);
    expect(lines.tasks.map((_, i) => lines.labelOf(i))).toEqual(['line 1', 'line 3']);
    expect(readTaskwarrior(line(U1)).tasks).toHaveLength(1);
  });

  it('names the entry of every problem and returns no task then', () => {
    const text = JSON.stringify([
      { uuid: U1, description: 'ok', status: 'pending' },
      { description: 'no uuid', status: 'pending' },
      { uuid: U2, description: 'bad date', status: 'pending', due: '2026-12-01' },
      { uuid: U2, description: 'bad priority', status: 'pending', priority: 'X' },
      { uuid: 'nope', description: 'bad uuid' },
      { uuid: U2, description: '', status: 'pending' },
      { uuid: U2, description: 'bad status', status: 'open' },
      { uuid: U2, description: 'bad depends', depends: ['x'] },
    ]);
    const read = readTaskwarrior(text);
    expect(read.tasks).toEqual([]);
    expect(read.problems).toEqual([
      'entry 2: has no "uuid" (Taskwarrior would make a new task of it on every import)',
      'entry 3: "due" "2026-12-01" is not a Taskwarrior date (YYYYMMDDTHHMMSSZ, such as 20261201T000000Z)',
      'entry 4: "priority" "X" is not H, M or L',
      'entry 5: "uuid" "nope" is not a uuid (8-4-4-4-12 hexadecimal digits)',
      'entry 6: has no "description"',
      'entry 7: "status" "open" is not one of pending, completed, deleted, waiting, recurring',
      'entry 8: "depends" has "x", which is not a uuid',
    ]);
  });

  it('names the line of a JSON syntax error', () => {
    const read = readTaskwarrior(`[\n{"uuid":"${U1}","description":"a"},\n{"uuid": oops}\n]`);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(/^line 3: not valid JSON/);
  });
});

describe('Taskwarrior recurrences', () => {
  it.each([
    ['weekly', 'week'],
    ['daily', 'day'],
    ['monthly', 'month'],
    ['yearly', 'year'],
    ['annual', 'year'],
    ['weekdays', 'weekday'],
    ['biweekly', '2 weeks'],
    ['quarterly', '3 months'],
    ['3wks', '3 weeks'],
    ['P14D', '14 days'],
    ['2d', '2 days'],
  ])('reads recur %s as every %s', (recur, every) => {
    expect(everyOf(recur)).toBe(every);
  });

  it('leaves out what a vault recurrence cannot say', () => {
    expect(everyOf('6h')).toBeUndefined();
    expect(everyOf('sometimes')).toBeUndefined();
  });
});

describe('writing Taskwarrior JSON', () => {
  const options = { zone: BERLIN_WINTER, resolveTask: () => undefined, now: '2026-12-03T09:00' };

  it('always writes a uuid: the note’s, else a stable one derived from the path', () => {
    const withUuid = aTask().at('Tasks/A.md').with('uuid', U1).item<'task'>();
    const without = aTask().at('Tasks/B.md').item<'task'>();
    expect(taskwarriorTaskOf(withUuid, options).uuid).toBe(U1);
    const derived = taskwarriorTaskOf(without, options).uuid;
    expect(derived).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derived).toBe(derivedTaskUuid('Tasks/B.md'));
    expect(derivedTaskUuid('Tasks/C.md')).not.toBe(derived);
  });

  it('writes a recurring task as one plain pending task with its due date, never a recur template', () => {
    const task = aTask().at('Tasks/Water plants.md').with('every', 'week').with('due', '2026-12-05').item<'task'>();
    const out = taskwarriorTaskOf(task, options);
    expect(out).toMatchObject({ status: 'pending', due: '20261204T230000Z' });
    expect(out).not.toHaveProperty('recur');
    expect(out).not.toHaveProperty('mask');
  });

  it('maps statuses, start to wait, done to end and priorities', () => {
    const done = aTask().at('Tasks/D.md').with('status', 'done').with('done', '2026-12-02').with('priority', 'low');
    expect(taskwarriorTaskOf(done.item<'task'>(), options)).toMatchObject({
      status: 'completed',
      end: '20261201T230000Z',
      priority: 'L',
    });
    const doing = aTask()
      .at('Tasks/E.md')
      .with('status', 'doing')
      .with('created', '2026-12-01')
      .with('start', '2026-12-09');
    expect(taskwarriorTaskOf(doing.item<'task'>(), options)).toMatchObject({
      status: 'pending',
      entry: '20261130T230000Z',
      start: '20261130T230000Z',
      wait: '20261208T230000Z',
    });
    const cancelled = aTask().at('Tasks/F.md').with('status', 'cancelled');
    expect(taskwarriorTaskOf(cancelled.item<'task'>(), options).status).toBe('deleted');
  });
});

describe('planning a Taskwarrior import', () => {
  const vault = {
    notes: [],
    readText: () => '',
    isTaken: () => false,
    folder: 'Tasks',
    today: '2026-12-03',
    last: emptyImportState(),
  };

  it('leaves recurring templates out with a notice and imports their instances', () => {
    const text = JSON.stringify([
      { uuid: U1, description: 'Water plants', status: 'recurring', recur: 'weekly', due: '20261204T230000Z' },
      {
        uuid: U2,
        description: 'Water plants',
        status: 'pending',
        recur: 'weekly',
        parent: U1,
        due: '20261204T230000Z',
      },
    ]);
    const plan = planTaskwarriorImport(text, vault, BERLIN_WINTER);
    expect(plan.notes.map((n) => n.action)).toEqual(['create']);
    expect(plan.notices).toEqual(['left out 1 recurring template (status "recurring"): their instances are the tasks']);
    const note = plan.notes[0];
    expect(note.action === 'create' && note.text).toContain('every: week');
    expect(note.action === 'create' && note.text).toContain('due: 2026-12-05');
  });

  it('plans nothing when an entry is bad', () => {
    const plan = planTaskwarriorImport('[{"description":"x"}]', vault, BERLIN_WINTER);
    expect(plan).toEqual({ notes: [], problems: [expect.stringMatching(/^entry 1: has no "uuid"/)] });
  });
});
