import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { runCli } from './support/runCli';
import { TempVault } from './support/TempVault';
import { describeWithCorpus } from '../support/describeWithCorpus';

const EXAMPLE_VAULT = join(__dirname, '..', '..', 'examples', 'vault');

interface CheckReport {
  notes: number;
  items: number;
  errors: number;
  warnings: number;
}

/** A private cache folder for the suite's CLI runs, removed afterwards. */
function suiteCache(): { root: string } {
  const holder = { root: '' };
  let cache: TempVault;
  beforeAll(() => {
    cache = new TempVault('vault-stack-cache-');
    holder.root = cache.root;
  });
  afterAll(() => cache.remove());
  return holder;
}

describeWithCorpus('kepano-obsidian', "kepano's vault", (KEPANO) => {
  const cache = suiteCache();

  it('checks it (read in place) with zero problems; its only items are the three done checklist lines of one note', () => {
    const result = runCli(['check', KEPANO, '--json', '--no-cache'], { cacheHome: cache.root });

    expect(result.code).toBe(0);
    // Without Tasks settings every checklist line is a task, as in Obsidian Tasks (Notes/Minimal Theme.md lines 15–17).
    expect(JSON.parse(result.out)).toMatchObject({ notes: 103, items: 3, errors: 0, warnings: 0, problems: [] });
  });
});

describe('the example vault', () => {
  const cache = suiteCache();

  it('checks the example vault clean with items of every builtin kind and two user kinds', () => {
    const report = JSON.parse(
      runCli(['check', EXAMPLE_VAULT, '--json', '--no-cache'], { cacheHome: cache.root }).out,
    ) as CheckReport;
    const items = JSON.parse(
      runCli(['list', EXAMPLE_VAULT, '--json', '--no-cache'], { cacheHome: cache.root }).out,
    ) as { kind: string }[];
    const kinds = new Set(items.map((i) => i.kind));

    expect(report).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.items).toBeGreaterThanOrEqual(40);
    for (const kind of [
      'bookmark',
      'habit',
      'task',
      'service',
      'backup',
      'secret',
      'domain',
      'device',
      'kind',
      'subscription',
      'recipe',
    ])
      expect(kinds).toContain(kind);
  });

  it('gives the example vault an interesting attention queue on 2026-11-28', () => {
    const queue = JSON.parse(
      runCli(['attention', EXAMPLE_VAULT, '--today', '2026-11-28', '--json', '--no-cache'], { cacheHome: cache.root })
        .out,
    ) as { entries: { kind: string; reason: string }[] };
    const reasons = queue.entries.map((e) => `${e.kind}: ${e.reason}`);

    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^task: overdue/),
        expect.stringMatching(/^backup: last run 2026-11-20/),
        expect.stringMatching(/^secret: rotation overdue/),
        expect.stringMatching(/^domain: domain expires in 14 days/),
      ]),
    );
  });
});
