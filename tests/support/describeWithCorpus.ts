import { describe, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of real vaults written outside this project: `$VAULT_STACK_CORPORA`, else `../shared/corpora` beside the repository. */
export function corporaRoot(env: Record<string, string | undefined> = process.env): string {
  return env.VAULT_STACK_CORPORA ?? join(__dirname, '..', '..', '..', 'shared', 'corpora');
}

/** What a suite that needs a corpus does: run it, skip it with a notice (a fresh clone), or fail (CI must have it). */
export type CorpusPlan = { run: true; root: string } | { run: false; fail: boolean; notice: string };

/** Decides, from the environment, whether a suite needing `corpus` runs, skips or fails. */
export function planCorpus(corpus: string, env: Record<string, string | undefined> = process.env): CorpusPlan {
  const root = join(corporaRoot(env), corpus);
  if (existsSync(root) && readdirSync(root).length > 0) return { run: true, root };
  const where = `${root} is missing or empty`;
  if (env.CI === 'true')
    return {
      run: false,
      fail: true,
      notice: `${where}; CI=true needs it: clone the corpora beside the repository (../shared/corpora) or set VAULT_STACK_CORPORA.`,
    };
  return {
    run: false,
    fail: false,
    notice: `Skipped: ${where} (a fresh clone has no ../shared/corpora; set VAULT_STACK_CORPORA to run these tests).`,
  };
}

/**
 * `describe` for a suite that reads a real vault from the corpora folder: `body` gets the corpus path.
 * Absent corpus: the suite is skipped with a notice on stderr, except under `CI=true`, where it fails.
 */
export function describeWithCorpus(corpus: string, title: string, body: (root: string) => void): void {
  const plan = planCorpus(corpus);
  if (plan.run) {
    describe(title, () => body(plan.root));
  } else if (plan.fail) {
    describe(title, () => {
      it(`needs the corpus ${corpus}`, () => {
        throw new Error(plan.notice);
      });
    });
  } else {
    process.stderr.write(`${title}: ${plan.notice}\n`);
    describe.skip(title, () => {
      it(`needs the corpus ${corpus}`, () => undefined);
    });
  }
}
