import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { describeWithCorpus } from '../support/describeWithCorpus';
import { runCli } from './support/runCli';
import { TempVault } from './support/TempVault';

const BASE = `filters:
  and:
    - file.inFolder("Tasks")
formulas:
  late: if(due, due < today(), false)
properties:
  formula.late:
    displayName: Late?
views:
  - type: table
    name: Open
    filters: 'status != "done"'
    order: [file.basename, due, priority, formula.late, memo]
    sort: [{ property: due, direction: ASC }]
    summaries:
      formula.late: Checked
  - type: list
    name: All
    order: [file.basename, status]
`;

/** Parses CSV per RFC 4180 (quoted fields, doubled quotes, CRLF records), independently of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe("vault-stack query runs a Base or a note's stack blocks against the vault", () => {
  let vault: TempVault;
  let cache: TempVault;
  beforeAll(() => {
    cache = new TempVault('vault-stack-cache-');
    vault = new TempVault()
      .note('Tasks/Renew passport.md', ['stack: task', 'due: 2026-11-20', 'priority: high', 'memo: "a | b, \\"c\\""'])
      .note('Tasks/Move photos.md', ['stack: task', 'due: 2026-12-14'])
      .note('Tasks/Done.md', ['stack: task', 'status: done', 'due: 2026-11-01'])
      .note('Habits/Run.md', ['stack: habit', 'goal: daily'])
      .write('Reports/Tasks.base', BASE)
      .note(
        'Home.md',
        [],
        '# Home\n\n```stack\nkind: habit\nfields: [title, goal]\n```\n\n```stack\nkind: task\nfilters: status == "done"\n```\n',
      )
      .note('Broken.md', [], 'Intro\n\n```stack\nkind: task\nfilters:\n  and:\n    - due < today(\n```\n')
      .write(
        'Bad.base',
        'formulas:\n  a: formula.b\n  b: formula.a\nviews:\n  - type: table\n    order: [formula.a]\n',
      );
  });
  afterAll(() => {
    vault.remove();
    cache.remove();
  });
  const cli = (...argv: string[]): ReturnType<typeof runCli> =>
    runCli([...argv, '--no-cache', '--today', '2026-11-28'], { cacheHome: cache.root, cwd: vault.root });

  it('prints every view of a .base as a table, with formulas, labels and summaries', () => {
    const r = cli('query', 'Reports/Tasks.base', vault.root);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toBe('== Open ==');
    expect(r.lines[1]).toMatch(/^file\.basename\s+due\s+priority\s+Late\?\s+memo$/);
    expect(r.lines[2]).toMatch(/^Renew passport\s+2026-11-20\s+high\s+true\s+a \| b, "c"$/);
    expect(r.lines[3]).toMatch(/^Move photos\s+2026-12-14\s+false$/);
    expect(r.lines[4]).toMatch(/^\s+Checked: 1$/);
    expect(r.lines[5]).toBe('== All ==');
    expect(r.err).toContain('5 rows from 2 views on 2026-11-28');
  });

  it('prints one view as a Markdown table with | escaped, one a Markdown renderer reads back', () => {
    const r = cli('query', 'Reports/Tasks.base', vault.root, '--view', 'open', '--format', 'md');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        '### Open',
        '',
        '| file.basename | due | priority | Late? | memo |',
        '| --- | --- | --- | --- | --- |',
        '| Renew passport | 2026-11-20 | high | true | a \\| b, "c" |',
        '| Move photos | 2026-12-14 |  | false |  |',
        '|  |  |  | Checked: 1 |  |',
        '',
      ].join('\n'),
    );
    // Every row has as many cells as the header once escaped pipes are set aside.
    for (const line of r.lines.filter((l) => l.startsWith('|')))
      expect(line.replace(/\\\|/g, '').split('|').length).toBe(7);
  });

  it('writes CSV that an RFC 4180 reader reads back to the same cells', () => {
    const r = cli('query', 'Reports/Tasks.base', vault.root, '--view', 'Open', '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.out.endsWith('\r\n')).toBe(true);
    expect(parseCsv(r.out)).toEqual([
      ['file.basename', 'due', 'priority', 'Late?', 'memo'],
      ['Renew passport', '2026-11-20', 'high', 'true', 'a | b, "c"'],
      ['Move photos', '2026-12-14', '', 'false', ''],
    ]);
  });

  it("reads the CSV back with Python's csv module too", () => {
    const r = cli('query', 'Reports/Tasks.base', vault.root, '--view', 'Open', '--format', 'csv');
    let rows: string[][];
    try {
      rows = JSON.parse(
        execFileSync(
          '/usr/bin/python3',
          ['-c', 'import csv,sys,json; print(json.dumps(list(csv.reader(sys.stdin))))'],
          {
            input: r.out,
          },
        ).toString(),
      ) as string[][];
    } catch (error) {
      if (process.env.CI === 'true') throw error;
      process.stderr.write('Skipped: /usr/bin/python3 is not available\n');
      return;
    }
    expect(rows[1]).toEqual(['Renew passport', '2026-11-20', 'high', 'true', 'a | b, "c"']);
  });

  it('prints JSON with typed values, and runs the stack blocks of a note with this = the note', () => {
    const json = cli('query', 'Reports/Tasks.base', vault.root, '--json');
    const views = JSON.parse(json.out) as { name: string; rows: { path: string; values: Record<string, unknown> }[] }[];
    expect(views.map((v) => v.name)).toEqual(['Open', 'All']);
    expect(views[0].rows[0]).toEqual({
      path: 'Tasks/Renew passport.md',
      values: {
        'file.basename': 'Renew passport',
        due: '2026-11-20',
        priority: 'high',
        'formula.late': true,
        memo: 'a | b, "c"',
      },
    });

    const note = cli('query', 'Home.md', vault.root, '--format', 'json');
    expect(note.code).toBe(0);
    const blocks = JSON.parse(note.out) as { rows: { path: string }[] }[];
    expect(blocks.map((b) => b.rows.map((r) => r.path))).toEqual([['Habits/Run.md'], ['Tasks/Done.md']]);
  });

  it('reports query errors as the block shows them, at their line in the file, and exits 2', () => {
    const note = cli('query', 'Broken.md', vault.root);
    expect(note.code).toBe(2);
    expect(note.out).toBe('');
    expect(note.err).toContain('Broken.md:9: filters.and[0] (column 13): expression ends where a value was expected\n');

    const base = cli('query', 'Bad.base', vault.root);
    expect(base.code).toBe(2);
    expect(base.err).toContain('Bad.base:2: formulas.a (column 1): formula.b has an error (see formulas.b)');
    expect(base.err).toContain('Bad.base:3: formulas.b (column 1): formulas form a cycle: a → b → a');
  });

  it('refuses an unknown view, format or file with the fix, exit 2', () => {
    const view = cli('query', 'Reports/Tasks.base', vault.root, '--view', 'Opne');
    expect(view.code).toBe(2);
    expect(view.err).toContain('no view called "Opne"');
    expect(view.err).toContain('views here: "Open", "All"');
    const format = cli('query', 'Reports/Tasks.base', vault.root, '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.err).toContain('unknown format "xml" (known: table, md, json, csv)');
    const missing = cli('query', 'Nope.base', vault.root);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no file Nope.base');
  });

  it('leaves YAML of the Base as Bases reads it (the fixture is a real Base)', () => {
    expect(parseYaml(BASE)).toHaveProperty('views.length', 2);
  });
});

describeWithCorpus('kepano-obsidian', 'vault-stack query --all-notes on a vault of plain notes', (root) => {
  const cache = new TempVault('vault-stack-cache-');
  afterAll(() => cache.remove());
  const cli = (...argv: string[]): ReturnType<typeof runCli> =>
    runCli([...argv, '--no-cache', '--today', '2026-11-28'], { cacheHome: cache.root, cwd: root });

  it("runs kepano's Books.base over every note, as Bases does, and nothing without --all-notes", () => {
    const all = cli('query', 'Templates/Bases/Books.base', root, '--view', 'Books', '--all-notes', '--json');
    expect(all.code).toBe(0);
    const [view] = JSON.parse(all.out) as { rows: { path: string }[] }[];
    expect(view.rows.length).toBeGreaterThan(0);
    expect(view.rows.every((r) => r.path.startsWith('References/'))).toBe(true);

    const items = cli('query', 'Templates/Bases/Books.base', root, '--view', 'Books', '--json');
    expect((JSON.parse(items.out) as { rows: unknown[] }[])[0].rows).toEqual([]);
  });

  it('runs every kepano Base over every note without an error', () => {
    for (const name of ['Albums', 'Movies', 'People', 'Products', 'Related', 'Map', 'Shows', 'Everything']) {
      const r = cli('query', `Templates/Bases/${name}.base`, root, '--all-notes', '--format', 'md');
      expect(`${name}: ${r.code} ${r.err.includes('error') ? r.err : ''}`).toBe(`${name}: 0 `);
    }
  });
});
