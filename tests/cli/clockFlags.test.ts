import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from './support/runCli';
import { TempVault } from './support/TempVault';

// Issue 7.18: --today and --now name one moment; on different days they would judge day-based kinds
// (tasks, habits) and time-based kinds (backups) on two different days.
describe('--today and --now together', () => {
  let vault: TempVault;
  let cache: TempVault;
  beforeAll(() => {
    cache = new TempVault('vault-stack-cache-');
    vault = new TempVault()
      .note('Tasks/Call the bank.md', ['stack: task', 'due: 2026-11-28T14:00'])
      .note('Infra/Backups/NAS.md', [
        'stack: backup',
        'tool: restic',
        'every: 1d',
        'last-run: 2026-11-25T02:00',
        'last-result: ok',
      ]);
  });
  afterAll(() => {
    vault.remove();
    cache.remove();
  });
  const cli = (...argv: string[]): ReturnType<typeof runCli> => runCli(argv, { cacheHome: cache.root });

  it('refuses them on different days with exit 2, saying how to fix it', () => {
    const result = cli('attention', vault.root, '--today', '2026-11-28', '--now', '2026-11-29T09:00');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--today 2026-11-28 and --now 2026-11-29T09:00 are different days');
    expect(result.out).toBe('');
  });

  it('accepts them on the same day, and the due time is judged at --now', () => {
    const before = JSON.parse(
      cli('attention', vault.root, '--today', '2026-11-28', '--now', '2026-11-28T09:00', '--json').out,
    ) as { entries: { reason: string }[] };
    const after = JSON.parse(cli('attention', vault.root, '--now', '2026-11-28T16:00', '--json').out) as {
      entries: { reason: string }[];
    };
    expect(before.entries.map((e) => e.reason)).toContain('due today at 14:00');
    expect(after.entries.map((e) => e.reason)).toContain('overdue since 14:00');
  });

  it('reports a backup whose cadence is written 1d', () => {
    const result = JSON.parse(cli('attention', vault.root, '--now', '2026-11-28T09:00', '--json').out) as {
      entries: { title: string; reason: string }[];
    };
    expect(result.entries).toContainEqual(
      expect.objectContaining({
        title: 'NAS',
        reason: 'last run 2026-11-25 02:00, expected again by 2026-11-26 08:00',
      }),
    );
  });
});
