import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { buildCli } from './support/buildCli';
import { TempVault } from './support/TempVault';

describe('hostile YAML through the built CLI', () => {
  let build: TempVault;
  let cache: TempVault;
  let vault: TempVault;
  let bundle: string;
  beforeAll(() => {
    build = new TempVault('vault-stack-build-');
    cache = new TempVault('vault-stack-cache-');
    vault = new TempVault();
    bundle = buildCli(build.root);
    vault
      .note('Loop.md', ['stack: task', 'a: &a', '  b: *a'])
      .write('Deep.md', `---\nstack: task\nx: ${'['.repeat(10000)}${']'.repeat(10000)}\n---\n`)
      .write('Deeper.md', `---\nstack: task\nx: ${'['.repeat(100000)}${']'.repeat(100000)}\n---\n`)
      .write(
        'Indented.md',
        `---\nstack: task\n${Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n---\n`,
      )
      .note('Keys.md', ['stack: task', '? [a, b]', ': 1'])
      .note('Fine.md', ['stack: task', 'due: 2026-12-01']);
  });
  afterAll(() => {
    for (const dir of [build, cache, vault]) dir.remove();
  });
  const spawnCli = (...argv: string[]): { status: number | null; stdout: string; stderr: string } =>
    spawnSync(process.execPath, [bundle, ...argv], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cache.root },
    });

  it('lists as JSON without an internal error, leaving the unreadable notes out', () => {
    const result = spawnCli('list', vault.root, '--json');

    expect(result.stderr).not.toMatch(/internal error|Warning/);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { path: string }[]).map((i) => i.path)).toEqual(['Fine.md']);
  });

  it("checks each hostile note as a problem in the note's terms, quietly", () => {
    const result = spawnCli('check', vault.root);

    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      'Deep.md:2: frontmatter nests deeper than 100 levels; not read',
      'Deeper.md:2: frontmatter nests deeper than 100 levels; not read',
      'Indented.md:2: frontmatter nests deeper than 100 levels; not read',
      'Keys.md:3: a key is a list or a map (written with `? `); frontmatter keys must be plain text',
      'Loop.md:4: the alias `*a` refers to a value that contains it, a loop; write the value out instead',
    ]);
    expect(result.stderr).not.toMatch(/Warning|Maximum call stack|internal error/);
  });
});
