import { describe, expect, it } from '@jest/globals';
import type { Item } from '../../../src/core/model/Item';
import { parseQuery } from '../../../src/core/query/parseQuery';
import type { QueryContext, QueryResult } from '../../../src/core/query/Query';
import { QueryContextError } from '../../../src/core/query/QueryContextError';
import { runQuery } from '../../../src/core/query/runQuery';
import { displayValue } from '../../../src/core/query/Value';
import { CLOCK } from './evaluate';
import { anItem } from './ItemBuilder';

function run(yaml: string, items: Iterable<Item>, ctx: Partial<QueryContext> = {}): QueryResult {
  const parsed = parseQuery(yaml);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return runQuery(parsed.query, items, { ...CLOCK, ...ctx });
}

const titles = (r: QueryResult): string[] => r.rows.map((row) => row.item.title);

function task(title: string, fields: Record<string, unknown>): Item {
  const b = anItem().ofKind('task').at(`Tasks/${title}.md`);
  for (const [k, v] of Object.entries(fields)) b.with(k, v);
  return b.build();
}

const tasks = [
  task('Pay rent', { status: 'todo', due: '2026-12-01', priority: 'high' }),
  task('File taxes', { status: 'done', due: '2026-11-20', priority: 'high' }),
  task('Call plumber', { status: 'doing', due: '2026-11-29', priority: 'low' }),
  task('Read manual', { status: 'todo', priority: 'medium' }),
  task('Renew passport', { status: 'waiting', due: '2027-02-01', priority: 'low' }),
];
const bookmark = anItem()
  .ofKind('bookmark')
  .at('Reading/Paper.md')
  .with('status', 'inbox')
  .with('added', '2026-10-01')
  .build();
const backup = anItem().ofKind('backup').at('Infra/restic.md').build();

describe('runQuery selection and filters', () => {
  it('keeps only the listed kinds', () => {
    expect(titles(run('kind: bookmark', [...tasks, bookmark, backup]))).toEqual(['Paper']);
  });

  it('keeps only the listed groups', () => {
    expect(titles(run('group: [infra, knowledge]', [...tasks, bookmark, backup]))).toEqual(['Paper', 'restic']);
  });

  it('applies nested and/or/not filters', () => {
    const r = run(
      `
kind: task
filters:
  and:
    - status != "done"
    - or:
        - priority == "high"
        - due < today() + "7d"
    - not:
        - file.name.contains("plumber")
`,
      tasks,
    );
    expect(titles(r)).toEqual(['Pay rent']);
  });

  it('treats an empty and as true, an empty or as false and an empty not as true', () => {
    expect(titles(run('filters: { and: [] }', tasks))).toHaveLength(5);
    expect(titles(run('filters: { or: [] }', tasks))).toHaveLength(0);
    expect(titles(run('filters: { not: [] }', tasks))).toHaveLength(5);
  });

  it('keeps an item only when its filter is true, not merely truthy-looking null', () => {
    expect(titles(run('filters: due > "2026-01-01"', tasks))).toEqual([
      'Pay rent',
      'File taxes',
      'Call plumber',
      'Renew passport',
    ]);
  });
});

describe('runQuery sort, limit and groups', () => {
  it('sorts by several keys with directions, missing values last either way', () => {
    expect(titles(run('sort: [due]', tasks))).toEqual([
      'File taxes',
      'Call plumber',
      'Pay rent',
      'Renew passport',
      'Read manual',
    ]);
    expect(titles(run('sort: [-due]', tasks))).toEqual([
      'Renew passport',
      'Pay rent',
      'Call plumber',
      'File taxes',
      'Read manual',
    ]);
    expect(titles(run('sort: [priority, -due]', tasks))).toEqual([
      'Pay rent',
      'File taxes',
      'Renew passport',
      'Call plumber',
      'Read manual',
    ]);
  });

  it('keeps the input order among equal keys (stable)', () => {
    const same = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].map((t) => task(t, { priority: 'low' }));
    expect(titles(run('sort: [priority]', same))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
    expect(titles(run('sort: [-priority]', same))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
      'i',
      'j',
      'k',
      'l',
    ]);
  });

  it('applies the limit after sorting and reports the total before it', () => {
    const r = run('sort: [-due]\nlimit: 2', tasks);
    expect(titles(r)).toEqual(['Renew passport', 'Pay rent']);
    expect(r.total).toBe(5);
  });

  it('sorts by a derived property from the resolver', () => {
    const urgency: Record<string, number> = { 'Pay rent': 9, 'Call plumber': 12, 'Read manual': 1 };
    const derived = (item: Item, name: string): unknown =>
      name === 'urgency' ? (urgency[item.title] ?? 0) : undefined;
    expect(titles(run('sort: [-urgency]\nlimit: 3', tasks, { derived }))).toEqual([
      'Call plumber',
      'Pay rent',
      'Read manual',
    ]);
  });

  it('groups rows by a property, groups ordered by key, rows keeping their sorted order', () => {
    const r = run('sort: [due]\ngroupBy: { property: status, direction: DESC }', tasks);
    expect(r.groups?.map((g) => [g.label, g.rows.map((row) => row.item.title)])).toEqual([
      ['waiting', ['Renew passport']],
      ['todo', ['Pay rent', 'Read manual']],
      ['done', ['File taxes']],
      ['doing', ['Call plumber']],
    ]);
  });

  it('puts rows without a group value in a last group with key null', () => {
    const r = run('groupBy: due.year', tasks);
    expect(r.groups?.map((g) => [g.key, g.rows.length])).toEqual([
      [2026, 3],
      [2027, 1],
      [null, 1],
    ]);
  });

  it('groups only the rows kept by the limit', () => {
    const r = run('sort: [due]\nlimit: 2\ngroupBy: status', tasks);
    expect(r.groups?.flatMap((g) => g.rows.map((row) => row.item.title))).toEqual(['Call plumber', 'File taxes']);
  });
});

describe('runQuery columns and views', () => {
  it('gives each row its column values in column order, labelled', () => {
    const r = run(
      'kind: task\nfilters: file.name == "Pay rent.md"\nfields: [title, due, "due - today()", note.priority]\nproperties: { note.priority: { displayName: Priority } }',
      tasks,
    );
    expect(r.view).toBe('table');
    expect(r.columns.map((c) => c.label)).toEqual(['title', 'due', 'due - today()', 'Priority']);
    expect(r.rows[0].values.map(displayValue)).toEqual(['Pay rent', '2026-12-01', '3d', 'high']);
  });

  it('gives rows of one to six columns each column value in column order, none, empty lists included', () => {
    const fields = ['title', 'status', 'priority', 'list(nothing)', 'due', 'formula.x'];
    for (let width = 1; width <= fields.length; width++) {
      const r = run(
        `kind: task\nformulas: { x: title + "!" }\nsort: [title]\nfields: [${fields
          .slice(0, width)
          .map((f) => JSON.stringify(f))
          .join(', ')}]`,
        tasks.slice(2, 4),
      );
      const expected = [
        ['Call plumber', 'doing', 'low', '', '2026-11-29', 'Call plumber!'],
        ['Read manual', 'todo', 'medium', '', '', 'Read manual!'],
      ];
      expect(r.rows.map((row) => row.values.map(displayValue))).toEqual(expected.map((row) => row.slice(0, width)));
      if (width >= 4) expect(r.rows.map((row) => row.values[3])).toEqual([[], []]);
    }
  });

  it('carries the block name into the result', () => {
    expect(run('name: Reading inbox\nkind: bookmark', [bookmark]).name).toBe('Reading inbox');
    expect(run('kind: bookmark', [bookmark]).name).toBeNull();
  });

  it('returns rows for the list and cards views', () => {
    expect(run('view: list\nkind: bookmark', [bookmark]).rows).toHaveLength(1);
    expect(run('view: cards\nkind: bookmark', [bookmark]).view).toBe('cards');
  });

  it('builds a heatmap of a year of days ending today from habit logs', () => {
    const meditate = anItem()
      .ofKind('habit')
      .at('Habits/Meditate.md')
      .with('log', ['2026-11-28', '2026-11-27', '2025-11-29', '2025-11-28', '2026-12-01'])
      .build();
    const run5k = anItem().ofKind('habit').at('Habits/Run.md').with('log', ['2026-11-27']).build();
    const r = run('kind: habit\nview: heatmap', [meditate, run5k]);
    const h = r.heatmap!;
    expect([h.start, h.end, h.days.length, h.max]).toEqual(['2025-11-29', '2026-11-28', 365, 2]);
    const counts = Object.fromEntries(h.days.filter((d) => d.count > 0).map((d) => [d.date, d.count]));
    expect(counts).toEqual({ '2025-11-29': 1, '2026-11-27': 2, '2026-11-28': 1 });
  });

  it('builds the heatmap from the dates: property when given', () => {
    const item = anItem().ofKind('task').with('done', '2026-11-02').build();
    const h = run('view: heatmap\ndates: done', [item]).heatmap!;
    expect(h.days.filter((d) => d.count > 0).map((d) => d.date)).toEqual(['2026-11-02']);
  });

  it('builds a timeline of every date in the dates: properties, in date order', () => {
    const a = anItem()
      .ofKind('domain')
      .at('Domains/a.md')
      .with('expires', '2027-01-10')
      .with('tls-expires', '2026-12-05')
      .build();
    const b = anItem().ofKind('domain').at('Domains/b.md').with('expires', '2026-12-05T10:00').build();
    const r = run('kind: domain\nview: timeline\ndates: [expires, tls-expires]', [a, b]);
    expect(r.timeline?.map((e) => `${e.date} ${e.item.title} ${e.property}`)).toEqual([
      '2026-12-05 a tls-expires',
      '2026-12-05T10:00 b expires',
      '2027-01-10 a expires',
    ]);
  });

  it('takes timeline dates from the date-valued columns when dates: is absent', () => {
    const r = run('kind: task\nview: timeline\nfields: [title, due]', tasks);
    expect(r.timeline?.map((e) => e.item.title)).toEqual(['File taxes', 'Call plumber', 'Pay rent', 'Renew passport']);
  });
});

describe('runQuery context and cost', () => {
  it('throws a typed error for a malformed clock (a host bug)', () => {
    const parsed = parseQuery('kind: task');
    if (!parsed.ok) throw new Error('unexpected');
    expect(() => runQuery(parsed.query, tasks, { today: '28/11/2026', now: CLOCK.now })).toThrow(QueryContextError);
    try {
      runQuery(parsed.query, tasks, { today: CLOCK.today, now: 'soon' });
    } catch (e) {
      expect((e as QueryContextError).code).toBe('INVALID_QUERY_CONTEXT');
    }
  });

  it('evaluates parts that do not depend on the item once per run', () => {
    const self = anItem().at('Projects/House.md').with('related', ['[[Pay rent]]']).build();
    const asked: string[] = [];
    const derived = (item: Item, name: string): unknown => void asked.push(`${item.title}.${name}`);
    const parsed = parseQuery('filters: list(this.related).contains(link(file.basename))');
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    const r = runQuery(parsed.query, tasks, { ...CLOCK, derived, self });
    expect(titles(r)).toEqual(['Pay rent']);
    expect(asked).toEqual(['House.related']);
    const other = anItem().at('Projects/Flat.md').with('related', ['[[Call plumber]]']).build();
    expect(titles(runQuery(parsed.query, tasks, { ...CLOCK, derived, self: other }))).toEqual(['Call plumber']);
    expect(asked).toEqual(['House.related', 'Flat.related']);
  });

  it('reads each item once per referenced property in a single pass over an iterable', () => {
    const items = Array.from({ length: 10_000 }, (_, i) =>
      task(`t${i}`, { priority: i % 3 === 0 ? 'high' : 'low', due: '2026-12-01' }),
    );
    let iterations = 0;
    const iterable = {
      *[Symbol.iterator]() {
        for (const item of items) {
          iterations++;
          yield item;
        }
      },
    };
    const asked = new Map<string, number>();
    const derived = (_: Item, name: string): unknown => {
      asked.set(name, (asked.get(name) ?? 0) + 1);
      return name === 'urgency' ? 1 : undefined;
    };
    const r = run('filters: priority == "high"\nsort: [-urgency]\nlimit: 10\nfields: [title, urgency]', iterable, {
      derived,
    });
    expect(iterations).toBe(10_000);
    expect(r.total).toBe(3334);
    expect(r.rows).toHaveLength(10);
    // priority is read once per item; urgency once per match as a sort key and once per kept row as a column.
    expect(asked.get('priority')).toBe(10_000);
    expect(asked.get('urgency')).toBe(3334 + 10);
  });

  it('gives every row its own values across the blocks of rows whose notes are read ahead, sorted and not', () => {
    const items = Array.from({ length: 45 }, (_, i) =>
      task(`t${String(i).padStart(2, '0')}`, { due: `2026-12-${String((i % 28) + 1).padStart(2, '0')}`, n: i }),
    );
    const plain = run('formulas:\n  twice: n * 2\nfields: [title, formula.twice]', items);
    expect(plain.rows.map((row) => row.values)).toEqual(items.map((item, i) => [item.title, i * 2]));
    const sorted = run('sort: [-n]\nlimit: 40\nfields: [title, n]', items);
    expect(sorted.rows.map((row) => row.values)).toEqual(
      items
        .map((item, i) => [item.title, i])
        .reverse()
        .slice(0, 40),
    );
  });

  it('reads a property named twice, or named in a map body, once per item, and one named once once', () => {
    const items = [1, 2, 3, 4].map((n) => task(`t${n}`, { parts: ['a', 'b', 'c'], weight: n, cost: 3 }));
    const asked = new Map<string, number>();
    const derived = (_: Item, name: string): unknown => {
      asked.set(name, (asked.get(name) ?? 0) + 1);
      return undefined;
    };
    const r = run(
      'formulas:\n  spread: list(parts).map(weight)\n  double: cost + cost\n  once: size * 2\nfields: [formula.spread, formula.double, formula.once]',
      items,
      { derived },
    );
    expect(r.rows.map((row) => row.values)).toEqual([1, 2, 3, 4].map((n) => [[n, n, n], 6, null]));
    expect(Object.fromEntries(['parts', 'weight', 'cost', 'size'].map((n) => [n, asked.get(n)]))).toEqual({
      parts: 4,
      weight: 4,
      cost: 4,
      size: 4,
    });
  });
});

describe('runQuery notes', () => {
  it('returns the rows of a block with a Bases display option and carries its note into the result', () => {
    const items = [anItem().ofKind('task').titled('Pay rent').build(), anItem().ofKind('habit').titled('Run').build()];
    const parsed = parseQuery('kind: task\nviews: [{ type: table, columnSize: { title: 240 } }]');
    if (!parsed.ok) throw new Error(parsed.errors[0].message);

    const result = runQuery(parsed.query, items, CLOCK);

    expect(result.rows.map((r) => displayValue(r.values[0]))).toEqual(['Pay rent']);
    expect(result.notes).toEqual(['views[0].columnSize is a Bases display option; ignored']);
  });

  it('has no notes for a plain block', () => {
    const parsed = parseQuery('kind: task');
    if (!parsed.ok) throw new Error(parsed.errors[0].message);

    expect(runQuery(parsed.query, [], CLOCK).notes).toEqual([]);
  });
});
