import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compileSource } from '../../../src/core/query/compileSource';
import { parseQuery } from '../../../src/core/query/parseQuery';
import { runQuery } from '../../../src/core/query/runQuery';
import { CLOCK } from './evaluate';
import { anItem } from './ItemBuilder';

/** Fragments of real expressions, shuffled into mostly-wrong ones. */
const FRAGMENTS = [
  'status',
  'note',
  'file',
  'this',
  '.',
  'name',
  '(',
  ')',
  '[',
  ']',
  ',',
  '"done"',
  "'7d'",
  '2',
  '-',
  '+',
  '*',
  '/',
  '%',
  '!',
  '==',
  '!=',
  '<',
  '>=',
  '&&',
  '||',
  'today',
  'now',
  'date',
  'contains',
  'if',
  'link',
  'list',
  'isEmpty',
  'length',
  'null',
  'true',
  ' ',
  '"2026-01-01"',
  'hasTag',
  'formula',
  'due',
  'filter',
  'map',
  'reduce',
  'value',
  'index',
  'acc',
  '/a+/g',
  '/(x',
  'matches',
  'replace',
  'split',
  'format',
  'relative',
  'asFile',
  'repeat',
  'slice',
  'reverse',
  'sort',
  'flat',
  'keys',
  'mean',
  'number',
  'file.file',
  '"9999-12-31"',
  '"1000y"',
  'random',
];

const items = [
  anItem().with('status', 'todo').with('due', '2026-12-01').with('tags', ['a']).with('n', 3).build(),
  anItem()
    .at('Other/x.md')
    .with('due', 'soon')
    .with('list', [1, '2', null, { a: 1 }])
    .with('link', '[[x]]')
    .build(),
  anItem().at('Root.md').build(),
];

describe('bad input never throws', () => {
  it('compiles any arrangement of expression fragments to a function or an error with a column', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }), (parts) => {
        const r = compileSource(parts.join(''), 'filters');
        if (r.ok) {
          for (const item of items)
            expect(() =>
              r.fn(item, {
                today: { type: 'date', minutes: 0, hasTime: false },
                now: { type: 'date', minutes: 0, hasTime: true },
                derived: () => undefined,
                derivedNames: null,
                resolveLink: () => null,
                self: null,
                fileInfo: () => null,
              }),
            ).not.toThrow();
        } else {
          expect(r.error.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('compiles arbitrary text to a function or an error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const r = compileSource(text, 'filters');
        expect(r.ok || r.error.message.startsWith('filters')).toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  it('reports hostile nesting as an error instead of overflowing the stack', () => {
    const deepExpr = compileSource('('.repeat(400) + 'a' + ')'.repeat(400), 'filters');
    expect(deepExpr.ok ? '' : deepExpr.error.message).toBe(
      'filters (column 65): expression nested too deeply (more than 64 levels)',
    );
    const chain = compileSource(Array(20000).fill('a').join(' + '), 'filters');
    expect(chain.ok ? '' : chain.error.reason).toBe('expression too long (more than 1000 tokens)');
    const notNot = compileSource('!'.repeat(900) + 'a', 'filters');
    expect(notNot.ok).toBe(false);
    let yaml = 'a';
    for (let i = 0; i < 60; i++) yaml = `{ and: [${yaml}] }`;
    const r = parseQuery(`filters: ${yaml}`);
    expect(r.ok ? '' : r.errors[0].reason).toBe('filters nested too deeply (more than 32 levels of and/or/not)');
  });

  it('parses arbitrary YAML-ish blocks to a query or error values, and runs every query it accepts', () => {
    const keys = [
      'kind',
      'group',
      'filters',
      'sort',
      'groupBy',
      'limit',
      'fields',
      'view',
      'dates',
      'views',
      'and',
      'or',
      'not',
      'property',
      'direction',
      'x',
    ];
    const scalars = [
      'task',
      'due',
      '-due',
      '"a == b"',
      '3',
      '-1',
      'DESC',
      'heatmap',
      'timeline',
      '[]',
      '{}',
      'null',
      '&a x',
      '*a',
      '!t',
      '"status != \\"done\\""',
    ];
    const block = fc
      .array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...scalars), fc.integer({ min: 0, max: 4 })), {
        maxLength: 8,
      })
      .map((lines) =>
        lines.map(([k, v, indent]) => `${' '.repeat(indent * 2)}${indent % 2 ? '- ' : ''}${k}: ${v}`).join('\n'),
      );
    fc.assert(
      fc.property(block, (text) => {
        const r = parseQuery(text);
        if (r.ok) expect(() => runQuery(r.query, items, CLOCK)).not.toThrow();
        else expect(r.errors.every((e) => e.message.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
