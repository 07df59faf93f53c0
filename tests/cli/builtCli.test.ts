import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildCli } from './support/buildCli';
import { TempVault } from './support/TempVault';

const EXAMPLE_VAULT = join(__dirname, '..', '..', 'examples', 'vault');

describe('the built CLI bundle, spawned as a process', () => {
  let build: TempVault;
  let cache: TempVault;
  let vault: TempVault;
  let bundle: string;
  beforeAll(() => {
    build = new TempVault('vault-stack-build-');
    cache = new TempVault('vault-stack-cache-');
    vault = new TempVault();
    bundle = buildCli(build.root);
  });
  afterAll(() => {
    for (const dir of [build, cache, vault]) dir.remove();
  });
  const spawnCli = (...argv: string[]): { status: number | null; stdout: string; stderr: string } =>
    spawnSync(process.execPath, [bundle, ...argv], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cache.root },
    });

  it('checks the example vault clean with exit 0', () => {
    const result = spawnCli('check', EXAMPLE_VAULT);

    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^no problems in \d+ notes \(\d+ items\)\n$/);
  });

  it('exits 1 and prints problems for a broken vault, with no stack trace', () => {
    vault
      .note('Bomb.md', [
        'stack: task',
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      ])
      .write('Huge.md', '---\nstack: task\n---\n' + 'x'.repeat(10 * 1024 * 1024))
      .write('Binary.md', Buffer.from([0xff, 0xfe, 0x00, 0x2d]));

    const result = spawnCli('check', vault.root);

    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^Binary\.md: not valid UTF-8/),
      expect.stringMatching(/^Bomb\.md:2: YAML aliases expand too far/),
      expect.stringMatching(/^Huge\.md: note is 10\.0 MB, over the 5\.0 MB limit; not indexed$/),
    ]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with one line for a missing vault or an unknown flag', () => {
    const missing = spawnCli('check', join(vault.root, 'nope'));
    const flag = spawnCli('list', '--colour');

    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^vault-stack: vault folder not found: .*nope\n$/);
    expect(flag.status).toBe(2);
    expect(flag.stderr.split('\n')[0]).toBe('vault-stack: unknown option --colour for `list`');
  });

  it('prints the attention queue of the example vault for a fixed day', () => {
    const result = spawnCli('attention', EXAMPLE_VAULT, '--today', '2026-11-28', '--json');
    const queue = JSON.parse(result.stdout) as { entries: { title: string; severity: string }[] };

    expect(result.status).toBe(0);
    expect(queue.entries.length).toBeGreaterThan(5);
  });
});
