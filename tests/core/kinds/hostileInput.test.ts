import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { BUILTIN_KINDS } from '../../../src/core/model/Item';
import { KIND_SPECS } from '../../../src/core/kinds/registry';
import { parseItem } from '../../../src/core/kinds/parseItem';
import { aKind, userKindsOf } from '../../builders/itemBuilders';
import { yamlNote } from '../../builders/markdownNote';

const FIELD_NAMES = [
  ...new Set([
    ...BUILTIN_KINDS.flatMap((k) => Object.keys(KIND_SPECS[k].fields)),
    'title',
    'tags',
    'created',
    '__proto__',
    'constructor',
    'toString',
    'x',
  ]),
];
const userKinds = userKindsOf(
  aKind('recipe', {
    serves: 'number!',
    cuisine: ['thai'],
    needs: 'links',
    when: 'datetime',
    list: 'list',
  }).item<'kind'>(),
);
const stackValue = fc.oneof(fc.constantFrom(...BUILTIN_KINDS, 'recipe', 'RECIPE', 'Task', 'unknown'), fc.anything());
const nastyValue = fc.oneof(
  fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 3 }),
  fc.constantFrom(
    '[[X]]',
    [['X']],
    [[['X']]],
    '2026-02-29',
    '2026-11-28T10:00',
    'day',
    '3/week',
    ['mon'],
    'javascript:alert(1)',
    '',
    null,
    true,
    -1,
    NaN,
    Infinity,
  ),
);

describe('parseItem on hostile input', () => {
  it('never throws and always returns problems with a field, a non-empty message and a severity', () => {
    fc.assert(
      fc.property(
        stackValue,
        fc.dictionary(fc.constantFrom(...FIELD_NAMES), nastyValue, { maxKeys: 8 }),
        (stack, fields) => {
          const frontmatter: Record<string, unknown> = { ...fields };
          Object.defineProperty(frontmatter, 'stack', { value: stack, enumerable: true });
          const result = parseItem({ path: 'Notes/x.md', frontmatter, lines: { stack: 1 } }, userKinds);
          for (const p of result.problems) {
            expect(typeof p.field).toBe('string');
            expect(p.message.trim().length).toBeGreaterThan(0);
            expect(['error', 'warning']).toContain(p.severity);
            expect(p.path).toBe('Notes/x.md');
          }
          if (result.item !== null) {
            expect(Array.isArray(result.item.tags)).toBe(true);
            expect(Array.isArray(result.item.links)).toBe(true);
            expect(typeof result.item.title).toBe('string');
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('survives frontmatter that is not an object, odd lines, and cyclic values', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    const inputs: unknown[] = [42, 'stack: task', ['stack', 'task'], true];
    for (const fm of inputs) {
      expect(parseItem({ path: 'a.md', frontmatter: fm as Record<string, unknown> }, new Map())).toEqual({
        item: null,
        problems: [],
      });
    }
    const result = parseItem(
      {
        path: 'a.md',
        frontmatter: { stack: 'task', depends: cyclic, tags: cyclic, x: cyclic },
        lines: 'nope' as unknown as Record<string, number>,
      },
      new Map(),
    );
    expect(result.item?.kind).toBe('task');
    expect(result.problems.length).toBeGreaterThan(0);
  });

  it('does not read fields from the prototype chain', () => {
    const fm = Object.create({ url: 'https://inherited.example' }) as Record<string, unknown>;
    fm.stack = 'bookmark';
    expect(parseItem({ path: 'a.md', frontmatter: fm }, new Map()).item).toBeNull();
  });

  it('treats a YAML __proto__ key as plain data, polluting nothing', () => {
    const { item } = parseItem(
      yamlNote('a.md', 'stack: task\n__proto__:\n  due: 2026-01-01\n  polluted: yes\nconstructor: "[[X]]"'),
      new Map(),
    );
    expect(item?.data).toEqual({ type: 'task', status: 'todo', depends: [] });
    expect(item?.links).toEqual([{ field: 'constructor', target: 'X' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
