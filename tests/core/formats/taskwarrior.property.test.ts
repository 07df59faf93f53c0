import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { emptyImportState } from '../../../src/core/formats/ImportState';
import { planTaskwarriorImport } from '../../../src/core/formats/planTaskwarriorImport';
import { fixedOffsetZone, taskUuid, writeTaskwarrior } from '../../../src/core/formats/taskwarrior';
import { basenameOf } from '../../../src/core/index/linkPath';
import { readLink } from '../../../src/core/kinds/fields/wikilink';
import { parseItem } from '../../../src/core/kinds/parseItem';
import type { ItemOf } from '../../../src/core/model/Item';
import { noteNameFor } from '../../../src/core/notes/newNotePath';
import { aTask } from '../../builders/itemBuilders';
import { markdownNote } from '../../builders/markdownNote';

/*
 * import(export(tasks)) gives the same tasks: every field the Taskwarrior format carries (title,
 * status but `waiting`, created, due, scheduled, start, done of a closed task, priority, project as
 * text, tags, depends, uuid) survives a round trip through the JSON, in any fixed time zone.
 */
const pad = (n: number): string => String(n).padStart(2, '0');
const date = fc
  .record({
    y: fc.integer({ min: 2000, max: 2040 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
// A time of 00:00 is a plain date in the vault; the format writes it back as a date.
const dateTime = fc.oneof(
  date,
  fc
    .tuple(date, fc.integer({ min: 1, max: 1439 }))
    .map(([d, min]) => `${d}T${pad(Math.floor(min / 60))}:${pad(min % 60)}`),
);
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,7}$/);
const hexUuid = fc.uuid().map((u) => u.toLowerCase());

const taskFields = fc.record(
  {
    title: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 :?'"#&-]{0,14}[A-Za-z0-9]$/),
    status: fc.constantFrom('todo', 'doing', 'done', 'cancelled'),
    created: dateTime,
    due: dateTime,
    scheduled: dateTime,
    start: dateTime,
    done: date,
    priority: fc.constantFrom('high', 'medium', 'low'),
    project: fc.stringMatching(/^[A-Za-z][A-Za-z0-9.]{0,10}$/),
    tags: fc.uniqueArray(word, { maxLength: 4 }),
    uuid: hexUuid,
    depends: fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 3 }),
  },
  { requiredKeys: ['title', 'status', 'created', 'tags', 'depends'] },
);

type Fields = typeof taskFields extends fc.Arbitrary<infer T> ? T : never;

function tasksOf(all: Fields[]): ItemOf<'task'>[] {
  const titles = all.map((f, i) => `${i} ${f.title}`);
  return all.map((f, i) => {
    const b = aTask()
      .at(`Tasks/${noteNameFor(titles[i])}.md`)
      .with('title', titles[i]);
    for (const key of ['status', 'created', 'due', 'scheduled', 'start', 'priority', 'project', 'uuid'] as const)
      if (f[key] !== undefined) b.with(key, f[key]);
    if (f.tags.length > 0) b.with('tags', f.tags);
    if (f.done !== undefined && (f.status === 'done' || f.status === 'cancelled')) b.with('done', f.done);
    const depends = f.depends.filter((j) => j < all.length && j !== i);
    if (depends.length > 0)
      b.with(
        'depends',
        depends.map((j) => `[[${noteNameFor(titles[j])}]]`),
      );
    return b.item<'task'>();
  });
}

describe('Taskwarrior format (property)', () => {
  it('import(export(tasks)) gives the same tasks', () => {
    fc.assert(
      fc.property(
        fc.array(taskFields, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => q * 15),
        (fields, offset) => {
          const zone = fixedOffsetZone(offset);
          const tasks = tasksOf(fields);
          const byName = new Map(tasks.map((t) => [basenameOf(t.path).toLowerCase(), t]));
          const text = writeTaskwarrior(tasks, {
            zone,
            resolveTask: (target) => byName.get(basenameOf(target).toLowerCase()),
            now: '2026-12-03T09:00',
          });
          const plan = planTaskwarriorImport(
            text,
            {
              notes: [],
              readText: () => '',
              isTaken: () => false,
              folder: 'Imported',
              today: '2026-12-03',
              last: emptyImportState(),
            },
            zone,
          );
          expect(plan.problems).toEqual([]);
          const imported = plan.notes.map((n) => {
            if (n.action !== 'create') throw new Error(`expected only creates, got ${n.action}`);
            const parsed = parseItem(markdownNote(n.path, n.text), new Map());
            expect(parsed.problems).toEqual([]);
            return parsed.item as ItemOf<'task'>;
          });
          const importedByName = new Map(imported.map((t) => [basenameOf(t.path).toLowerCase(), t]));
          const uuidsOf = (t: ItemOf<'task'>, names: Map<string, ItemOf<'task'>>): string[] =>
            t.data.depends
              .map((l) => names.get(basenameOf(readLink(`[[${l}]]`)?.target ?? l).toLowerCase()))
              .map((d) => (d === undefined ? 'unresolved' : taskUuid(d)))
              .sort();
          const shape = (t: ItemOf<'task'>, names: Map<string, ItemOf<'task'>>) => ({
            uuid: taskUuid(t),
            title: t.title,
            created: t.created,
            status: t.data.status,
            due: t.data.due,
            scheduled: t.data.scheduled,
            start: t.data.start,
            done: t.data.done,
            priority: t.data.priority,
            project: t.data.project?.text,
            tags: [...t.tags].sort(),
            depends: uuidsOf(t, names),
          });
          expect(imported.map((t) => shape(t, importedByName))).toEqual(tasks.map((t) => shape(t, byName)));
        },
      ),
      { numRuns: 150 },
    );
  });
});
