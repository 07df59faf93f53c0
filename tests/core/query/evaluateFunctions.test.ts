import { describe, expect, it } from '@jest/globals';
import { parseQuery } from '../../../src/core/query/parseQuery';
import { runQuery } from '../../../src/core/query/runQuery';
import { selfNote } from '../../../src/core/query/selfNote';
import { displayValue } from '../../../src/core/query/Value';
import { CLOCK, evaluate } from './evaluate';
import { anItem } from './ItemBuilder';

const note = anItem()
  .ofKind('book', 'knowledge')
  .at('Books/Dune.md')
  .tagged('sci-fi/classic', 'read')
  .with('title-text', '  the dune saga  ')
  .with('ratings', [4, 2, 5, 2])
  .with('words', ['b', 'a', ['c', ['d']]])
  .with('started', '2026-11-01T08:05')
  .with('meta', { pages: 412, lang: 'en' })
  .with('author', '[[Frank Herbert]]')
  .build();
const frank = anItem()
  .ofKind('person', 'knowledge')
  .at('People/Frank Herbert.md')
  .with('born', 1920)
  .with('wrote', ['[[Dune]]'])
  .build();
const resolveLink = (t: string): typeof frank | null => (t === 'Frank Herbert' ? frank : null);

function show(source: string): string {
  return displayValue(evaluate(source, note, { resolveLink }));
}

describe('strings', () => {
  it.each([
    ['note["title-text"].trim().title()', 'The Dune Saga'],
    ['"abc".reverse()', 'cba'],
    ['"abcdef".slice(1, 3)', 'bc'],
    ['"abcdef".slice(-2)', 'ef'],
    ['"a-b-c".replace("-", "+")', 'a+b+c'],
    ['"a1b22".replace(/\\d+/g, "#")', 'a#b#'],
    ['"a1b22".replace(/(\\d)/, "<$1>")', 'a<1>b22'],
    ['"a, b,c".split(/,\\s*/)', 'a, b, c'],
    ['"a,b,c".split(",", 2).length', '2'],
    ['"ab".repeat(3)', 'ababab'],
    ['"Dune".length', '4'],
    ['"Dune".containsAll("D", "e")', 'true'],
    ['"Dune".containsAny("x", "u")', 'true'],
    ['/^D.n/i.matches("dune")', 'true'],
    ['/^x/.matches("dune")', 'false'],
    ['escapeHTML("<b>&\'")', '&lt;b&gt;&amp;&#39;'],
    ['html("<b>x</b>")', '<b>x</b>'],
    ['icon("star")', 'star'],
    ['"x".isType("string")', 'true'],
    ['(12).toString().isType("string")', 'true'],
  ])('%s gives %s', (source, expected) => {
    expect(show(source)).toBe(expected);
  });
});

describe('numbers and lists', () => {
  it.each([
    ['(3.14159).round(2)', '3.14'],
    ['(2.5).toFixed(2)', '2.50'],
    ['(-3).abs()', '3'],
    ['ratings.sort()', '2, 2, 4, 5'],
    ['ratings.unique()', '4, 2, 5'],
    ['ratings.reverse()', '2, 5, 2, 4'],
    ['ratings.slice(1, 3)', '2, 5'],
    ['ratings.filter(value > 2)', '4, 5'],
    ['ratings.filter(index > 1)', '5, 2'],
    ['ratings.map(value * 10)', '40, 20, 50, 20'],
    ['ratings.reduce(acc + value, 0)', '13'],
    ['ratings.reduce(if(value > acc, value, acc), 0)', '5'],
    ['ratings.map(ratings.filter(value > 4).length + value)', '5, 3, 6, 3'],
    ['words.flat()', 'b, a, c, d'],
    ['words.flat().join("-")', 'b-a-c-d'],
    ['ratings.mean()', '3.25'],
    ['ratings.median()', '3'],
    ['ratings.sum()', '13'],
    ['ratings.isType("list")', 'true'],
    ['max(1, 7, 3)', '7'],
    ['min(ratings)', '2'],
    ['number("12.5") + 1', '13.5'],
    ['number(date("1970-01-02"))', '86400000'],
    ['list("x").length', '1'],
  ])('%s gives %s', (source, expected) => {
    expect(show(source)).toBe(expected);
  });
});

describe('dates, objects, links and files', () => {
  it.each([
    ['started.year', '2026'],
    ['started.month', '11'],
    ['started.hour', '8'],
    ['started.minute', '5'],
    ['started.date()', '2026-11-01'],
    ['started.time()', '08:05:00'],
    ['started.format("dddd D MMMM YYYY, h:mm A")', 'Sunday 1 November 2026, 8:05 AM'],
    ['started.format("[week] Do MMM")', 'week 1st Nov'],
    ['started.relative()', '3 weeks ago'],
    ['date("2026-12-01").relative()', 'in 3 days'],
    ['date("2026-11-25").relative()', '3 days ago'],
    ['date("2026-11-29").relative()', 'tomorrow'],
    ['date("2026-11-01 08:05:30") == started', 'true'],
    ['(now() - date("2020-11-27")).years.floor()', '6'],
    ['date("2026-01-31") + "1M"', '2026-02-28'],
    ['meta.keys()', 'pages, lang'],
    ['meta.values()', '412, en'],
    ['meta.isEmpty()', 'false'],
    ['meta.pages', '412'],
    ['author.asFile().name', 'Frank Herbert.md'],
    ['author.asFile().properties.born', '1920'],
    ['author.asFile().hasProperty("born")', 'true'],
    ['author.linksTo(link("Dune"))', 'true'],
    ['author.born', '1920'],
    ['file("Frank Herbert").basename', 'Frank Herbert'],
    ['file("Nobody")', ''],
    ['file.file.path', 'Books/Dune.md'],
    ['file.file.isType("file")', 'true'],
    ['file.hasTag("sci-fi")', 'true'],
    ['file.asLink() == link("Books/Dune")', 'true'],
    ['file.mtime', ''],
    ['file.backlinks.length', '0'],
  ])('%s gives %s', (source, expected) => {
    expect(show(source)).toBe(expected);
  });

  it('reads file times, size, backlinks and embeds from the host', () => {
    const fileInfo = (): { mtime: number; ctime: number; size: number; backlinks: string[]; embeds: string[] } => ({
      mtime: 29_391_840,
      ctime: 29_000_000,
      size: 2048,
      backlinks: ['Reading list.md'],
      embeds: ['cover.jpg'],
    });
    const read = (s: string): string => displayValue(evaluate(s, note, { fileInfo }));
    expect(read('file.mtime')).toBe('2025-11-19T00:00');
    expect(read('file.size')).toBe('2048');
    expect(read('file.backlinks')).toBe('Reading list');
    expect(read('file.embeds[0].containsAny("jpg", "png")')).toBe('true');
    expect(read('file.mtime > file.ctime')).toBe('true');
  });
});

describe('formulas, views and summaries', () => {
  const items = [
    selfNote({ path: 'P/A.md', frontmatter: { price: 10, uses: 5, done: true, got: '2026-01-01' } }),
    selfNote({ path: 'P/B.md', frontmatter: { price: 30, uses: 0, done: false, got: '2026-03-01' } }),
    selfNote({ path: 'P/C.md', frontmatter: { price: 20, uses: 2, got: '2026-02-01' } }),
  ];
  const block = `formulas:
  perUse: if(uses > 0, price / uses)
  label: file.basename + " " + formula.perUse.toString()
summaries:
  Spread: values.max() - values.min()
properties:
  formula.perUse:
    displayName: Per use
views:
  - type: table
    name: All
    order: [file.basename, price, formula.perUse, done, got]
    sort: [{ property: formula.perUse, direction: DESC }]
    summaries:
      price: Average
      formula.perUse: Spread
      done: Checked
      got: Range
  - type: list
    name: Used
    filters: 'formula.perUse >= 2'
    order: [formula.label]
    summaries:
      price: Sum
      uses: Median
      done: Unchecked
`;

  it('runs each view with the formulas, labels and summaries it names', () => {
    const parsed = parseQuery(block);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    expect(parsed.views.map((v) => [v.viewName, v.view])).toEqual([
      ['All', 'table'],
      ['Used', 'list'],
    ]);
    const all = runQuery(parsed.views[0], items, CLOCK);
    expect(all.columns.map((c) => c.label)).toEqual(['file.basename', 'price', 'Per use', 'done', 'got']);
    expect(all.rows.map((r) => r.values.map(displayValue))).toEqual([
      ['C', '20', '10', '', '2026-02-01'],
      ['A', '10', '2', 'true', '2026-01-01'],
      ['B', '30', '', 'false', '2026-03-01'],
    ]);
    expect(all.summaries.map((s) => [s.id, s.name, displayValue(s.value)])).toEqual([
      ['price', 'Average', '20'],
      ['formula.perUse', 'Spread', '8'],
      ['done', 'Checked', '1'],
      ['got', 'Range', '59d'],
    ]);
    const used = runQuery(parsed.views[1], items, CLOCK);
    expect(used.rows.map((r) => displayValue(r.values[0]))).toEqual(['A 2', 'C 10']);
    expect(used.summaries.map((s) => displayValue(s.value))).toEqual(['30', '3.5', '1']);
  });

  it('summarises the rows shown (sorted and limited) alike whether the property is a column or not', () => {
    const summaries = (order: string): string[] => {
      const parsed = parseQuery(
        `views: [{ type: table, order: [${order}], sort: [{ property: price, direction: DESC }], limit: 2, summaries: { price: Sum, done: Checked, got: Earliest } }]`,
      );
      if (!parsed.ok) throw new Error(parsed.errors[0].message);
      return runQuery(parsed.query, items, CLOCK).summaries.map((s) => displayValue(s.value));
    };
    expect(summaries('got, price, file.name, done')).toEqual(['50', '0', '2026-02-01']);
    expect(summaries('file.name')).toEqual(['50', '0', '2026-02-01']);
  });

  it('gives each default summary its Bases meaning', () => {
    const source = (name: string): string => `views: [{ type: table, order: [price], summaries: { price: ${name} } }]`;
    const value = (name: string): string => {
      const parsed = parseQuery(source(name));
      if (!parsed.ok) throw new Error(parsed.errors[0].message);
      return displayValue(runQuery(parsed.query, items, CLOCK).summaries[0].value);
    };
    expect(
      ['Average', 'Min', 'Max', 'Sum', 'Range', 'Median', 'Stddev', 'Empty', 'Filled', 'Unique'].map(value),
    ).toEqual(['20', '10', '30', '60', '20', '20', '8.16496580928', '0', '3', '3']);
  });

  it('runs formulas that read formulas, once per item, and this', () => {
    const parsed = parseQuery(`formulas:
  a: price * 2
  b: formula.a + formula.a
  mine: file.path == this.file.path
order: [formula.b, formula.mine]`);
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    const result = runQuery(parsed.query, items, { ...CLOCK, self: items[1] });
    expect(result.rows.map((r) => r.values.map(displayValue))).toEqual([
      ['40', 'false'],
      ['120', 'true'],
      ['80', 'false'],
    ]);
  });
});

describe('dates past the year 9999', () => {
  it('give null for relative() instead of throwing', () => {
    expect(evaluate('(date("9999-06-01") + "1y").relative()')).toBeNull();
    expect(show('(date("9999-06-01") + "1y").year')).toBe('10000');
  });
});
