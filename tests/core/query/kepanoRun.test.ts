import { expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Item, LinkRef } from '../../../src/core/model/Item';
import { parseQuery } from '../../../src/core/query/parseQuery';
import { runQuery } from '../../../src/core/query/runQuery';
import { selfNote } from '../../../src/core/query/selfNote';
import { describeWithCorpus } from '../../support/describeWithCorpus';
import { CLOCK } from './evaluate';

const LINK_RE = /\[\[([^\]|#]+)/g;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every note of the vault as a query row, the way Bases sees it: frontmatter, tags, links. */
function readNotes(root: string): Item[] {
  return walk(root)
    .filter((p) => p.endsWith('.md'))
    .map((file) => {
      const path = relative(root, file);
      const text = readFileSync(file, 'utf8');
      const m = /^---\n([\s\S]*?)\n---/.exec(text);
      let frontmatter: Record<string, unknown> = {};
      try {
        const doc: unknown = m ? parse(m[1]) : null;
        if (doc && typeof doc === 'object' && !Array.isArray(doc)) frontmatter = doc as Record<string, unknown>;
      } catch {
        // Templates hold `{{date}}` placeholders that are not YAML: Bases sees no properties there either.
      }
      const links: LinkRef[] = [];
      for (const [field, value] of Object.entries(frontmatter))
        for (const v of Array.isArray(value) ? value : [value])
          if (typeof v === 'string') for (const l of v.matchAll(LINK_RE)) links.push({ field, target: l[1] });
      const tags = Array.isArray(frontmatter.tags) ? frontmatter.tags.filter((t) => typeof t === 'string') : [];
      return selfNote({ path, frontmatter, tags, links });
    });
}

describeWithCorpus('kepano-obsidian', 'every kepano Base, whole, as a stack block', (root) => {
  const dir = join(root, 'Templates', 'Bases');
  const bases = readdirSync(dir)
    .filter((n) => n.endsWith('.base'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  const notes = readNotes(root);
  const byPath = new Map(notes.map((n) => [n.path.replace(/\.md$/, '').toLowerCase(), n]));
  const resolveLink = (target: string): Item | null =>
    byPath.get(target.toLowerCase()) ??
    notes.find((n) => n.path.toLowerCase().endsWith(`/${target.toLowerCase()}.md`)) ??
    null;

  it('parses, compiles and runs all 30 files and their 75 views against the vault of their notes', () => {
    const failures: string[] = [];
    let views = 0;
    let withRows = 0;
    for (const { name, text } of bases) {
      const parsed = parseQuery(text);
      if (!parsed.ok) {
        failures.push(`${name}: ${parsed.errors.map((e) => e.message).join('; ')}`);
        continue;
      }
      // `this` is the category note that embeds the Base (Categories/Books.md for Books.base).
      const self =
        resolveLink(`Categories/${name.replace(/\.base$/, '')}`) ?? selfNote({ path: `Templates/Bases/${name}` });
      for (const view of parsed.views) {
        views++;
        const result = runQuery(view, notes, { ...CLOCK, self, resolveLink });
        if (result.rows.length > 0) withRows++;
      }
    }
    expect(failures).toEqual([]);
    expect(bases).toHaveLength(30);
    expect(views).toBe(75);
    // Most views list notes of the sample vault; the rest filter on a `this` the sample has no match for.
    expect(withRows).toBeGreaterThanOrEqual(25);
  });

  it('computes the formulas of Products.base from each other, and the Age of People.base', () => {
    const parsed = parseQuery(bases.find((b) => b.name === 'People.base')?.text ?? '');
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    const person = selfNote({
      path: 'People/Ada.md',
      frontmatter: { categories: ['[[People]]'], birthday: '1990-12-10' },
    });
    const result = runQuery(parsed.query, [person], CLOCK);
    const age = result.columns.findIndex((c) => c.id === 'formula.Age');
    expect(result.rows[0].values[age]).toBe(35);

    const products = parseQuery(bases.find((b) => b.name === 'Products.base')?.text ?? '');
    if (!products.ok) throw new Error(products.errors[0].message);
    const kettle = selfNote({
      path: 'Products/Kettle.md',
      frontmatter: { categories: ['[[Products]]'], acquired: '2024-11-28', price: 60, monthlyUses: 20 },
    });
    const row = runQuery(products.query, [kettle], CLOCK);
    const value = (id: string): unknown => row.rows[0].values[row.columns.findIndex((c) => c.id === id)];
    expect(value('formula.Owned')).toBe(24);
    expect(value('formula.totalUses')).toBe(480);
    expect(value('formula.perUse')).toBe('0.13');
  });

  it('reads the older not(empty(x)) of Shows.base as Bases does', () => {
    const parsed = parseQuery(bases.find((b) => b.name === 'Shows.base')?.text ?? '');
    if (!parsed.ok) throw new Error(parsed.errors[0].message);
    const lastSeen = parsed.views.find((v) => v.viewName === 'Last seen');
    const seen = selfNote({ path: 'S/Seen.md', frontmatter: { categories: ['[[Shows]]'], last: '2026-01-02' } });
    const unseen = selfNote({ path: 'S/Unseen.md', frontmatter: { categories: ['[[Shows]]'] } });
    expect(lastSeen && runQuery(lastSeen, [seen, unseen], CLOCK).rows.map((r) => r.item.path)).toEqual(['S/Seen.md']);
  });
});
