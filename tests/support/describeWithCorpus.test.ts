import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planCorpus } from './describeWithCorpus';

const ROOT = join(__dirname, '..', '..');

/** Runs one corpus-reading suite in a child jest with the corpora folder pointed at `corpora`. */
function jestWith(corpora: string, ci: boolean): { code: number | null; output: string } {
  const env = { ...process.env, VAULT_STACK_CORPORA: corpora, CI: ci ? 'true' : 'false' };
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
      '--maxWorkers=1',
      '--ci',
      'tests/core/kinds/kepanoVault.test.ts',
    ],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('suites that read ../shared/corpora', () => {
  const missing = join(tmpdir(), 'vault-stack-no-corpora-here');

  it('skip with a notice when the corpus is absent (a fresh clone)', () => {
    const run = jestWith(missing, false);

    expect(run.code).toBe(0);
    expect(run.output).toContain(`Skipped: ${join(missing, 'kepano-obsidian')} is missing or empty`);
    expect(run.output).toMatch(/1 skipped/);
  });

  it('fail under CI=true when the corpus is absent', () => {
    const run = jestWith(missing, true);

    expect(run.code).toBe(1);
    expect(run.output).toContain('CI=true needs it');
    expect(run.output).toMatch(/1 failed/);
  });

  it('treat an empty corpus folder as absent and a filled one as present', () => {
    const corpora = mkdtempSync(join(tmpdir(), 'vault-stack-corpora-'));
    try {
      mkdirSync(join(corpora, 'kepano-obsidian'));
      expect(planCorpus('kepano-obsidian', { VAULT_STACK_CORPORA: corpora })).toMatchObject({
        run: false,
        fail: false,
      });
      expect(planCorpus('kepano-obsidian', { VAULT_STACK_CORPORA: corpora, CI: 'true' })).toMatchObject({
        run: false,
        fail: true,
      });

      writeFileSync(join(corpora, 'kepano-obsidian', 'Note.md'), 'Hello\n');
      expect(planCorpus('kepano-obsidian', { VAULT_STACK_CORPORA: corpora, CI: 'true' })).toEqual({
        run: true,
        root: join(corpora, 'kepano-obsidian'),
      });
    } finally {
      rmSync(corpora, { recursive: true, force: true });
    }
  });
});
