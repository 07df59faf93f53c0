import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readTaskwarrior } from '../../../src/core/formats/taskwarriorJson';
import { readTaskwarriorDate } from '../../../src/core/formats/taskwarriorDates';
import { readTaskwarriorDateReference, readTaskwarriorReference } from './reference/taskwarriorReference';

const U1 = '5f0a2c64-1b8e-4a2f-9c3d-7e6b5a4c3d2e';
const U2 = '0b6a9c3e-2d4f-4e8a-b1c7-d9e0f1a2b3c4';

/** Taskwarrior dates and what else ends up in a date field. */
const dateText = fc.oneof(
  fc
    .record({
      y: fc.integer({ min: 0, max: 9999 }),
      m: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
      h: fc.integer({ min: 0, max: 24 }),
      min: fc.integer({ min: 0, max: 60 }),
      s: fc.integer({ min: 0, max: 61 }),
      z: fc.constantFrom('Z', '', 'z', 'X'),
    })
    .map(({ y, m, d, h, min, s, z }) => {
      const p = (n: number, w = 2): string => String(n).padStart(w, '0');
      return `${p(y, 4)}${p(m)}${p(d)}T${p(h)}${p(min)}${p(s)}${z}`;
    }),
  fc.constantFrom('20261201T000000Z', '00000101T000000Z', '00000229T000000Z', '20240229T120000Z', '20250229T120000Z'),
  fc.constantFrom(
    '1733000000',
    '0',
    '999999999999',
    '2026-12-01',
    '2026120T000000Z',
    '20261201 000000Z',
    ' 20261201T000000Z',
  ),
  fc.integer({ min: 0, max: 99_999_999_999 }).map(String),
);

/** A field: mostly what Taskwarrior writes, sometimes anything JSON holds. */
const field = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 8, arbitrary: good },
    { weight: 1, arbitrary: fc.constantFrom(undefined, '', null, 3, true, [], {}) },
  );

const taskObject = fc.record(
  {
    uuid: field(
      fc.constantFrom(
        U1,
        U2,
        U1.toUpperCase(),
        ` ${U2} `,
        'nope',
        '5f0a2c64-1b8e-4a2f-9c3d-7e6b5a4c3d2g',
        '5f0a2c64x1b8e-4a2f-9c3d-7e6b5a4c3d2e',
      ),
    ),
    description: field(fc.constantFrom('Pay rent', ' Call ', '', '  ', 'x')),
    status: field(fc.constantFrom('pending', 'completed', 'deleted', 'waiting', 'recurring', 'open')),
    entry: field(dateText),
    start: field(dateText),
    end: field(dateText),
    due: field(dateText),
    scheduled: field(dateText),
    wait: field(dateText),
    priority: field(fc.constantFrom('H', 'M', 'L', 'X', 'h')),
    project: field(fc.constantFrom('Home', 'Work.sub')),
    recur: field(fc.constantFrom('weekly', '3wks')),
    parent: field(fc.constantFrom(U1, 'x')),
    tags: field(fc.array(fc.constantFrom('home', 'next', 'a b'), { maxLength: 3 })),
    depends: field(
      fc.oneof(
        fc.array(fc.constantFrom(U1, U2, U2.toUpperCase(), 'x'), { maxLength: 3 }),
        fc.constantFrom(`${U1},${U2}`, `["${U1}"]`, `[\\"${U2}\\"]`),
      ),
    ),
    urgency: fc.double(),
    id: fc.nat(),
  },
  { requiredKeys: [] },
);

describe('readTaskwarrior reads as its reference reader does', () => {
  it('on arrays of tasks, good and bad (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof({ weight: 9, arbitrary: taskObject }, { weight: 1, arbitrary: fc.constantFrom(1, 'x', null, []) }),
          { maxLength: 8 },
        ),
        (tasks) => {
          const text = `[\n${tasks.map((t) => JSON.stringify(t)).join(',\n')}\n]\n`;
          const fast = readTaskwarrior(text);
          const reference = readTaskwarriorReference(text);
          // The reader gives every task one shape, absent fields undefined: equal up to those.
          expect(fast.tasks).toEqual(reference.tasks);
          expect(fast.problems).toStrictEqual(reference.problems);
          expect(fast.tasks.map((_, i) => fast.labelOf(i))).toStrictEqual(
            reference.tasks.map((_, i) => reference.labelOf(i)),
          );
          for (const task of fast.tasks)
            expect(
              Object.keys(task)
                .filter((k) => task[k as keyof typeof task] !== undefined)
                .sort(),
            ).toStrictEqual(Object.keys(reference.tasks[fast.tasks.indexOf(task)]).sort());
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('on one object per line, a single object, and broken JSON (property)', () => {
    fc.assert(
      fc.property(
        fc.array(taskObject, { maxLength: 4 }),
        fc.constantFrom('lines', 'single', 'broken', 'bom'),
        (tasks, shape) => {
          const lines = tasks.map((t) => JSON.stringify(t));
          const text =
            shape === 'lines'
              ? lines.join('\n')
              : shape === 'single'
                ? (lines[0] ?? '')
                : shape === 'bom'
                  ? `\uFEFF[${lines.join(',')}]`
                  : `[\n${lines.join(',\n')},\n{"uuid": oops}\n]`;
          const fast = readTaskwarrior(text);
          const reference = readTaskwarriorReference(text);
          expect(fast.tasks).toEqual(reference.tasks);
          expect(fast.problems).toStrictEqual(reference.problems);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('readTaskwarriorDate', () => {
  it('gives the minutes the reference does for any date text, every year from 0000 to 9999 (property)', () => {
    fc.assert(
      fc.property(dateText, (text) => expect(readTaskwarriorDate(text)).toBe(readTaskwarriorDateReference(text))),
      { numRuns: 5000 },
    );
  });
});
