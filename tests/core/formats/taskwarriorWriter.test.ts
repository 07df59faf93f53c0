import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { derivedTaskUuid, writeTaskwarrior, type TimeZone } from '../../../src/core/formats/taskwarrior';
import { fixedOffsetZone, taskwarriorDateOf } from '../../../src/core/formats/taskwarriorDates';
import { basenameOf } from '../../../src/core/index/linkPath';
import type { ItemOf } from '../../../src/core/model/Item';
import { aTask } from '../../builders/itemBuilders';
import {
  derivedTaskUuidReference,
  taskwarriorDateOfReference,
  writeTaskwarriorReference,
} from './reference/taskwarriorReference';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const date = fc
  .record({
    y: fc.integer({ min: 1, max: 9999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
const dateTime = fc.oneof(
  date,
  fc
    .tuple(date, fc.integer({ min: 0, max: 1439 }))
    .map(([d, min]) => `${d}T${pad(Math.floor(min / 60))}:${pad(min % 60)}`),
);
/** Text with everything JSON escapes: quotes, backslashes, control characters, astral characters. */
const text = fc
  .array(fc.constantFrom('Pay', ' rent', '"', '\\', '\t', '\u0001', '\u007f', 'é', '😀', '\u2028', '/', "'", '<'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((p) => p.join('').trim())
  .filter((t) => t !== '' && !t.startsWith('"') && !t.startsWith("'"));
const uuid = fc.uuid().map((u) => u.toLowerCase());

/** A zone with a daylight saving jump, as real ones have. */
const DST: TimeZone = { offsetMinutesAt: (utc) => (Math.floor(utc / 1440) % 365 < 180 ? 60 : 120) };

const taskFields = fc.record(
  {
    title: text,
    status: fc.constantFrom('todo', 'doing', 'done', 'cancelled', 'waiting'),
    created: dateTime,
    due: dateTime,
    scheduled: dateTime,
    start: dateTime,
    done: date,
    priority: fc.constantFrom('high', 'medium', 'low'),
    project: fc.oneof(fc.constantFrom('Home', 'Work "x"', '[[Projects/Homelab]]', '[[Home]]')),
    tags: fc.uniqueArray(fc.constantFrom('home', 'next', 'a"b', 'x\\y', 'ü'), { maxLength: 3 }),
    uuid,
    depends: fc.array(fc.nat({ max: 9 }), { maxLength: 3 }),
  },
  { requiredKeys: ['title', 'status', 'tags', 'depends'] },
);

type Fields = typeof taskFields extends fc.Arbitrary<infer T> ? T : never;

function tasksOf(all: Fields[]): ItemOf<'task'>[] {
  return all.map((f, i) => {
    const b = aTask()
      .at(`Tasks/${i} ${f.title.replace(/[\\/:*?"<>|#^[\]]/g, '-')}.md`)
      .with('title', f.title);
    for (const key of [
      'status',
      'created',
      'due',
      'scheduled',
      'start',
      'priority',
      'project',
      'uuid',
      'done',
    ] as const)
      if (f[key] !== undefined) b.with(key, f[key]);
    if (f.tags.length > 0) b.with('tags', f.tags);
    // Some point past the end (unresolved), some twice.
    if (f.depends.length > 0)
      b.with(
        'depends',
        f.depends.map((j) => `[[Task ${j}]]`),
      );
    return b.item<'task'>();
  });
}

describe('writeTaskwarrior writes what its reference writer does', () => {
  it('byte for byte, for tasks with any text, dates, zones and dependencies (property)', () => {
    fc.assert(
      fc.property(
        fc.array(taskFields, { minLength: 1, maxLength: 8 }),
        fc.oneof(
          fc.integer({ min: -48, max: 56 }).map((q) => fixedOffsetZone(q * 15)),
          fc.constant(DST),
        ),
        (fields, zone) => {
          const tasks = tasksOf(fields);
          const byName = new Map(tasks.map((t, i) => [`task ${i}`, t]));
          const options = {
            zone,
            resolveTask: (target: string) => byName.get(basenameOf(target).toLowerCase()),
            now: '2026-12-03T09:00',
          };
          expect(writeTaskwarrior(tasks, options)).toBe(writeTaskwarriorReference(tasks, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('derives the same uuids and UTC dates (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        dateTime,
        fc.integer({ min: -48, max: 56 }),
        (path, local, q) => {
          expect(derivedTaskUuid(path)).toBe(derivedTaskUuidReference(path));
          const zone = fixedOffsetZone(q * 15);
          expect(taskwarriorDateOf(local, zone)).toBe(taskwarriorDateOfReference(local, zone));
          expect(taskwarriorDateOf(local, DST)).toBe(taskwarriorDateOfReference(local, DST));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
