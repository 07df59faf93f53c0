import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { exportIcs, icsComponents } from '../../../src/core/formats/ics';
import { icsTodo } from '../../../src/core/formats/icsTodo';
import { icsUid } from '../../../src/core/formats/icsUid';
import type { Item } from '../../../src/core/model/Item';
import { aDomain, aTask } from '../../builders/itemBuilders';
import { exportIcsReference, icsComponentsReference, icsUidReference } from './reference/icsReference';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const date = fc
  .record({
    y: fc.integer({ min: 2000, max: 2040 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => `${pad(y, 4)}-${pad(m)}-${pad(Math.min(d, 28 + (d % 4)))}`)
  .filter((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d));
const dateTime = fc.oneof(
  date,
  fc
    .tuple(date, fc.integer({ min: 0, max: 1439 }))
    .map(([d, min]) => `${d}T${pad(Math.floor(min / 60))}:${pad(min % 60)}`),
);
/** Text with what TEXT escapes and folding counts: separators, newlines (CRLF too), control, accented and astral characters, long runs. */
const text = fc
  .array(
    fc.constantFrom(
      'Pay',
      ' rent',
      ',',
      ';',
      '\\',
      '\n',
      '\r\n',
      '\r',
      '\u0001',
      'é',
      '✅',
      '😀',
      'x'.repeat(40),
      ' a longer piece of title',
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((p) => p.join('').trim())
  .filter((t) => t !== '' && !/^["'[{>|&*!%@`#-]/.test(t));
const every = fc.constantFrom(
  'day',
  '2 weeks',
  'month',
  'month on 31',
  'year',
  'weekday',
  '3 days when done',
  'week on fri',
  'year on 02-29',
);

const taskFields = fc.record(
  {
    title: text,
    status: fc.constantFrom('todo', 'doing', 'done', 'cancelled', 'waiting'),
    due: dateTime,
    scheduled: dateTime,
    start: dateTime,
    every,
    priority: fc.constantFrom('high', 'medium', 'low'),
    project: fc.constantFrom('Home', 'Work; a, b', '[[Projects/Homelab]]', 'Ünïcode ✅'),
    tags: fc.uniqueArray(fc.constantFrom('home', 'a,b', 'x\\y', 'ü', 'long-tag-name-that-adds-up'), { maxLength: 4 }),
    folder: fc.constantFrom('Tasks', 'Tâches', 'Very/Deep/Folder/Of/Tasks/With/A/Long/Path/Name', 'a;b,c'),
  },
  { requiredKeys: ['title', 'status', 'tags', 'folder'] },
);
type Fields = typeof taskFields extends fc.Arbitrary<infer T> ? T : never;

function itemsOf(all: Fields[], domains: string[]): Item[] {
  const tasks = all.map((f, i) => {
    const b = aTask()
      .at(`${f.folder}/${i} ${f.title.replace(/[\\/:*?"<>|#^[\]\r\n]/g, '-').replaceAll('\u0001', '-')}.md`)
      .with('title', f.title);
    for (const key of ['status', 'due', 'scheduled', 'start', 'every', 'priority', 'project'] as const)
      if (f[key] !== undefined) b.with(key, f[key]);
    if (f.tags.length > 0) b.with('tags', f.tags);
    return b.item();
  });
  const infra = domains.map((d, i) =>
    aDomain().at(`Domains/${i}.md`).with('name', 'example.com').with('expires', d).item(),
  );
  return [...tasks, ...infra];
}

describe('the ICS writer writes what its reference writer does', () => {
  it('byte for byte, as events and as VTODOs, for tasks with any text, dates and recurrences (property)', () => {
    fc.assert(
      fc.property(
        fc.array(taskFields, { minLength: 1, maxLength: 8 }),
        fc.array(date, { maxLength: 2 }),
        (fields, domains) => {
          const items = itemsOf(fields, domains);
          for (const todo of [false, true]) {
            const options = {
              stamp: '20261203T065300Z',
              todo: todo ? icsTodo : undefined,
              name: 'Vault; ✅ a calendar, named at length past one line',
            };
            expect(exportIcs(items, options)).toBe(exportIcsReference(items, options));
            expect(icsComponents(items, options)).toEqual(icsComponentsReference(items, options));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('derives the same UIDs from any path (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.constantFrom('due', 'task', 'tls-expires'),
        (path, field) => {
          expect(icsUid(path, field)).toBe(icsUidReference(path, field));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
