import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './support/runCli';
import { TempVault } from './support/TempVault';

describe('vault-stack check', () => {
  let vault: TempVault;
  let cache: TempVault;
  beforeEach(() => {
    vault = new TempVault();
    cache = new TempVault('vault-stack-cache-');
  });
  afterEach(() => {
    vault.remove();
    cache.remove();
  });
  const check = (...flags: string[]): ReturnType<typeof runCli> =>
    runCli(['check', vault.root, ...flags], { cacheHome: cache.root });

  it('exits 0 and says so on stderr when the vault is clean', () => {
    vault.note('Tasks/Pay rent.md', ['stack: task', 'due: 2026-12-01']).write('Home.md', '# Home\n');

    const result = check();

    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    expect(result.err).toBe('no problems in 2 notes (1 item)\n');
  });

  it("checks the ```stack blocks in notes, each error at the note's line, and exits 1", () => {
    vault
      .note('Tasks/Pay rent.md', ['stack: task', 'due: 2026-12-01'])
      .write(
        'Home.md',
        [
          '# Home',
          '',
          'Open tasks:',
          '',
          '```stack',
          'kind: task',
          'filters:',
          '  and:',
          '    - due < today(',
          '```',
          '',
        ].join('\n'),
      )
      .write('Dashboards/Good.md', '```stack\nkind: task\nfilters: overdue\n```\n');

    const result = check('--today', '2026-11-28');

    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      expect.stringMatching(/^Home\.md:9: stack block: filters\.and\[0\] \(column \d+\): /),
    ]);
    expect(result.err).toBe('1 error, 0 warnings in 3 notes (1 item)\n');
  });

  it("warns about a block's filter that reads a property no item has, at the block's fence", () => {
    vault
      .note('Tasks/Pay rent.md', ['stack: task', 'status: todo'])
      .write('Home.md', '# Home\n\n```stack\nkind: task\nfilters: stauts == "todo"\n```\n');

    const result = check('--today', '2026-11-28');

    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      'Home.md:3: stack block: filters read "stauts", which no item here has, so it is empty; did you mean "status"? (warning)',
    ]);
    expect(check('--strict').code).toBe(1);
  });

  it('prints every problem as path:line: field: message, sorted by path then line, and exits 1', () => {
    vault
      .note('b/Second.md', ['stack: task', 'due: [2026-11-30'])
      .note('a/First.md', ['stack: task', 'title: First', 'due: 2026-13-45'])
      .write('a/Unclosed.md', '---\nstack: task\n')
      .note('c/Kind.md', ['stack: recipie']);

    const result = check();

    expect(result.code).toBe(1);
    expect(result.lines).toHaveLength(4);
    expect(result.lines[0]).toBe(
      'a/First.md:4: due: "2026-13-45" has the shape of a date but 13 is not a month (01 to 12)',
    );
    expect(result.lines[1]).toBe('a/Unclosed.md:1: frontmatter never closes: add a `---` line after the last field');
    expect(result.lines[2]).toMatch(/^b\/Second\.md:3: YAML error: /);
    expect(result.lines[3]).toMatch(/^c\/Kind\.md:2: stack: "recipie" is not a known kind/);
    expect(result.err).toBe('4 errors, 0 warnings in 4 notes (1 item)\n');
  });

  it('reports a secret that holds its value as an error, on its line, without the value', () => {
    vault
      .note('Infra/DB.md', ['stack: Secret', 'store: pass', 'ref: infra/db', 'password: hunter2'])
      .note('Infra/App.md', ['stack: service', 'secrets: ["[[DB]]"]'])
      .note('Infra/Job.md', ['stack: backup', 'tool: restic', 'every: day', 'covers: ["[[App]]"]']);

    const result = check();

    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      'Infra/DB.md:5: password: holds the secret itself: move the value into the store and keep only `ref` (where it lives) in the note',
    ]);
    expect(result.out + result.err).not.toContain('hunter2');
  });

  it('warns about silent mistakes: a `Stack:` key, a `#` comment for tags, a link one letter off a note', () => {
    vault
      .note('Capital.md', ['Stack: task'])
      .note('Admin.md', ['stack: task', 'tags: #admin'])
      .note('Infra/Nextcloud.md', ['stack: service'])
      .note('Infra/Backup.md', ['stack: backup', 'tool: restic', 'every: day', 'covers: ["[[Nextclod]]"]']);

    const result = check();

    expect(result.lines).toEqual([
      'Admin.md:3: tags: is empty: `#` starts a YAML comment, so the rest of the line is not read; put the value in quotes or drop the `#` (warning)',
      'Capital.md:2: Stack: is not the `stack:` key (keys are case-sensitive), so this note is not an item; did you mean `stack:`? (warning)',
      'Infra/Backup.md:5: covers: "[[Nextclod]]" does not match any note; did you mean [[Nextcloud]]?',
      // The misspelt link leaves the service without a backup: the relation check says so too.
      'Infra/Nextcloud.md: backup: no backup covers this service; link one with `backup: "[[job]]"` or list the service in a backup\'s `covers` (warning)',
    ]);
  });

  it('omits the line when a problem has none', () => {
    vault.write('Latin1.md', Buffer.from('---\nstack: task\ntitle: caf\xe9\n---\n', 'latin1'));

    expect(check().lines).toEqual(['Latin1.md: not valid UTF-8 text; save the note as UTF-8']);
  });

  it('prints warnings but passes unless --strict', () => {
    vault.note('Typo.md', ['stack: task', 'staus: todo']);

    const lenient = check();
    const strict = check('--strict');

    expect(lenient.code).toBe(0);
    expect(lenient.lines).toEqual([expect.stringMatching(/^Typo\.md:3: staus: .*\(warning\)$/)]);
    expect(strict.code).toBe(1);
  });

  it('prints counts and problems as JSON with --json', () => {
    vault.note('Bad.md', ['stack: task', 'due: soon']).note('Good.md', ['stack: habit']);

    const result = check('--json');
    const report = JSON.parse(result.out) as {
      notes: number;
      items: number;
      errors: number;
      problems: { path: string; line: number; field: string }[];
    };

    expect(result.code).toBe(1);
    expect(report).toMatchObject({ notes: 2, items: 2, errors: 1 });
    expect(report.problems).toEqual([
      expect.objectContaining({ path: 'Bad.md', line: 3, field: 'due', severity: 'error' }),
    ]);
  });

  it('exits 2 with a clear message when the vault folder does not exist', () => {
    const result = runCli(['check', join(vault.root, 'missing')], { cacheHome: cache.root });

    expect(result.code).toBe(2);
    expect(result.err).toBe(`vault-stack: vault folder not found: ${join(vault.root, 'missing')}\n`);
  });

  it('exits 2 when the vault path is a file, not a folder', () => {
    vault.write('Home.md', '# Home\n');

    const result = runCli(['check', join(vault.root, 'Home.md')], { cacheHome: cache.root });

    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^vault-stack: not a folder: .*Home\.md\n$/);
  });

  it('checks the working folder when no vault is named', () => {
    vault.note('Bad.md', ['stack: task', 'due: soon']);

    const result = runCli(['check'], { cwd: vault.root, cacheHome: cache.root });

    expect(result.lines).toEqual([expect.stringMatching(/^Bad\.md:3: due: /)]);
  });

  it('keeps its cache outside the vault and reuses it on the next run', () => {
    vault.note('a.md', ['stack: task']).note('b.md', ['stack: task', 'due: soon']);

    const first = check('--json');
    const second = check('--json');

    expect(readdirSync(join(cache.root, 'vault-stack'))).toHaveLength(1);
    expect(readdirSync(vault.root).sort()).toEqual(['a.md', 'b.md']);
    expect(second.out).toBe(first.out);
  });

  it('writes no cache with --no-cache, and uses --cache-dir when given', () => {
    vault.note('a.md', ['stack: task']);
    const dir = join(cache.root, 'elsewhere');

    check('--no-cache');
    check('--cache-dir', dir);

    expect(existsSync(join(cache.root, 'vault-stack'))).toBe(false);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
