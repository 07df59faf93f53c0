import { describe, expect, it } from '@jest/globals';
import { parseQuery } from '../../../src/core/query/parseQuery';
import type { Query } from '../../../src/core/query/Query';

function ok(yaml: string): Query {
  const r = parseQuery(yaml);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.query;
}

function messages(yaml: string): string[] {
  const r = parseQuery(yaml);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map((e) => e.message);
}

describe('parseQuery', () => {
  it('reads kind, filters, sort, groupBy, limit, fields and view', () => {
    const q = ok(`
kind: task
filters:
  and:
    - status != "done"
    - due < today() + "7d"
sort:
  - property: urgency
    direction: DESC
groupBy: { property: priority, direction: ASC }
limit: 20
fields: [title, due, priority]
view: list
`);
    expect(q.kinds).toEqual(['task']);
    expect(q.filter).not.toBeNull();
    expect(q.sort.map((s) => [s.id, s.direction])).toEqual([['urgency', 'DESC']]);
    expect([q.groupBy?.id, q.groupBy?.direction]).toEqual(['priority', 'ASC']);
    expect(q.limit).toBe(20);
    expect(q.columns.map((c) => c.id)).toEqual(['title', 'due', 'priority']);
    expect(q.view).toBe('list');
  });

  it('defaults to every kind, no filter, a title column and the table view', () => {
    const q = ok('');
    expect([q.kinds, q.groups, q.filter, q.sort, q.groupBy, q.limit, q.view]).toEqual([
      null,
      null,
      null,
      [],
      null,
      null,
      'table',
    ]);
    expect(q.columns.map((c) => c.id)).toEqual(['title']);
  });

  it('accepts a list of kinds and a group selector', () => {
    const q = ok('kind: [service, backup]\ngroup: infra');
    expect([q.kinds, q.groups]).toEqual([['service', 'backup'], ['infra']]);
  });

  it('accepts sort shorthands: a name ascending, -name descending, a single key without a list', () => {
    expect(ok('sort: [due, -urgency, "-last-run"]').sort.map((s) => `${s.id}:${s.direction}`)).toEqual([
      'due:ASC',
      'urgency:DESC',
      'last-run:DESC',
    ]);
    expect(ok('sort: -added').sort.map((s) => `${s.id}:${s.direction}`)).toEqual(['added:DESC']);
    expect(ok('groupBy: status').groupBy?.id).toBe('status');
  });

  it('accepts Bases spellings: order for fields, type for view, column for property, lowercase directions', () => {
    const q = ok('order: [file.name, note.rating]\ntype: cards\nsort:\n  - column: note.created\n    direction: desc');
    expect([q.columns.map((c) => c.id), q.view, q.sort.map((s) => `${s.id}:${s.direction}`)]).toEqual([
      ['file.name', 'note.rating'],
      'cards',
      ['note.created:DESC'],
    ]);
  });

  it('labels columns with Bases properties displayName', () => {
    const q = ok(
      'fields: [file.name, rating]\nproperties:\n  file.name: { displayName: Name }\n  note.rating: { displayName: Stars }',
    );
    expect(q.columns.map((c) => c.label)).toEqual(['Name', 'Stars']);
  });

  it('merges a single Bases view into the block, and-ing its filters with the top level', () => {
    const q = ok(`
filters:
  and: [rating > 0]
views:
  - type: table
    name: Recent
    filters:
      and: ['last > now() - "60d"']
    order: [file.name, rating]
    sort:
      - property: last
        direction: DESC
    limit: 100
`);
    expect([q.name, q.view, q.limit, q.columns.map((c) => c.id), q.sort.map((s) => s.id)]).toEqual([
      'Recent',
      'table',
      100,
      ['file.name', 'rating'],
      ['last'],
    ]);
    expect(q.filter).not.toBeNull();
  });

  it('accepts a single field name without a list', () => {
    expect(ok('fields: due').columns.map((c) => c.id)).toEqual(['due']);
  });

  it('reads dates for heatmaps and timelines as one property or a list', () => {
    expect(ok('view: timeline\ndates: [expires, tls-expires]').dates.map((d) => d.id)).toEqual([
      'expires',
      'tls-expires',
    ]);
    expect(ok('view: heatmap\ndates: log').dates.map((d) => d.id)).toEqual(['log']);
  });
});

describe('parseQuery Bases display options', () => {
  it('accepts a pasted view with columnSize, image, imageFit, imageAspectRatio and cardSize, noting each as ignored', () => {
    const yaml =
      'views:\n  - type: cards\n    order: [file.name]\n    columnSize: { file.name: 200 }\n    image: file.file\n    imageFit: ""\n    imageAspectRatio: 1.5\n    cardSize: 70';

    const query = ok(yaml);

    expect(query.view).toBe('cards');
    expect(query.columns.map((c) => c.id)).toEqual(['file.name']);
    expect(query.notes).toEqual(
      ['columnSize', 'image', 'imageFit', 'imageAspectRatio', 'cardSize'].map(
        (k) => `views[0].${k} is a Bases display option; ignored`,
      ),
    );
  });

  it('notes a display option written at the top level by its own path', () => {
    expect(ok('kind: task\ncolumnSize: { title: 300 }').notes).toEqual([
      'columnSize is a Bases display option; ignored',
    ]);
  });

  it('gives no notes for a block without display options', () => {
    expect(ok('kind: task\nsort: [-due]').notes).toEqual([]);
  });

  it('still reports other errors of a block that also has display options, and no query', () => {
    expect(messages('views: [{ type: table, columnSize: { a: 1 }, rowSize: 3 }]')).toEqual([
      'views[0].rowSize: unknown key (known: type, name, filters, order, sort, groupBy, limit, summaries)',
    ]);
  });
});

describe('parseQuery errors', () => {
  it('names the filter position and the column inside the expression', () => {
    const r = parseQuery(
      'filters:\n  and:\n    - status != "done"\n    - due < today()\n    - file.name.startsWith2("x")',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ path: 'filters.and[2]', column: 11 });
      expect(r.errors[0].message).toMatch(
        /^filters\.and\[2\] \(column 11\): unknown function "startsWith2" \(known: contains, containsAny, containsAll, startsWith, /,
      );
    }
  });

  it('reports every error of a block, through nested and/or/not', () => {
    expect(messages('filters:\n  or:\n    - a ==\n    - not:\n        - b.nope()\n    - and: [ok, "x = 1"]')).toEqual([
      'filters.or[0] (column 5): expression ends where a value was expected',
      expect.stringMatching(
        /^filters\.or\[1\]\.not\[0\] \(column 3\): unknown function "nope" \(known: contains, containsAny, containsAll, startsWith, endsWith, isEmpty, isTruthy, isType, toString, .*, filter, map, reduce, hasTag, inFolder, hasLink, hasProperty, asLink\)$/,
      ),
      'filters.or[2].and[1] (column 3): unexpected character "=" (use == to compare)',
    ]);
  });

  it.each([
    [
      'filters: [a, b]',
      'filters: expected an expression string or a mapping with one of and/or/not holding a list, found a list',
    ],
    [
      'filters: { any: [a] }',
      'filters: expected an expression string or a mapping with one of and/or/not holding a list, found keys "any"',
    ],
    ['filters: { and: [a], or: [b] }', 'found keys "and", "or"'],
    ['filters: { and: a }', 'filters.and: expected a list of filters, found the text "a"'],
    [
      'filters: { and: [3] }',
      'filters.and[0]: expected an expression string or a mapping with one of and/or/not holding a list, found number 3',
    ],
    ['kind: []', 'kind: expected a name or a list of names, found a list'],
    ['kind: [task, 3]', 'kind[1]: expected a name, found number 3'],
    ['sort: [{ property: due, direction: UP }]', 'sort[0].direction: expected ASC or DESC, found the text "UP"'],
    ['sort: [{ direction: ASC }]', 'sort[0].column: expected a property name, found nothing'],
    ['sort: [{ property: due, dir: ASC }]', 'sort[0].dir: unknown key (known: property, direction)'],
    [
      'sort: [3]',
      'sort[0]: expected { property, direction } or a property name (prefix "-" for descending), found number 3',
    ],
    ['sort: [due <]', 'sort[0] (column 6): expression ends where a value was expected'],
    ['sort: [due desc]', 'sort[0]: write "-due" or { property: due, direction: DESC } to give a direction'],
    ['sort: "due ASC"', 'sort: write "due" or { property: due, direction: ASC } to give a direction'],
    ['limit: 0', 'limit: expected a positive whole number, found number 0'],
    ['limit: ten', 'limit: expected a positive whole number, found the text "ten"'],
    ['view: kanban', 'view: unknown view the text "kanban" (known: table, list, cards, heatmap, timeline)'],
    ['type: gallery', 'type: unknown view the text "gallery" (known: table, list, cards, heatmap, timeline)'],
    ['fields: { a: 1 }', 'fields: expected a list of property names, found a mapping'],
    ['fields: [file.cmtime]', 'fields[0] (column 6): unknown file property "file.cmtime"'],
    ['formulas:\n  Age: now( - birthday', 'formulas.Age (column 16): expected "," or ")"'],
    ['formulas: [a]', 'formulas: expected a mapping of name → expression, found a list'],
    ['formulas:\n  a: formula.b + 1\n  b: formula.a', 'formulas form a cycle: a → b → a'],
    ['formulas:\n  a: formula.a', 'formulas.a (column 1): formulas form a cycle: a → a'],
    [
      'fields: [formula.nope]',
      'fields[0] (column 1): unknown formula "formula.nope": this block has no formulas section',
    ],
    [
      'formulas: { a: "1" }\nfields: [formula.b]',
      'fields[0] (column 1): unknown formula "formula.b" (known: formula.a)',
    ],
    ['summaries: { rating: Avg }', 'summaries.rating: unknown summary "Avg" (known: Average, Min, Max, Sum'],
    ['summaries:\n  Mean: values.mean(\nviews: [{ type: table }]', 'summaries.Mean (column 13): expression ends'],
    [
      'kinds: task',
      'kinds: unknown key (known: name, kind, group, filters, sort, groupBy, limit, fields, order, view, type, dates, properties, views, formulas, summaries, display)',
    ],
    ['view: table\ntype: list', 'type: "type" and "view" mean the same; keep one'],
    ['views: []', 'views: expected a list of view mappings, found an empty list'],
    ['views: [{ type: table }, 3]', 'views: expected a list of view mappings, found number 3 at views[1]'],
    ['views: [{ type: table }, { type: cards, name: [1] }]', 'views[1].name: expected text, found a list'],
    ['views: [{ type: table }, { type: list, order: ["a <"] }]', 'views[1].order[0] (column 4): expression ends'],
    ['views: [{ type: table, summaries: { a: Nope } }]', 'views[0].summaries.a: unknown summary "Nope"'],
    ['view: list\nviews: [{ type: table }]', 'views[0].type: given both at the top level and in the view; keep one'],
    [
      'views: [{ type: table, imageFits: cover }]',
      'views[0].imageFits: unknown key (known: type, name, filters, order, sort, groupBy, limit, summaries)',
    ],
    ['properties: { rating: Stars }', 'properties.rating: expected { displayName: text }, found the text "Stars"'],
    ['name: [x]', 'name: expected text, found a list'],
    ['- kind: task', 'block: expected a mapping of options (kind, filters, sort, …), found a list'],
  ])('reports %j', (yaml, expected) => {
    expect(messages(yaml).join('\n')).toContain(expected);
  });

  it('reports YAML syntax errors with line and column, as values', () => {
    const r = parseQuery('kind: task\nfilters: [unclosed\nsort: due');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0].path).toBe('yaml');
      expect(r.errors[0].line).toBeGreaterThanOrEqual(2);
      expect(r.errors[0].message).toMatch(/^yaml \(line \d+, column \d+\): /);
    }
  });

  it('explains an unquoted leading ! in a filter, which YAML reads as a tag', () => {
    expect(messages('filters:\n  and:\n    - !paused\n    - a')).toEqual([
      'yaml (line 3, column 7): a value starting with "!" must be quoted, as in \'!paused\' (YAML reads a leading ! as a tag)',
    ]);
    expect(messages('filters: !file.name.contains("x")')[0]).toBe(
      'yaml (line 1, column 10): a value starting with "!" must be quoted, as in \'!paused\' (YAML reads a leading ! as a tag)',
    );
  });

  it('refuses a block past 100,000 characters without parsing it', () => {
    expect(messages(`name: ${'x'.repeat(100_001)}`)).toEqual([
      'block: block too long (100007 characters, at most 100000)',
    ]);
  });

  it('reports duplicate keys', () => {
    expect(messages('kind: task\nkind: habit')).toEqual(['yaml (line 2, column 1): Map keys must be unique']);
  });

  it('caps alias expansion instead of expanding a billion laughs', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const r = parseQuery(lines.join('\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/^yaml: the block could not be read: .*alias/i);
  });
});
