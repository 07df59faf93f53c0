import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from './support/runCli';
import { TempVault } from './support/TempVault';

describe('the vault-stack command line', () => {
  let vault: TempVault;
  let cache: TempVault;
  beforeAll(() => {
    cache = new TempVault('vault-stack-cache-');
    vault = new TempVault()
      .note('Tasks/Renew passport.md', ['stack: task', 'due: 2026-11-20', 'priority: high'])
      .note('Tasks/Pay rent.md', ['stack: task', 'due: 2026-12-01'])
      .note('Habits/Run.md', ['stack: habit', 'goal: daily', 'log: [2026-11-27]'])
      .note('Kinds/Recipe.md', ['stack: kind', 'name: recipe', 'fields:', '  serves: number'])
      .note('Kitchen/Dal.md', ['stack: recipe', 'serves: 4'])
      .write('Home.md', '# Home\n');
  });
  afterAll(() => {
    vault.remove();
    cache.remove();
  });
  const cli = (...argv: string[]): ReturnType<typeof runCli> => runCli(argv, { cacheHome: cache.root });

  describe('usage', () => {
    it('prints help listing the commands with --help and exit 0', () => {
      const result = cli('--help');

      expect(result.code).toBe(0);
      expect(result.out).toMatch(/^vault-stack \d+\.\d+\.\d+/);
      for (const name of ['check', 'list', 'attention']) expect(result.out).toContain(`  ${name} `);
      expect(result.out).toMatch(/^Exit codes: 0 ok, 1 .*\n3 internal error \(a bug/m);
    });

    it('prints help and exits 2 when no command is given', () => {
      const result = cli();

      expect(result.code).toBe(2);
      expect(result.out).toContain('Usage: vault-stack <command>');
    });

    it('prints the version for the CLI and for a command', () => {
      expect(cli('--version').out).toMatch(/^\d+\.\d+\.\d+\n$/);
      expect(cli('check', '--version').out).toBe(cli('--version').out);
    });

    it("prints a command's own options with --help", () => {
      const result = cli('list', '--help');

      expect(result.code).toBe(0);
      expect(result.out).toContain('Usage: vault-stack list [vault] [options]');
      expect(result.out).toContain('--kind KIND');
    });

    it('rejects an unknown command with a one-line hint and exit 2, suggesting a close one', () => {
      const result = cli('chek');

      expect(result.code).toBe(2);
      expect(result.err).toBe(
        'vault-stack: unknown command "chek"; did you mean "check"?\nrun `vault-stack --help` for the commands available\n',
      );
      expect(cli('frobnicate').err).toBe(
        'vault-stack: unknown command "frobnicate"\nrun `vault-stack --help` for the commands available\n',
      );
    });

    it('suggests the option meant by a misspelt one', () => {
      expect(cli('attention', vault.root, '--tody', '2026-11-28').err).toContain(
        'unknown option --tody for `attention`; did you mean "--today"?',
      );
    });

    it('has no planned command left: health checks are `verify --only health`', () => {
      const result = cli('health', vault.root);

      expect(result.code).toBe(2);
      expect(result.err).toContain('unknown command "health"');
    });

    it('rejects an unknown option and a bad --today with exit 2', () => {
      expect(cli('check', vault.root, '--fast')).toMatchObject({
        code: 2,
        err: expect.stringContaining('unknown option --fast for `check`'),
      });
      expect(cli('attention', vault.root, '--today', '2026-02-30')).toMatchObject({
        code: 2,
        err: expect.stringContaining('"2026-02-30" is not a date'),
      });
    });
  });

  describe('list', () => {
    it('prints a table of every item by path', () => {
      const result = cli('list', vault.root);

      expect(result.code).toBe(0);
      expect(result.lines[0]).toMatch(/^KIND\s+TITLE\s+STATE\s+PATH$/);
      expect(result.lines.slice(1).map((l) => l.split(/\s{2,}/).at(-1))).toEqual([
        'Habits/Run.md',
        'Kinds/Recipe.md',
        'Kitchen/Dal.md',
        'Tasks/Pay rent.md',
        'Tasks/Renew passport.md',
      ]);
    });

    it('filters by a builtin or user kind', () => {
      expect(cli('list', vault.root, '--kind', 'task').lines).toHaveLength(3);
      expect(cli('list', vault.root, '--kind', 'recipe').lines.slice(1)).toEqual([
        expect.stringMatching(/^recipe\s+Dal\s+Kitchen\/Dal\.md$/),
      ]);
    });

    it('prints items as JSON', () => {
      const items = JSON.parse(cli('list', vault.root, '--kind', 'task', '--json').out) as {
        path: string;
        kind: string;
      }[];

      expect(items.map((i) => [i.kind, i.path])).toEqual([
        ['task', 'Tasks/Pay rent.md'],
        ['task', 'Tasks/Renew passport.md'],
      ]);
    });

    it('rejects a kind the vault does not know with exit 2', () => {
      const result = cli('list', vault.root, '--kind', 'spaceship');

      expect(result.code).toBe(2);
      expect(result.err).toContain('unknown kind "spaceship"');
      expect(result.err).not.toContain('did you mean');
    });

    it('suggests the builtin or user kind meant by a misspelt --kind', () => {
      expect(cli('list', vault.root, '--kind', 'tasks')).toMatchObject({
        code: 2,
        err: expect.stringContaining('unknown kind "tasks"; did you mean "task"?'),
      });
      expect(cli('list', vault.root, '--kind', 'recipes').err).toContain('did you mean "recipe"?');
    });
  });

  describe('attention', () => {
    it('ranks what needs attention on the given day', () => {
      const result = cli('attention', vault.root, '--today', '2026-11-28');

      expect(result.code).toBe(0);
      expect(result.lines[0]).toMatch(/^SEVERITY\s+KIND\s+TITLE\s+REASON$/);
      expect(result.lines.find((l) => l.includes('Renew passport'))).toMatch(/overdue by 8 days/);
      expect(result.out).not.toContain('Pay rent');
    });

    it('judges against --today, so a later day shows more', () => {
      const later = JSON.parse(cli('attention', vault.root, '--today', '2026-12-05', '--json').out) as {
        today: string;
        now: string;
        entries: { path: string }[];
      };

      expect(later.today).toBe('2026-12-05');
      expect(later.now).toBe('2026-12-05T00:00');
      expect(later.entries.map((e) => e.path)).toContain('Tasks/Pay rent.md');
    });

    it('counts a note whose frontmatter cannot be read, which `check` lists, without an entry for it', () => {
      const broken = new TempVault().note('Broken.md', ['stack: task', 'due: [2026-11-30']);
      try {
        const queue = JSON.parse(cli('attention', broken.root, '--today', '2026-11-28', '--json').out) as {
          entries: unknown[];
          problems: unknown;
        };

        expect(queue.entries).toEqual([]);
        expect(queue.problems).toEqual({ errors: 1, warnings: 0 });
        expect(cli('check', broken.root).out).toMatch(/^Broken\.md:\d+: YAML error: /);
      } finally {
        broken.remove();
      }
    });

    it('reads the local clock when no day is given', () => {
      const result = JSON.parse(cli('attention', vault.root, '--json').out) as { today: string; now: string };

      expect(result).toMatchObject({ today: '2026-11-28', now: '2026-11-28T09:30' });
    });
  });
});
