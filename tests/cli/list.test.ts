import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from './support/runCli';
import { TempVault } from './support/TempVault';

interface ListedItem {
  path: string;
  kind: string;
  state: Record<string, unknown>;
}

describe('vault-stack list shows derived state on the day', () => {
  let vault: TempVault;
  let cache: TempVault;
  beforeAll(() => {
    cache = new TempVault('vault-stack-cache-');
    vault = new TempVault()
      .note('Tasks/Renew passport.md', ['stack: task', 'due: 2026-11-20', 'priority: high'])
      .note('Tasks/Move photos.md', ['stack: task', 'due: 2026-12-14', 'depends: "[[Renew passport]]"'])
      .note('Tasks/Done.md', ['stack: task', 'status: done', 'due: 2026-11-01'])
      .note('Habits/Run.md', ['stack: habit', 'goal: daily', 'log: [2026-11-26, 2026-11-27, 2026-11-28]'])
      .note('Backups/Nightly.md', [
        'stack: backup',
        'tool: restic',
        'every: day',
        'last-run: 2026-11-27T02:00',
        'last-result: ok',
      ])
      .note('Secrets/Token.md', [
        'stack: secret',
        'store: pass',
        'ref: api/token',
        'rotate: 3m',
        'rotated: 2026-08-01',
        'expires: 2026-12-10',
      ])
      .note('Domains/example.org.md', [
        'stack: domain',
        'name: example.org',
        'expires: 2026-12-12',
        'tls-expires: 2027-01-20',
      ])
      .note('Devices/nas.md', ['stack: device', 'role: server', 'warranty: 2027-03-15']);
  });
  afterAll(() => {
    vault.remove();
    cache.remove();
  });
  const cli = (...argv: string[]): ReturnType<typeof runCli> =>
    runCli([...argv, '--no-cache'], { cacheHome: cache.root });
  const row = (lines: string[], title: string): string[] =>
    (lines.find((l) => l.includes(title)) ?? '').split(/\s{2,}/);

  it("shows a task's status, due, urgency and blocked with --kind task", () => {
    const result = cli('list', vault.root, '--kind', 'task', '--today', '2026-11-28');

    expect(result.lines[0].split(/\s{2,}/)).toEqual(['TITLE', 'STATUS', 'DUE', 'URGENCY', 'BLOCKED', 'PATH']);
    expect(row(result.lines, 'Renew passport')).toEqual([
      'Renew passport',
      'todo',
      '2026-11-20 (overdue by 8 days)',
      expect.stringMatching(/^\d+(\.\d+)?$/),
      'Tasks/Renew passport.md',
    ]);
    expect(row(result.lines, 'Move photos')).toEqual([
      'Move photos',
      'todo',
      '2026-12-14 (in 16 days)',
      expect.any(String),
      'yes',
      'Tasks/Move photos.md',
    ]);
    expect(result.err).toBe('3 items on 2026-11-28\n');
  });

  it("shows a habit's streak and done-today, a backup's state and next run, and expiries", () => {
    const on = (kind: string): string[] => cli('list', vault.root, '--kind', kind, '--today', '2026-11-28').lines;

    expect(row(on('habit'), 'Run')).toEqual(['Run', 'daily', '3', 'yes', 'yes', 'Habits/Run.md']);
    expect(row(on('backup'), 'Nightly')).toEqual([
      'Nightly',
      'ok',
      '2026-11-27 02:00',
      '2026-11-28 02:00',
      'Backups/Nightly.md',
    ]);
    expect(row(on('secret'), 'Token')).toEqual([
      'Token',
      'pass',
      'rotation due since 2026-11-01',
      '2026-12-10 (in 12 days)',
      'Secrets/Token.md',
    ]);
    expect(row(on('domain'), 'example.org')).toEqual([
      'example.org',
      '2026-12-12 (in 14 days)',
      '2027-01-20 (in 53 days)',
      'Domains/example.org.md',
    ]);
    expect(row(on('device'), 'nas')).toEqual(['nas', 'server', '2027-03-15 (in 107 days)', 'Devices/nas.md']);
  });

  it('sums up each item in a STATE column when kinds are mixed', () => {
    const lines = cli('list', vault.root, '--today', '2026-11-28').lines;

    expect(row(lines, 'Move photos')[2]).toBe(
      `todo, due 2026-12-14 (in 16 days), urgency ${row(cli('list', vault.root, '--kind', 'task', '--today', '2026-11-28').lines, 'Move photos')[3]}, blocked`,
    );
    expect(row(lines, 'Run')[2]).toBe('daily, streak 3, done today, due today');
    expect(row(lines, 'Nightly')[2]).toBe('ok, last run 2026-11-27 02:00, next run 2026-11-28 02:00');
  });

  it('carries the same state in --json under `state`, with the names queries read', () => {
    const items = JSON.parse(cli('list', vault.root, '--json', '--now', '2026-11-28T09:00').out) as ListedItem[];
    const state = (path: string): Record<string, unknown> | undefined => items.find((i) => i.path === path)?.state;

    expect(state('Tasks/Renew passport.md')).toMatchObject({
      overdue: true,
      due_in: -8,
      blocked: false,
      urgency: expect.any(Number),
    });
    expect(state('Tasks/Move photos.md')).toMatchObject({ blocked: true, due_in: 16 });
    expect(state('Habits/Run.md')).toMatchObject({ streak: 3, done_today: true });
    expect(state('Backups/Nightly.md')).toEqual({ state: 'stale', next_run: '2026-11-28T02:00' });
    expect(state('Secrets/Token.md')).toMatchObject({ rotation_due: true, rotate_by: '2026-11-01', expires_in: 12 });
    expect(state('Domains/example.org.md')).toEqual({ expires_in: 14, tls_expires_in: 53 });
    expect(state('Devices/nas.md')).toEqual({ warranty_ends_in: 107 });
  });

  it('judges against --today, so another day gives another state', () => {
    const early = JSON.parse(cli('list', vault.root, '--json', '--today', '2026-11-10').out) as ListedItem[];
    const renew = early.find((i) => i.path === 'Tasks/Renew passport.md');

    expect(renew?.state).toMatchObject({ overdue: false, due_in: 10 });
    expect(cli('list', vault.root, '--today', '2026-02-30').code).toBe(2);
  });
});
