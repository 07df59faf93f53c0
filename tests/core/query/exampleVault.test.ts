import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { derivedProperties } from '../../../src/core/dashboard/derivedProperties';
import { ItemIndex } from '../../../src/core/index/ItemIndex';
import { parseQuery } from '../../../src/core/query/parseQuery';
import type { QueryResult } from '../../../src/core/query/Query';
import { runQuery } from '../../../src/core/query/runQuery';
import { noteReadOf } from '../../../src/core/notes/readNote';

/** The project's example vault, indexed by the real index with the real derived properties. */
const ROOT = join(__dirname, '../../../examples/vault');
const TODAY = '2026-11-28';
const NOW = '2026-11-28T09:00';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.md') ? [path] : [];
  });
}

const raw = new Map<string, Record<string, unknown>>();
const index = new ItemIndex();
for (const file of walk(ROOT)) {
  const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  const fm = m ? (parse(m[1], { schema: 'core' }) as Record<string, unknown> | null) : null;
  const path = relative(ROOT, file).split('\\').join('/');
  if (fm) raw.set(path, fm);
  index.upsert(path, noteReadOf(fm));
}
const ctx = {
  today: TODAY,
  now: NOW,
  derived: derivedProperties(index, TODAY, NOW),
  resolveLink: (target: string) => {
    const path = index.resolve(target);
    return path ? (index.get(path) ?? null) : null;
  },
};

const DOC = readFileSync(join(__dirname, '../../../docs/queries.md'), 'utf8');
const examples = new Map([...DOC.matchAll(/\*\*(.+?)\*\*\n\n```stack\n([\s\S]*?)^```$/gm)].map((m) => [m[1], m[2]]));

function runExample(title: string): QueryResult {
  const block = examples.get(title);
  if (block === undefined) throw new Error(`no example titled ${title}`);
  const parsed = parseQuery(block);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return runQuery(parsed.query, index.items(), ctx);
}

const rawOfKind = (kind: string): [string, Record<string, unknown>][] => [...raw].filter(([, fm]) => fm.stack === kind);

describe('docs examples on the example vault', () => {
  it('runs every titled example without throwing', () => {
    expect(examples.size).toBeGreaterThanOrEqual(12);
    for (const title of examples.keys()) expect(() => runExample(title)).not.toThrow();
  });

  it('lists exactly the services whose notes name no backup', () => {
    const expected = rawOfKind('service')
      .filter(([, fm]) => fm.backup === undefined || fm.backup === null)
      .map(([p]) => p)
      .sort();
    expect(
      runExample('Services without a backup')
        .rows.map((r) => r.item.path)
        .sort(),
    ).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('lists the reading inbox oldest first', () => {
    const inbox = rawOfKind('bookmark').filter(([, fm]) => (fm.status ?? 'inbox') === 'inbox');
    const rows = runExample('Reading list inbox, oldest first').rows;
    expect(rows.map((r) => r.item.path).sort()).toEqual(inbox.map(([p]) => p).sort());
    const added = rows.map((r) => {
      const a = raw.get(r.item.path)?.added;
      return typeof a === 'string' ? a : '~';
    });
    expect(added).toEqual([...added].sort());
  });

  it('counts every check-in of the last year of the listed habits in the heatmap', () => {
    const r = runExample('Habit heatmap: a year of check-ins');
    const start = r.heatmap!.start;
    const expected = r.rows
      .flatMap((row) => (raw.get(row.item.path)?.log as string[] | undefined) ?? [])
      .filter((d) => String(d) >= start && String(d) <= TODAY).length;
    expect(r.heatmap!.days.reduce((sum, d) => sum + d.count, 0)).toBe(expected);
    expect(r.heatmap!.end).toBe(TODAY);
  });

  it('shows backups that are not ok according to the derived state', () => {
    const r = runExample('Backups that are not OK');
    expect(r.rows.length).toBeGreaterThan(0);
    for (const row of r.rows) expect(ctx.derived(row.item, 'state')).not.toBe('ok');
  });
});
