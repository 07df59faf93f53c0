import { expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileSource } from '../../../src/core/query/compileSource';
import { parseQuery } from '../../../src/core/query/parseQuery';
import { runQuery } from '../../../src/core/query/runQuery';
import { CLOCK } from './evaluate';
import { anItem } from './ItemBuilder';
import { selfNote } from '../../../src/core/query/selfNote';
import { describeWithCorpus } from '../../support/describeWithCorpus';

interface BaseFile {
  name: string;
  doc: { filters?: unknown; formulas?: unknown; views?: Record<string, unknown>[] };
}

function collect(filter: unknown, out: string[]): void {
  if (typeof filter === 'string') out.push(filter);
  else if (filter && typeof filter === 'object') {
    for (const v of Object.values(filter)) if (Array.isArray(v)) v.forEach((x) => collect(x, out));
  }
}

/** Real Bases files from kepano's vault, read in place, and every filter expression they hold. */
function readBases(dir: string): { bases: BaseFile[]; expressions: string[] } {
  const bases: BaseFile[] = readdirSync(dir)
    .filter((n) => n.endsWith('.base'))
    .sort()
    .map((name) => ({ name, doc: parse(readFileSync(join(dir, name), 'utf8')) as BaseFile['doc'] }));
  const expressions = [
    ...new Set(
      bases.flatMap(({ doc }) => {
        const out: string[] = [];
        collect(doc.filters, out);
        for (const view of doc.views ?? []) collect(view.filters, out);
        return out;
      }),
    ),
  ];
  return { bases, expressions };
}

/** Alone, an expression reading a formula has none to read: the message says so (with its Base's formulas it compiles). */
const UNSUPPORTED = [/this block has no formulas section/];
const usesUnsupported = (e: string): boolean => /formula\./.test(e);

describeWithCorpus('kepano-obsidian', 'the kepano Bases corpus', (root) => {
  const { bases, expressions } = readBases(join(root, 'Templates', 'Bases'));

  it('holds the files and filter expressions this test expects to read', () => {
    expect(bases.length).toBeGreaterThanOrEqual(30);
    expect(expressions.length).toBeGreaterThanOrEqual(60);
  });

  it.each(expressions)('compiles %s or names the unsupported construct, without throwing', (source) => {
    const r = compileSource(source, 'filters');
    if (usesUnsupported(source)) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(UNSUPPORTED.some((re) => re.test(r.error.reason))).toBe(true);
    } else {
      expect(r.ok ? 'compiled' : r.error.message).toBe('compiled');
    }
  });

  it('evaluates the corpus idioms the way Bases does on matching and non-matching notes', () => {
    const book = anItem()
      .ofKind('book', 'knowledge')
      .at('References/Dune.md')
      .tagged('journal')
      .with('categories', ['[[Books]]'])
      .with('rating', 7)
      .with('last', '2026-11-01')
      .build();
    const template = anItem()
      .ofKind('book', 'knowledge')
      .at('Templates/Book Template.md')
      .with('categories', ['[[Books]]'])
      .build();
    const idioms = [
      'categories.contains(link("Books"))',
      '!file.name.contains("Template")',
      'note.rating > 6',
      'last > now() - "60d"',
      '!last.isEmpty()',
      'tags.contains("journal")',
      'list(categories).contains(link("Books"))',
    ];
    const on = (item: typeof book): boolean[] =>
      idioms.map((source) => {
        const r = compileSource(source, 'filters');
        if (!r.ok) throw new Error(r.error.message);
        const parsed = parseQuery(`filters: '${source.replace(/'/g, "''")}'`);
        if (!parsed.ok) throw new Error(parsed.errors[0].message);
        return runQuery(parsed.query, [item], CLOCK).rows.length === 1;
      });
    expect(on(book)).toEqual([true, true, true, true, true, true, true]);
    expect(on(template)).toEqual([true, false, false, false, false, false, true]);
  });

  it('evaluates the corpus idioms on "this", the note showing the block', () => {
    const self = selfNote({
      path: 'Genres/Jazz.md',
      frontmatter: { related: ['[[Paris]]'] },
      links: [{ field: 'related', target: 'Paris' }],
    });
    const album = anItem()
      .ofKind('album', 'knowledge')
      .at('Albums/Kind of Blue.md')
      .with('genre', ['[[Jazz]]'])
      .with('loc', '[[Paris]]')
      .build();
    const idioms = [
      'list(genre).contains(this)',
      'file.hasLink(this)',
      'list(loc).containsAny(this.related)',
      'file.path != this.file.path',
      'file.name.contains(this.file.name)',
    ];
    const results = idioms.map((source) => {
      const parsed = parseQuery(`filters: '${source}'`);
      if (!parsed.ok) throw new Error(parsed.errors[0].message);
      return runQuery(parsed.query, [album], { ...CLOCK, self }).rows.length === 1;
    });
    expect(results).toEqual([true, true, true, true, false]);
  });

  it("parses all 75 views (with their Base's formulas), 35 with a note on display options or a map shown as a table", () => {
    const results = bases.flatMap(({ doc }) =>
      (doc.views ?? [{}]).map((view) =>
        parseQuery(
          JSON.stringify({
            ...(doc.filters ? { filters: doc.filters } : {}),
            ...(doc.formulas ? { formulas: doc.formulas } : {}),
            views: [view],
          }),
        ),
      ),
    );
    const parsed = results.flatMap((r) => (r.ok ? [r.query] : []));
    const noted = parsed.filter((q) => q.notes.length > 0);

    expect(results.length).toBe(75);
    expect(parsed.length).toBe(75);
    expect(noted.length).toBe(35);
    for (const note of noted.flatMap((q) => q.notes))
      expect(note).toMatch(
        /^views\[0\](\.(columnSize|image|imageFit|cardSize|defaultZoom|coordinates|markerIcon|markerColor) is a Bases display option; ignored|: a map view needs Obsidian and its Maps plugin; shown as a table)$/,
      );
  });

  it.each(bases.map((b) => [b.name, b] as const))(
    'parses each view of %s as a stack block or returns error values',
    (_, base) => {
      for (const view of base.doc.views ?? [{}]) {
        const block = { ...(base.doc.filters ? { filters: base.doc.filters } : {}), views: [view] };
        const r = parseQuery(JSON.stringify(block));
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e.message.startsWith(`${e.path}`)).toBe(true);
        } else {
          expect(r.query.columns.length).toBeGreaterThan(0);
        }
      }
    },
  );
});
